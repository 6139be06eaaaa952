// The first reader of the fast path: the YAML a campaign's files are written in, read line by line.
// It reads block mappings and lists, one-line flow lists and mappings (`[a, b]`, `{ unit: x, person: y }`),
// plain scalars on one line, one-line quoted scalars without escapes, comments and blank lines, with LF or
// CRLF line ends. Keys are plain words (`submitted`, `leader_in_charge`, `x-y`). It gives up, and
// fast-parse.ts tries js-yaml, at anything else: a block scalar, a plain scalar that goes on to the next
// line, an escape, an anchor, a tag, a quoted or unusual key, a duplicate key, a tab, an indentation it
// does not expect, a limit of limits.ts. What it gives is what the `yaml` package reads (test/fast-parse.test.ts
// compares the two on every fixture and on generated and broken texts). On such files it takes about
// half js-yaml's time: it looks at each line once, by index, and builds nothing but the data.
import { coreValue, NOT_CORE, plainKey } from './core-scalar.js';
import { FAST_LIMITS } from './limits.js';

/** Characters that send a text elsewhere wherever they are: tabs, escapes, a byte-order mark, controls. */
const ANYWHERE = /[\t\\\uFEFF\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_CR = /\r(?!\n)/;

/** Thrown to give up; caught once, in lineParse. */
const GIVE_UP = { giveUp: true };

// The text being read, and its lines that hold something (not blank, not only a comment): where the
// content starts, where it ends (before CR LF) and its indentation. Reused from call to call.
let text = '';
let count = 0;
let line = 0;
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let indents = new Int32Array(256);

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;

/**
 * The plain data of `text` when it is a mapping or a list written only as described above, read as the
 * exact path reads it; undefined otherwise.
 */
export function lineParse(source: string): unknown {
  if (source.length > FAST_LIMITS.textLength || ANYWHERE.test(source) || (source.includes('\r') && LONE_CR.test(source))) return undefined;
  text = source;
  try {
    split();
    if (count === 0) return undefined;
    line = 0;
    const data = block(indents[0]!, 0);
    // A line no block took (one further in goes on with a plain scalar, or is a mistake) ends every
    // block above it: the text is given up on.
    return line === count ? data : undefined;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  } finally {
    text = '';
  }
}

/** Finds the lines that hold something. */
function split(): void {
  count = 0;
  const length = text.length;
  let from = 0;
  for (;;) {
    let eol = text.indexOf('\n', from);
    if (eol < 0) eol = length;
    let end = eol;
    if (end > from && text.charCodeAt(end - 1) === 0x0d) end--;
    let at = from;
    while (at < end && text.charCodeAt(at) === SPACE) at++;
    if (at < end && text.charCodeAt(at) !== HASH) {
      if (count === starts.length) grow();
      starts[count] = at;
      ends[count] = end;
      indents[count] = at - from;
      count++;
    }
    if (eol === length) return;
    from = eol + 1;
  }
}

function grow(): void {
  const size = starts.length * 2;
  const more = (old: Int32Array) => {
    const next = new Int32Array(size);
    next.set(old);
    return next;
  };
  starts = more(starts);
  ends = more(ends);
  indents = more(indents);
}

function giveUp(): never {
  throw GIVE_UP;
}

/** A list item's line: `-` then a space (a lone `-` is given up on where it is read). */
function isItem(at: number): boolean {
  const start = starts[at]!;
  return text.charCodeAt(start) === DASH && (start + 1 === ends[at] || text.charCodeAt(start + 1) === SPACE);
}

/** The mapping or list whose lines start at the current line, indented by `indent`. */
function block(indent: number, depth: number): unknown {
  if (depth > FAST_LIMITS.depth) giveUp();
  return isItem(line) ? list(indent, depth) : mapping(indent, depth);
}

function mapping(indent: number, depth: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let keys = 0;
  while (line < count && indents[line] === indent) {
    const start = starts[line]!;
    const end = ends[line]!;
    const keyEnd = keyAt(start, end);
    if (keyEnd < 0) giveUp();
    const key = keyText(start, keyEnd);
    if (data[key] !== undefined) giveUp();
    let at = keyEnd + 1;
    while (at < end && text.charCodeAt(at) === SPACE) at++;
    line++;
    let value: unknown;
    if (at === end || text.charCodeAt(at) === HASH) {
      // Nothing after the colon: the value is on the lines below, or null. A list may stand at the key's
      // own indentation.
      if (line < count && indents[line]! > indent) value = block(indents[line]!, depth + 1);
      else if (line < count && indents[line] === indent && isItem(line)) value = list(indent, depth + 1);
      else value = null;
    } else {
      value = inline(at, end, depth + 1);
    }
    data[key] = value;
    if (++keys > FAST_LIMITS.keys) giveUp();
  }
  return data;
}

function list(indent: number, depth: number): unknown[] {
  const items: unknown[] = [];
  while (line < count && indents[line] === indent && isItem(line)) {
    const start = starts[line]!;
    const end = ends[line]!;
    let at = start + 1;
    while (at < end && text.charCodeAt(at) === SPACE) at++;
    // A lone `-`: the item's value is on the lines below, or null. (`- # …` and `- - x`, a list in a
    // list, are no key and no plain scalar: given up on below.)
    if (at === end) giveUp();
    if (keyAt(at, end) >= 0) {
      // `- key: value`: a mapping whose keys stand where this one does; the line reads on as its first.
      indents[line] = indent + (at - start);
      starts[line] = at;
      items.push(mapping(indents[line]!, depth + 1));
    } else {
      line++;
      items.push(inline(at, end, depth + 1));
    }
    if (items.length > FAST_LIMITS.items) giveUp();
  }
  return items;
}

/** Where the colon after a plain key at `start` is (`key:` then a space or the end), or -1. */
function keyAt(start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (!(isLetter(first) || first === 0x5f)) return -1;
  let at = start + 1;
  for (; at < end; at++) {
    const c = text.charCodeAt(at);
    if (!(isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH)) break;
  }
  if (at === end || text.charCodeAt(at) !== COLON) return -1;
  return at + 1 === end || text.charCodeAt(at + 1) === SPACE ? at : -1;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Keys read before, by length and first letter: a campaign's files use the same few keys over and over,
 * and a key found here is neither cut from the text again nor looked up by its hash.
 */
const knownKeys = new Map<number, string[]>();
let knownCount = 0;

/**
 * The key from `start` to `end`, when yaml reads it as this same text (plainKey). A repeated key is
 * found by the caller: no value read here is undefined, so a key whose value is not undefined is a
 * repeat (or a name of Object's own, such as `constructor`, which is given up on too).
 */
function keyText(start: number, end: number): string {
  const slot = ((end - start) << 7) | (text.charCodeAt(start) & 0x7f);
  const known = knownKeys.get(slot);
  if (known) for (const key of known) if (text.startsWith(key, start)) return key;
  const key = text.slice(start, end);
  if (!plainKey(key)) giveUp();
  if (knownCount < 10_000) {
    if (known) known.push(key);
    else knownKeys.set(slot, [key]);
    knownCount++;
  }
  return key;
}

/** A value written on its key's or item's line, from `at` (not a space) to `end`. */
function inline(at: number, end: number, depth: number): unknown {
  const c = text.charCodeAt(at);
  let value: unknown;
  if (c === 0x27 || c === 0x22) {
    value = quoted(at, end);
  } else if (c === 0x5b || c === 0x7b) {
    value = flow(at, end, depth);
  } else {
    return plain(at, end);
  }
  // After a quoted scalar or a flow collection, only a comment (after a space) may follow.
  let next = after;
  while (next < end && text.charCodeAt(next) === SPACE) next++;
  if (next < end && !(text.charCodeAt(next) === HASH && next > after)) giveUp();
  return value;
}

/** Where the last quoted scalar or flow collection read ended. */
let after = 0;

/** A plain scalar on one line, outside a flow collection: up to a comment, and without `: `. */
function plain(at: number, end: number): unknown {
  if (!plainStart(at, end)) giveUp();
  let last = at;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      if (i + 1 < end && text.charCodeAt(i + 1) === HASH) break;
      continue;
    }
    if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) giveUp();
    last = i + 1;
  }
  return scalar(text.slice(at, last));
}

/**
 * Whether a plain scalar may start here: not with an indicator (`-?:,[]{}#&*!|>'"%@` and the backquote),
 * except a minus before a digit or a point (`-1`, `-.5`).
 */
function plainStart(at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c === DASH) {
    const next = at + 1 < end ? text.charCodeAt(at + 1) : 0;
    return (next >= 0x30 && next <= 0x39) || next === 0x2e;
  }
  return INDICATORS.indexOf(text[at]!) < 0;
}
const INDICATORS = "?:,[]{}#&*!|>'\"%@`";

/** A plain scalar's value: null, a boolean or a number as the core schema reads it, else the text. */
function scalar(raw: string): unknown {
  const value = coreValue(raw);
  if (value === NOT_CORE) return raw;
  if (typeof value === 'number' && !Number.isFinite(value)) giveUp();
  return value;
}

/** A quoted scalar that ends on its line; `''` is a quote inside single quotes (double ones have no escapes here). */
function quoted(at: number, end: number): string {
  const quote = text[at]!;
  let from = at + 1;
  let value = '';
  for (;;) {
    const close = text.indexOf(quote, from);
    if (close < 0 || close >= end) giveUp();
    if (quote === "'" && close + 1 < end && text.charCodeAt(close + 1) === 0x27) {
      value += text.slice(from, close + 1);
      from = close + 2;
      continue;
    }
    after = close + 1;
    return value + text.slice(from, close);
  }
}

/** A flow list or mapping that closes on its line. */
function flow(at: number, end: number, depth: number): unknown {
  const open = text.charCodeAt(at);
  const close = open === 0x5b ? 0x5d : 0x7d;
  const items: unknown[] = [];
  const data: Record<string, unknown> = {};
  let at2 = skipSpaces(at + 1, end);
  if (at2 < end && text.charCodeAt(at2) === close) {
    after = at2 + 1;
    return open === 0x5b ? items : data;
  }
  let size = 0;
  for (;;) {
    if (open === 0x7b) {
      const keyEnd = keyAt(at2, end);
      if (keyEnd < 0) giveUp();
      const key = keyText(at2, keyEnd);
      if (data[key] !== undefined) giveUp();
      data[key] = flowItem(skipSpaces(keyEnd + 1, end), end, depth);
    } else {
      items.push(flowItem(at2, end, depth));
    }
    if (++size > FAST_LIMITS.items) giveUp();
    at2 = skipSpaces(after, end);
    if (at2 >= end) giveUp();
    const c = text.charCodeAt(at2);
    if (c === close) {
      after = at2 + 1;
      return open === 0x5b ? items : data;
    }
    if (c !== COMMA) giveUp();
    // An empty entry (`[a, ]`, `[a,,b]`) is no key and no scalar: given up on below.
    at2 = skipSpaces(at2 + 1, end);
  }
}

/** One entry's value in a flow collection; `after` is left just past it. */
function flowItem(at: number, end: number, depth: number): unknown {
  if (at >= end) giveUp();
  const c = text.charCodeAt(at);
  if (c === 0x27 || c === 0x22) return quoted(at, end);
  if (c === 0x5b || c === 0x7b) {
    if (depth + 1 > FAST_LIMITS.depth) giveUp();
    return flow(at, end, depth + 1);
  }
  if (!plainStart(at, end)) giveUp();
  // A plain scalar in a flow collection ends at `,` `]` `}`; any colon, bracket or comment gives up.
  let stop = at;
  let last = at;
  for (; stop < end; stop++) {
    const x = text.charCodeAt(stop);
    if (x === COMMA || x === 0x5d || x === 0x7d) break;
    if (x === COLON || x === 0x5b || x === 0x7b || (x === HASH && text.charCodeAt(stop - 1) === SPACE)) giveUp();
    if (x !== SPACE) last = stop + 1;
  }
  after = stop;
  return scalar(text.slice(at, last));
}

function skipSpaces(at: number, end: number): number {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
}
