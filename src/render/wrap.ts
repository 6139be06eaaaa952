// Terminal text without tables: display width (string-width), wrapping Chinese and English, truncation.
import stringWidth from 'string-width';

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
    // …and an opening mark just before what is carried goes with it: never “（” at a line's end.
    if (carried && carried.length < line.length && NO_END.has(lastGrapheme(line.slice(0, -carried.length)))) carried = lastGrapheme(line.slice(0, -carried.length)) + carried;
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
