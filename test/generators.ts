// The generators of the property tests: the sound campaign's documents, varied at random, then broken at
// random in their data, keys, types, dates and bytes (shared by property.test.ts and fast-parse.test.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { SOUND } from './helpers.js';

export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

export const BASE: Record<string, string> = Object.fromEntries(filesUnder(SOUND).map((rel) => [rel, readFileSync(join(SOUND, rel), 'utf8')]));
export const FILES = Object.keys(BASE).sort();

const weirdValue = fc.oneof(
  fc.constantFrom('2022-02-30', '2022/3/1', '2022年2月14日', '2023-01-05', '2021-12-31', '2099-01-01', 'm1', 'm9', 'gdp', 'invest-growth'),
  fc.constantFrom('待定', '某某', '……', '', ' ', '无', 'done', 'blocked', 'party-department', 'principal', '鄂尔多斯市', '<script>alert(1)</script>', '=1+1'),
  fc.integer({ min: -5, max: 150 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 12 }),
);

const dataMutation = fc.record({
  kind: fc.constantFrom('set', 'rename', 'delete', 'duplicate'),
  pick: fc.nat(),
  value: weirdValue,
  typo: fc.constantFrom('submited', 'Unit', 'measure', 'percnt', 'id ', '状态'),
});

const byteMutation = fc.record({
  kind: fc.constantFrom('flip', 'insert', 'truncate', 'delete-line', 'duplicate-line', 'encode'),
  at: fc.nat(),
  text: fc.constantFrom('：', '\t', '\u3000', '\r', '\u0000', '\u001b[31m', ': ', '- ', '{', ']', '&a ', '*a', '---\n', '"', '#', '\n  '),
  encoding: fc.constantFrom('utf16le', 'gbk-like', 'bom'),
});

export const fileChange = fc.record({
  file: fc.nat(),
  remove: fc.boolean(),
  data: fc.array(dataMutation, { maxLength: 3 }),
  bytes: fc.array(byteMutation, { maxLength: 2 }),
});

/** Every [parent, key] in a parsed document, for a mutation to pick one. */
export function slots(node: unknown, out: [Record<string | number, unknown>, string | number][] = []): [Record<string | number, unknown>, string | number][] {
  if (node && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      const k = Array.isArray(node) ? Number(key) : key;
      out.push([node as Record<string | number, unknown>, k]);
      slots((node as Record<string | number, unknown>)[k], out);
    }
  }
  return out;
}

function mutateData(text: string, mutations: (typeof dataMutation extends fc.Arbitrary<infer T> ? T : never)[]): string {
  if (mutations.length === 0) return text;
  const data = parse(text) as unknown;
  for (const m of mutations) {
    const all = slots(data);
    if (all.length === 0) break;
    const [parent, key] = all[m.pick % all.length]!;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (m.kind === 'rename' && !Array.isArray(parent)) {
      parent[m.typo] = parent[key];
      delete parent[key];
    } else if (m.kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  }
  return stringify(data);
}

function mutateBytes(text: string, mutations: { kind: string; at: number; text: string; encoding: string }[]): Uint8Array {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    const lines = out.split('\n');
    const line = lines.length === 0 ? 0 : m.at % lines.length;
    if (m.kind === 'flip') out = out.slice(0, at) + String.fromCharCode((out.charCodeAt(at) ^ 0x20) || 0x41) + out.slice(at + 1);
    else if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else if (m.kind === 'delete-line') out = lines.filter((_, i) => i !== line).join('\n');
    else if (m.kind === 'duplicate-line') out = [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
  }
  const encode = mutations.find((m) => m.kind === 'encode');
  if (encode?.encoding === 'utf16le') return Buffer.from('\ufeff' + out, 'utf16le');
  if (encode?.encoding === 'bom') return Buffer.from('\ufeff' + out);
  if (encode?.encoding === 'gbk-like') return Uint8Array.from([...Buffer.from(out)].map((b, i) => (i === encode.at % Math.max(1, out.length) ? 0xd6 : b)));
  return Buffer.from(out);
}

export const asOfArb = fc.option(
  fc.date({ min: new Date('2021-12-01T00:00:00Z'), max: new Date('2024-03-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

/** Writes the sound campaign with `changes` applied into `dir` (emptied first); returns what each file holds. */
export function writeChanged(dir: string, changes: (typeof fileChange extends fc.Arbitrary<infer T> ? T : never)[]): Map<string, Uint8Array> {
  rmSync(dir, { recursive: true, force: true });
  const contents = new Map<string, Uint8Array>(FILES.map((rel) => [rel, Buffer.from(BASE[rel]!)]));
  for (const change of changes) {
    const rel = FILES[change.file % FILES.length]!;
    if (change.remove) {
      contents.delete(rel);
      continue;
    }
    let text = BASE[rel]!;
    try {
      text = mutateData(text, change.data);
    } catch {
      // A mutation that yaml cannot serialise is simply skipped.
    }
    contents.set(rel, mutateBytes(text, change.bytes));
  }
  for (const [rel, bytes] of contents) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), bytes);
  }
  return contents;
}
