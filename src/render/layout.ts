// Terminal layout: the width to fit, wrapping Chinese and English text, and tables that fit that width.
import Table from 'cli-table3';
import stringWidth from 'string-width';

/** Narrower than this, nothing can be laid out usefully; wider terminals get their own width. */
const MIN_WIDTH = 40;
/** A pipe or a file has no width of its own: lines of this width read well anywhere. */
export const DEFAULT_WIDTH = 80;

/** COLUMNS when set (the user's explicit wish), else the terminal's width, else 80. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : stream.isTTY && stream.columns ? stream.columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}

/** Columns the text takes in a terminal: CJK and full-width characters take two, escape sequences none. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Punctuation that must not begin a line, and that must not end one (GB/T 15834 habits). */
const NO_START = new Set([...'，。、；：？！）》」』】〕”’…—·％']);
const NO_END = new Set([...'（《「『【〔“‘([{']);

/** Words (runs of narrow characters), single wide characters, and spaces. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const { segment } of graphemes.segment(text)) {
    const space = /^\s+$/.test(segment);
    if (!space && stringWidth(segment) === 1 && !NO_START.has(segment)) {
      word += segment;
      continue;
    }
    if (word) out.push(word);
    word = '';
    out.push(space ? ' ' : segment);
  }
  if (word) out.push(word);
  return out;
}

/** Cuts a run too long for any line into pieces of the width. */
function hardSplit(token: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(token)) {
    if (piece && stringWidth(piece + segment) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The text broken into lines no wider than `width`: between words in English, between any two
 * characters in Chinese, never before a closing or after an opening punctuation mark when it can help it.
 */
export function wrapText(text: string, width: number): string[] {
  if (width < 2) width = 2;
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  let space = false;
  const push = () => {
    line = line.trimEnd();
    if (line) lines.push(line);
    line = '';
  };
  for (const token of tokens(text)) {
    if (token === ' ') {
      space = line !== '';
      continue;
    }
    const gap = space ? ' ' : '';
    space = false;
    if (displayWidth(line + gap + token) <= width) {
      line += gap + token;
      continue;
    }
    const w = displayWidth(token);
    if (w > width) {
      const pieces = hardSplit(token, width);
      const room = width - displayWidth(line + gap);
      if (line && room >= 4) {
        const first = hardSplit(token, room)[0]!;
        line += gap + first;
        pieces.splice(0, pieces.length, ...hardSplit(token.slice(first.length), width));
      }
      push();
      for (const piece of pieces.slice(0, -1)) lines.push(piece);
      line = pieces.at(-1) ?? '';
      continue;
    }
    // Carry the last word or character down with a closing mark, or an opening mark down with what follows it.
    let carried = '';
    if (!gap && NO_START.has(token)) carried = /[!-~]+$/.exec(line)?.[0] ?? lastGrapheme(line);
    else if (NO_END.has(lastGrapheme(line))) carried = lastGrapheme(line);
    if (NO_START.has(carried.charAt(0)) && carried.length < line.length) carried = lastGrapheme(line.slice(0, -carried.length)) + carried;
    if (carried.length >= line.length || displayWidth(carried + token) > width) carried = '';
    line = line.slice(0, line.length - carried.length);
    push();
    line = carried + (carried ? gap : '') + token;
  }
  push();
  return lines.length > 0 ? lines : [''];
}

function lastGrapheme(text: string): string {
  let last = '';
  for (const { segment } of graphemes.segment(text)) last = segment;
  return last;
}

/** The text cut to the width with "…" at the end when it does not fit. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (displayWidth(out + segment) > width - 1) break;
    out += segment;
  }
  return out + '…';
}

/** Each line of a paragraph wrapped to the width, the lines after the first indented by `hanging`. */
export function wrapParagraph(text: string, width: number, indent = '', hanging = indent): string[] {
  const first = wrapText(text, width - displayWidth(indent));
  if (first.length === 1 || hanging === indent) return first.map((l) => indent + l);
  const [head, ...rest] = first;
  return [indent + head, ...wrapText(rest.join(''), width - displayWidth(hanging)).map((l) => hanging + l)];
}

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
