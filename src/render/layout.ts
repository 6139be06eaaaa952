// Terminal layout: tables that fit the terminal's width (cli-table3), with the width and wrapping they use.
import Table from 'cli-table3';
import { displayWidth, truncate, wrapText } from './wrap.js';

export { DEFAULT_WIDTH, terminalWidth } from './width.js';
export { displayWidth, padEnd, padStart, truncate, wrapParagraph, wrapText } from './wrap.js';

export interface TextColumn {
  label: string;
  align?: 'left' | 'right';
  /** How the column gives way when the table is too wide: wrap its text (default) or cut it with "…". */
  fit?: 'wrap' | 'truncate';
}

export interface TextCell {
  text: string;
  /** Colour for each line of the cell. */
  paint?: (line: string) => string;
}

const GAP = 2;
/** A wrapping column keeps values this wide whole (a date); a truncated one keeps this much of a name. */
const WRAP_FLOOR = 10;
const TRUNCATE_FLOOR = 16;
/** The repeated first column of a split table keeps at least this much. */
const MIN_COLUMN = 8;
/** The first column, repeated in each part of a table split across the width, takes at most this share. */
const FIRST_SHARE = 0.4;

const BLANK_CHARS = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid'].map((k) => [k, '']),
);

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

/**
 * A table laid out for a terminal `width` columns wide (after `indent`): a header, a rule under it and
 * the rows, columns two apart. When it is too wide, long text wraps inside its column and truncating
 * columns are cut with "…"; when even that cannot fit, the columns are split into parts laid one under
 * the other, each repeating the first column.
 */
export function textTable(columns: TextColumn[], rows: TextCell[][], width: number, indent = ''): string[] {
  const available = width - displayWidth(indent);
  const natural = columns.map((col, i) => Math.max(displayWidth(col.label), ...rows.map((r) => displayWidth(r[i]?.text ?? ''))));
  const gaps = (n: number) => GAP * Math.max(0, n - 1);
  // A column gives way down to its short values (a date, a number) and half its header, which then wraps.
  const minimum = columns.map((col, i) => {
    const data = Math.max(0, ...rows.map((r) => displayWidth(r[i]?.text ?? '')));
    const floor = col.fit === 'truncate' ? TRUNCATE_FLOOR : Math.max(Math.min(data, WRAP_FLOOR), labelFloor(col.label));
    return Math.min(natural[i]!, floor);
  });
  const fits = (indices: number[], widths: number[]) => indices.reduce((a, i) => a + widths[i]!, 0) + gaps(indices.length) <= available;

  const all = columns.map((_, i) => i);
  if (fits(all, natural)) return render(all, natural);
  // First a header wider than its values wraps, then the widest values wrap.
  const roomy = columns.map((col, i) => Math.min(natural[i]!, Math.max(minimum[i]!, Math.max(0, ...rows.map((r) => displayWidth(r[i]?.text ?? ''))), labelFloor(col.label))));
  if (fits(all, roomy)) return render(all, shrink(natural, roomy, available - gaps(all.length)));
  if (fits(all, minimum)) return render(all, shrink(shrink(natural, roomy, 0), minimum, available - gaps(all.length)));

  // Parts: the first column, then as many of the others as fit beside it.
  const first = Math.min(natural[0]!, Math.max(MIN_COLUMN, Math.floor(available * FIRST_SHARE)));
  const parts: number[][] = [];
  let part: number[] = [];
  for (const i of all.slice(1)) {
    const candidate = [...part, i];
    if (part.length > 0 && first + GAP + candidate.reduce((a, j) => a + natural[j]!, 0) + gaps(candidate.length) > available) {
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
    out.push(...render(shown, widths, true));
  });
  return out;

  function render(indices: number[], widths: number[], truncateFirst = false): string[] {
    const fitCell = (text: string, i: number): string[] => {
      const w = widths[i]!;
      if (displayWidth(text) <= w) return [text];
      return columns[i]!.fit === 'truncate' || (truncateFirst && i === 0) ? [truncate(text, w)] : wrapText(text, w);
    };
    const table = new Table({
      chars: { ...BLANK_CHARS, middle: ' '.repeat(GAP) },
      style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [], compact: true },
      colWidths: indices.map((i) => widths[i]!),
      colAligns: indices.map((i) => columns[i]!.align ?? 'left'),
      wordWrap: false,
    });
    table.push(indices.map((i) => balancedWrap(columns[i]!.label, widths[i]!).join('\n')));
    table.push(indices.map((i) => '─'.repeat(widths[i]!)));
    for (const row of rows) {
      table.push(
        indices.map((i) => {
          const cell = row[i] ?? { text: '' };
          const lines = fitCell(cell.text, i);
          return (cell.paint ? lines.map((l) => cell.paint!(l)) : lines).join('\n');
        }),
      );
    }
    return table
      .toString()
      .split('\n')
      .map((line) => (indent + line).trimEnd());
  }
}

/** A header that needs several lines gets lines of even length: 按时/报送, not 按时报/送. */
function balancedWrap(text: string, width: number): string[] {
  const lines = wrapText(text, width);
  if (lines.length < 2) return lines;
  const even = Math.ceil(displayWidth(text) / lines.length);
  const balanced = wrapText(text, even);
  return balanced.length === lines.length ? balanced : lines;
}

/** A header wraps to at most two lines, none narrower than two Chinese characters. */
function labelFloor(label: string): number {
  const width = displayWidth(label);
  return Math.max(Math.min(width, 4), Math.ceil(width / 2));
}
