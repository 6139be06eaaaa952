// JSON output in pieces. `JSON.stringify(report, null, 2)` of a campaign of thousands of units is one
// string of tens of millions of characters, held beside its UTF-8 copy while it is written: the largest
// single cost of a report's memory. Here each element of a top-level list is stringified by itself, so
// the output is written unit by unit, and the text is byte for byte what `JSON.stringify` gives
// (test/json-chunks.test.ts holds the two side by side on every report of the example).

/** What the output is, when it comes in pieces: one string after the other. */
export interface Chunks {
  chunks: Iterable<string>;
}

const INDENT = '  ';

/** `value`'s JSON at one more level of indentation: every line after the first moves right. */
function nested(json: string, indent: string): string {
  // JSON.stringify escapes every line break inside a string, so each "\n" here starts a line of layout.
  return json.replaceAll('\n', `\n${indent}`);
}

/** A member of an object as JSON.stringify writes it, or undefined when it leaves the member out. */
function member(value: unknown): string | undefined {
  return JSON.stringify(value, null, 2) as string | undefined;
}

/**
 * `JSON.stringify(value, null, 2) + '\n'`, as a sequence of strings: the top-level members one by one,
 * and a top-level list element by element. Only plain data (what a report is) is expected; a value with
 * `toJSON` is written through it, as JSON.stringify would.
 */
export function* jsonChunks(value: object): Generator<string> {
  const data = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    yield `${JSON.stringify(data, null, 2)}\n`;
    return;
  }
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => written(record[key]));
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    const item = record[key];
    yield `${i === 0 ? '' : ','}\n${INDENT}${JSON.stringify(key)}: `;
    if (isList(item) && item.length > 0) yield* listChunks(item);
    else yield nested(member(item)!, INDENT);
  }
  yield '\n}\n';
}

/** Whether JSON.stringify keeps an object's member (it leaves out undefined, functions and symbols). */
function written(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** A top-level list, one element at a time (an element JSON leaves out is written `null`, as in JSON.stringify). */
function* listChunks(list: readonly unknown[]): Generator<string> {
  const indent = INDENT + INDENT;
  yield '[';
  for (let i = 0; i < list.length; i++) {
    yield `${i === 0 ? '' : ','}\n${indent}${nested(member(list[i]) ?? 'null', indent)}`;
  }
  yield `\n${INDENT}]`;
}

/** The chunks joined into pieces of about `size` characters, so that a write is neither one huge string nor many tiny ones. */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}
