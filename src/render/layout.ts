// Terminal layout: tables that fit the terminal's width, with the width and wrapping they use. Cells are
// laid out here, not by cli-table3: its word wrap breaks only at spaces (Chinese has none) and may cut a
// date or a name, and the widths and wrapping were ours already; what it added was padding and joining.
import { displayWidth, padEnd, padStart, widestWhole, wrapText } from './wrap.js';

export { DEFAULT_WIDTH, terminalWidth } from './width.js';
export { displayWidth, padEnd, padStart, truncate, wrapParagraph, wrapText } from './wrap.js';

export interface TextColumn {
  label: string;
  align?: 'left' | 'right';
}

export interface TextCell {
  text: string;
  /** Colour for each line of the cell. */
  paint?: (line: string) => string;
}

const GAP = 2;
/** A column keeps values this wide whole (a number, a mark). */
const WRAP_FLOOR = 10;
/** A column of sentences keeps at least this much, so that it reads as a column, not a list of words. */
const TEXT_FLOOR = 16;
/** The repeated first column of a split table keeps at least this much. */
const MIN_COLUMN = 8;
/** The first column (the names) keeps its width up to this share of the line; other columns wrap instead. */
const FIRST_SHARE = 0.5;
/** Narrows the widest columns first, one column at a time, until the total fits. */
function shrink(natural: number[], minimum: number[], available: number): number[] {
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > available) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > minimum[i]! && (widest < 0 || w > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]!--;
    total--;
  }
  return widths;
}

export interface TableOptions {
  /** Put before every line. */
  indent?: string;
  /** Names never broken across lines (units' names and short names); dates never are either. */
  keep?: readonly string[];
}

/**
 * A table laid out for a terminal `width` columns wide (after `indent`): a header, a rule under it and
 * the rows, columns two apart. When it is too wide, long text wraps inside its column (never inside a
 * date or a name); the first column, the names, keeps its width
 * while it takes at most half the line. When even that cannot fit, the columns are split into parts laid
 * one under the other, each repeating the first column.
 */
export function textTable(columns: TextColumn[], rows: TextCell[][], width: number, { indent = '', keep = [] }: TableOptions = {}): string[] {
  const available = width - displayWidth(indent);
  const texts = (i: number) => rows.map((r) => r[i]?.text ?? '');
  const natural = columns.map((col, i) => Math.max(displayWidth(col.label), ...texts(i).map(displayWidth)));
  const gaps = (n: number) => GAP * Math.max(0, n - 1);
  // A column gives way down to its short values (a number), its longest date or name, and half its header, which then wraps.
  const minimum = columns.map((col, i) => {
    if (i === 0 && natural[0]! <= available * FIRST_SHARE) return natural[0]!;
    const data = Math.max(0, ...texts(i).map(displayWidth));
    const whole = Math.max(0, ...texts(i).map((text) => widestWhole(text, keep)));
    return Math.min(natural[i]!, available, Math.max(Math.min(data, WRAP_FLOOR), labelFloor(col.label), whole, data > TEXT_FLOOR ? TEXT_FLOOR : 0));
  });
  const fits = (indices: number[], widths: number[]) => indices.reduce((a, i) => a + widths[i]!, 0) + gaps(indices.length) <= available;

  const all = columns.map((_, i) => i);
  if (fits(all, natural)) return render(all, natural);
  // First a header wider than its values wraps, then the widest values wrap.
  const roomy = columns.map((col, i) => Math.min(natural[i]!, Math.max(minimum[i]!, Math.max(0, ...texts(i).map(displayWidth)), labelFloor(col.label))));
  if (fits(all, roomy)) return render(all, shrink(natural, roomy, available - gaps(all.length)));
  if (fits(all, minimum)) return render(all, shrink(shrink(natural, roomy, 0), minimum, available - gaps(all.length)));

  // Parts: the first column, then as many of the others as fit beside it at their narrowest.
  const first = Math.min(natural[0]!, Math.max(MIN_COLUMN, minimum[0]!, Math.floor(available * FIRST_SHARE)));
  const parts: number[][] = [];
  let part: number[] = [];
  for (const i of all.slice(1)) {
    const candidate = [...part, i];
    if (part.length > 0 && first + GAP + candidate.reduce((a, j) => a + minimum[j]!, 0) + gaps(candidate.length) > available) {
      parts.push(part);
      part = [i];
    } else part = candidate;
  }
  if (part.length > 0) parts.push(part);
  const out: string[] = [];
  parts.forEach((indices, p) => {
    const shown = [0, ...indices];
    const widths = [...natural];
    widths[0] = first;
    const room = available - gaps(shown.length) - first;
    const shrunk = shrink(indices.map((i) => natural[i]!), indices.map((i) => Math.min(minimum[i]!, room)), room);
    indices.forEach((i, k) => (widths[i] = shrunk[k]!));
    if (p > 0) out.push('');
    out.push(...render(shown, widths));
  });
  return out;

  function render(indices: number[], widths: number[]): string[] {
    const line = (cells: string[][], row: number) =>
      indices.map((i, k) => {
        const text = cells[k]![row] ?? '';
        return columns[i]!.align === 'right' ? padStart(text, widths[i]!) : padEnd(text, widths[i]!);
      });
    const block = (cells: string[][]): string[] =>
      Array.from({ length: Math.max(...cells.map((c) => c.length)) }, (_, row) => (indent + line(cells, row).join(' '.repeat(GAP))).trimEnd());
    const out = [...block(indices.map((i) => balancedWrap(columns[i]!.label, widths[i]!))), ...block(indices.map((i) => ['─'.repeat(widths[i]!)]))];
    for (const row of rows) {
      out.push(
        ...block(
          indices.map((i) => {
            const cell = row[i] ?? { text: '' };
            const lines = wrapText(cell.text, widths[i]!, keep);
            return cell.paint ? lines.map((l) => cell.paint!(l)) : lines;
          }),
        ),
      );
    }
    return out;
  }
}

/** A header that needs several lines gets lines of even length: 按时/报送, not 按时报/送; an English word stays whole. */
function balancedWrap(text: string, width: number): string[] {
  const lines = wrapText(text, width);
  if (lines.length < 2) return lines;
  const even = Math.ceil(displayWidth(text) / lines.length);
  const balanced = wrapText(text, even);
  const words = (parts: string[]) => parts.join(' ').split(/\s+/).length;
  const splitsWord = /[A-Za-z]/.test(text) && words(balanced) > words([text]);
  return balanced.length === lines.length && !splitsWord ? balanced : lines;
}

/** A header wraps to at most two lines, none narrower than two Chinese characters, its longest English word or its date. */
function labelFloor(label: string): number {
  const width = displayWidth(label);
  // Even, so that half a Chinese header is whole characters: 已完成/措施, not 已完/成措/施; an English word stays whole.
  const half = Math.ceil(width / 2);
  const word = Math.max(0, ...(label.match(/[!-~]+/g) ?? []).map((w) => w.length));
  return Math.min(width, Math.max(4, half + (half % 2), word, widestWhole(label)));
}
