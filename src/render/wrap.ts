// Terminal text without tables: display width (string-width), wrapping Chinese and English, truncation.
import stringWidth from 'string-width';


export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Characters that are graphemes of their own on both sides: printable ASCII, CJK ideographs, CJK and full-width punctuation. */
const standsAlone = (c: number) => (c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x3029) || (c >= 0xff01 && c <= 0xff60);
const CHUNK = 256;
const NO_NAMES: readonly string[] = [];

/**
 * The graphemes of a text, in order. Intl.Segmenter takes time quadratic in the length of the string it
 * walks (Node 20), so a long text is walked in pieces of about CHUNK characters, cut only between two
 * characters that are graphemes of their own (or, failing one in 4 × CHUNK, between two code points).
 */
function* segmentsOf(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    while (end < text.length && end < start + 4 * CHUNK && !(standsAlone(text.charCodeAt(end - 1)) && standsAlone(text.charCodeAt(end)))) end++;
    if (end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    for (const { segment } of graphemes.segment(text.slice(start, end))) yield segment;
    start = end;
  }
}
/** Punctuation that must not begin a line, and that must not end one (GB/T 15834 habits). */
const NO_START = new Set([...'，。、；：？！）》」』】〕”’…—·％']);
const NO_END = new Set([...'（《「『【〔“‘([{']);

/**
 * Columns the text takes in a terminal: CJK and full-width characters take two, escape sequences none.
 * A long text without escapes is measured grapheme by grapheme, in pieces (segmentsOf): string-width
 * walks it whole with Intl.Segmenter, in time quadratic in its length.
 */
export function displayWidth(text: string): number {
  if (text.length <= CHUNK || text.includes('\u001b')) return stringWidth(text) + chineseQuotes(text);
  let width = 0;
  for (const segment of segmentsOf(text)) width += graphemeWidth(segment);
  return width;
}

/**
 * Chinese quotation marks (“ ” ‘ ’) are of "ambiguous" East Asian width: string-width counts them one
 * column, but the CJK fonts of a Chinese terminal draw them two. They are counted two, so a line of
 * Chinese text never runs past the width on either kind of terminal (a line is at most a column short).
 */
const QUOTES = /[\u2018\u2019\u201c\u201d]/g;
const chineseQuotes = (text: string): number => text.match(QUOTES)?.length ?? 0;

/** The width of one grapheme: printable ASCII is one column without asking string-width, which is slow. */
function graphemeWidth(segment: string): number {
  const c = segment.charCodeAt(0);
  return segment.length === 1 && c >= 0x20 && c < 0x7f ? 1 : stringWidth(segment) + chineseQuotes(segment);
}

const MONTH_EN = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** Dates and periods as reports say them (i18n/periods.ts), never broken: 2026年1月1日, 2022年第三季度, 6 Aug 2022, Q3 2022. */
const DATES = new RegExp(`\\d{4}年(?:第[一二三四]季度|\\d{1,2}月(?:\\d{1,2}日)?|度)?|\\d{1,2} ${MONTH_EN} \\d{4}|${MONTH_EN} \\d{4}|Q[1-4] \\d{4}`, 'g');
/** The names to keep whole by their first two characters, longest first: one look-up a character, however many units. */
const nameIndexes = new WeakMap<readonly string[], Map<string, string[]>>();

function nameIndex(keep: readonly string[]): Map<string, string[]> {
  let index = nameIndexes.get(keep);
  if (!index) {
    index = new Map();
    for (const name of [...new Set(keep)].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length)) {
      const key = name.slice(0, 2);
      index.set(key, [...(index.get(key) ?? []), name]);
    }
    nameIndexes.set(keep, index);
  }
  return index;
}

/** Where the text holds a date or a name of `keep`, in order, none overlapping: what a line never breaks inside. */
function wholeSpans(text: string, keep: readonly string[]): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [...text.matchAll(DATES)].map((m) => ({ index: m.index, text: m[0] }));
  const names = keep.length > 0 ? nameIndex(keep) : null;
  for (let i = 0; names && i < text.length - 1; ) {
    const name = names.get(text.slice(i, i + 2))?.find((n) => text.startsWith(n, i));
    if (name) found.push({ index: i, text: name });
    i += name ? name.length : 1;
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const spans: typeof found = [];
  let end = 0;
  for (const span of found) {
    if (span.index < end) continue;
    spans.push(span);
    end = span.index + span.text.length;
  }
  return spans;
}

/** The widest date or name of the text: a column is never narrower, or it would break one. */
export function widestWhole(text: string, keep: readonly string[] = NO_NAMES): number {
  return Math.max(0, ...wholeSpans(text, keep).map((span) => displayWidth(span.text)));
}

/** Words (runs of narrow characters), dates and names kept whole, single wide characters, and spaces. */
function tokens(text: string, keep: readonly string[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const span of wholeSpans(text, keep)) {
    out.push(...plainTokens(text.slice(from, span.index)), span.text);
    from = span.index + span.text.length;
  }
  out.push(...plainTokens(text.slice(from)));
  return out;
}

function plainTokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const segment of segmentsOf(text)) {
    const space = /^\s+$/.test(segment);
    if (!space && graphemeWidth(segment) === 1 && !NO_START.has(segment)) {
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
  let pieceWidth = 0;
  for (const segment of segmentsOf(token)) {
    const w = graphemeWidth(segment);
    if (piece && pieceWidth + w > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += segment;
    pieceWidth += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The text broken into lines no wider than `width`: between words in English, between any two
 * characters in Chinese, never inside a date or a name of `keep`, never before a closing or after an
 * opening punctuation mark when it can help it. Linear in the text: the line's width is kept as it grows,
 * each token measured once.
 */
export function wrapText(text: string, width: number, keep: readonly string[] = NO_NAMES): string[] {
  if (width < 2) width = 2;
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let space = false;
  /** The token the line ends with: a date or a name is carried down whole. */
  let last = '';
  const push = () => {
    line = line.trimEnd();
    if (line) lines.push(line);
    line = '';
    lineWidth = 0;
  };
  for (const token of tokens(text, keep)) {
    if (token === ' ') {
      space = line !== '';
      continue;
    }
    const gap = space ? ' ' : '';
    space = false;
    const w = token.length === 1 ? graphemeWidth(token) : displayWidth(token);
    if (lineWidth + gap.length + w <= width) {
      line += gap + token;
      lineWidth += gap.length + w;
      last = token;
      continue;
    }
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
      lineWidth = displayWidth(line);
      continue;
    }
    // Carry the last word or character down with a closing mark, or an opening mark down with what follows it.
    let carried = '';
    if (!gap && NO_START.has(token)) carried = last.length > 1 && line.endsWith(last) ? last : (/[!-~]+$/.exec(line)?.[0] ?? lastGrapheme(line));
    else if (NO_END.has(lastGrapheme(line))) carried = lastGrapheme(line);
    if (NO_START.has(carried.charAt(0)) && carried.length < line.length) carried = lastGrapheme(line.slice(0, -carried.length)) + carried;
    // …and an opening mark just before what is carried goes with it: never “（” at a line's end.
    if (carried && carried.length < line.length && NO_END.has(lastGrapheme(line.slice(0, -carried.length)))) carried = lastGrapheme(line.slice(0, -carried.length)) + carried;
    if (carried.length >= line.length || displayWidth(carried + token) > width) carried = '';
    line = line.slice(0, line.length - carried.length);
    push();
    line = carried + (carried ? gap : '') + token;
    lineWidth = carried ? displayWidth(line) : w;
    last = token;
  }
  push();
  return lines.length > 0 ? lines : [''];
}

function lastGrapheme(text: string): string {
  let last = '';
  for (const segment of segmentsOf(text)) last = segment;
  return last;
}

/** The text cut to the width with "…" at the end when it does not fit. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let outWidth = 0;
  for (const segment of segmentsOf(text)) {
    outWidth += graphemeWidth(segment);
    if (outWidth > width - 1) break;
    out += segment;
  }
  return out + '…';
}

/** Each line of a paragraph wrapped to the width, the lines after the first indented by `hanging`. */
export function wrapParagraph(text: string, width: number, indent = '', hanging = indent, keep: readonly string[] = NO_NAMES): string[] {
  const first = wrapText(text, width - displayWidth(indent), keep);
  if (first.length === 1 || hanging === indent) return first.map((l) => indent + l);
  const [head, ...rest] = first;
  return [indent + head, ...wrapText(rest.join(''), width - displayWidth(hanging), keep).map((l) => hanging + l)];
}
