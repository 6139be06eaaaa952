// The fast parse path (src/load/fast-parse.ts) gives exactly what the exact path gives: the same data for
// each file it answers for, over every fixture, the Ordos example and generated texts. Whole campaigns
// with EBZ_FAST_PARSE on and off: fast-path-outputs.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse, fastParseEnabled } from '../src/load/fast-parse.js';
import { DEFAULT_CAMPAIGN_YAML } from '../src/model/default-campaign.js';
import { parseYaml } from '../src/load/yaml.js';
import { filesUnder } from './generators.js';
import { restoreFastParseSetting } from './fast-path.js';
import { FIXTURES, ROOT, SOUND } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
restoreFastParseSetting();

/** The exact path's answer for text the fast path accepted: no problem, the same data (NaN, -0 and key order included). */
function expectSameAsExact(text: string, read: (text: string) => unknown = fastParse): boolean {
  const fast = read(text);
  if (fast === undefined) return false;
  const exact = parseYaml(text);
  expect(exact.problems, JSON.stringify(text)).toEqual([]);
  expect(isDeepStrictEqual(exact.data, fast), `${JSON.stringify(text)}: ${JSON.stringify(fast)} vs ${JSON.stringify(exact.data)}`).toBe(true);
  expect(Object.keys(exact.data as object)).toEqual(Object.keys(fast as object));
  return true;
}

const yamlFiles = (dir: string) => filesUnder(dir).filter((rel) => rel.endsWith('.yaml')).map((rel) => readFileSync(join(dir, rel), 'utf8'));
const TEXTS = [...yamlFiles(FIXTURES), ...yamlFiles(ORDOS)];

describe('the fast parser', () => {
  it('is on unless EBZ_FAST_PARSE is off', () => {
    expect(fastParseEnabled({})).toBe(true);
    expect(fastParseEnabled({ EBZ_FAST_PARSE: 'on' })).toBe(true);
    expect(fastParseEnabled({ EBZ_FAST_PARSE: 'off' })).toBe(false);
    expect(fastParseEnabled({ EBZ_FAST_PARSE: '0' })).toBe(false);
  });

  it('reads every file of the sound campaign and the Ordos example as the exact path does', () => {
    // Clean files are what the fast path is for: none of them may fall back to the exact path.
    for (const text of [...yamlFiles(SOUND), ...yamlFiles(ORDOS)]) expect(expectSameAsExact(text), text.slice(0, 80)).toBe(true);
  });

  it('reads the embedded default campaign as the exact path does, so a check need not load yaml for it', () => {
    expect(expectSameAsExact(DEFAULT_CAMPAIGN_YAML)).toBe(true);
  });

  it('reads YAML 1.2 core scalars as yaml does: dates stay text, no YAML 1.1 booleans or octals', () => {
    const text = 'a: 2022-03-01\nb: yes\nc: 010\nd: 0o17\ne: 0x1F\ni: 1e3\nj: 1_000\nk: ~\nl: Null\nm: nUll\nn: +5\no: -0\np: 12:30\nq: True\nr: 1.\ns: .5\n';
    expect(expectSameAsExact(text)).toBe(true);
    expect(fastParse(text)).toEqual({
      a: '2022-03-01', b: 'yes', c: 10, d: 15, e: 31, i: 1000, j: '1_000', k: null, l: null, m: 'nUll', n: 5, o: -0, p: '12:30', q: true, r: 1, s: 0.5,
    });
    // .inf and .nan are read as yaml reads them, then left to the exact path, which reports them (limits.ts).
    for (const value of ['.inf', '-.Inf', '.nan']) expect(fastParse(`a: ${value}\n`)).toBeUndefined();
  });

  it('leaves to the exact path what it might read otherwise or what yaml reports on', () => {
    const unsure = [
      'a: &x 1\nb: *x\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', '<<: {a: 1}\n', '? a\n: b\n', 'a:\n\t- b\n',
      'a: "\\u0041"\n', 'a: 1\rb: 2\n', '\ufeffa: 1\n', 'a: "x"#c\n', '[a]: 1\n', 'a: {b, [c]}\n', '- - \n-\n', ' - # c\n- x\n', 'a: |2\n   x\n', 'a: >+\n  x\n\n',
      'a: 1\na: 2\n', 'a: [1\n', '1: a\n', 'null: a\n', '"": a\n', '__proto__: 1\n', 'text\n', '', '# only a comment\n', 'a: 1\n  b: 2\n',
      'a: {b: 1, b: 2}\n', 'a: [b] c\n', 'a: [b,, c]\n', '- a\nb: 1\n', 'a:\n  b: 1\n - c\n', 'a: b: c\n', 'a: b\n- c\n', 'a: x\ry\n', 'a: 1\r',
      // Nesting deeper than the fast path goes (FAST_LIMITS.depth), in blocks and in flow.
      Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n', `a: ${'['.repeat(60)}1${']'.repeat(60)}\n`,
      // More keys or items than limits.ts lets a mapping or list hold: the exact path reports them.
      Array.from({ length: 10_001 }, (_, i) => `k${i}: 1`).join('\n'), `a:\n${'- 1\n'.repeat(10_001)}`, `a: [${Array(10_001).fill(1).join(', ')}]\n`,
    ];
    for (const text of unsure) expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
  });

  it('reads block scalars, quoted keys and flow collections over lines as the exact path does', () => {
    const elsewhere = [
      // A block scalar; a plain scalar over two lines, or on the line below its key.
      'a: |\n  x\n  y\n', 'a: >-\n  x\n', 'a: b\n  c\n', 'a:\n  b c\n', '- a\n  b\n',
      // Quoted or unusual keys, and spaces before a colon.
      '"a": 1\n', "'a b': 1\n", '状态: 1\n', 'a b: 1\n', 'a : 1\n', 'a.b: 1\n', '- "a": 1\n',
      // Flow collections over two lines, a colon or a comment in one, a quoted key in one.
      'a: [b,\n  c]\n', 'a: {b: 1,\n  c: 2}\n', 'a: [12:30]\n', 'a: {b: c:d}\n', 'a: {"b": 1}\n', 'a: [b, ]\n',
      // Quoted scalars over two lines; a top level indented; an indicator first; a minus before a letter.
      'a: "x\n  y"\n', "a: 'x\n  y'\n", 'a: ?x\n', 'a: -x\n', 'a: :x\n',
    ];
    for (const text of elsewhere) {
      expect(expectSameAsExact(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('reads CRLF line ends, comments, quotes and flow collections as the exact path does', () => {
    const text = [
      '# a comment',
      'unit: fgw   # after a value',
      'title: \'it\'\'s "so"\'  # after a quote',
      'empty: ""',
      'list: [a b, "c, d", \'e\', 1, -2, -.5, true, ~, {x: 1, y: [2, 3]}, [], {}]',
      'map: { unit: 项目科, person: 赵六 }',
      'items:',
      '- a',
      '-   b: 1',
      '    c:',
      '      - d',
      '    e: f#g',
      '  # a comment less indented',
      'nested:',
      '   deep:',
      '      deeper: 12:30',
      'last:',
    ].join('\r\n');
    // Nesting as deep as the fast path goes, in blocks and in flow.
    expect(expectSameAsExact(Array.from({ length: 45 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n')).toBe(true);
    expect(expectSameAsExact(`a: ${'['.repeat(45)}1${']'.repeat(45)}\n`)).toBe(true);
    // A top level indented is read where it stands.
    expect(expectSameAsExact(`  a: 1\n  b:\n  - c\n`)).toBe(true);
    expect(expectSameAsExact(text)).toBe(true);
    expect(fastParse(text)).toEqual({
      unit: 'fgw', title: 'it\'s "so"', empty: '', list: ['a b', 'c, d', 'e', 1, -2, -0.5, true, null, { x: 1, y: [2, 3] }, [], {}],
      map: { unit: '项目科', person: '赵六' }, items: ['a', { b: 1, c: ['d'], e: 'f#g' }], nested: { deep: { deeper: '12:30' } }, last: null,
    });
  });

  it('never accepts a text the exact path reads otherwise: generated YAML-like lines', () => {
    const read = fastParse;
    const scalar = fc.constantFrom(
      'a', 'b c', '1', '-1', '+2', '007', '1.5', '1.', '.5', '1e3', '0o7', '0x1F', '.inf', '.NaN', 'null', 'Null', 'nUll', '~', '', 'true', 'False', 'yes', 'off',
      '2022-03-01', '12:30', '中文：说明', '　全角', '50%', 'a: b', 'a:b', 'a #b', 'a# b', '"q"', "'s'", '""', '"a\'b"', '"x" y', '- x', '-x', '[a]', '{a: 1}',
      '[a, [b]]', '{a: [1, {b: c}]}', '[', '{', ']', '}', '[a,]', '{a,}', '{a}', '[a: b]', ',x', '@x', '`x', '=1', '|', '>', '|-', '>+', '|2', '"multi\n  line"', '# c',
    );
    const key = fc.constantFrom('a', 'b', 'id', '状态', 'a b', '"q"', "'s'", '1', 'null', '~', 'true', '1.0', 'x-y', 'a:b', '[a]', '{a: b}', '');
    const indent = fc.constantFrom('', '', '  ', '    ', ' ', '   ', '      ');
    const line = fc.oneof(
      fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}${k}: ${v}`),
      fc.tuple(indent, key).map(([i, k]) => `${i}${k}:`),
      fc.tuple(indent, scalar).map(([i, v]) => `${i}- ${v}`),
      fc.tuple(indent, key, scalar).map(([i, k, v]) => `${i}- ${k}: ${v}`),
      fc.tuple(indent, scalar).map(([i, v]) => `${i}${v}`),
      fc.tuple(indent, fc.constantFrom('# c', '', ' ', '-', '- - a', '...', '---', '? a', ': b')).map(([i, v]) => `${i}${v}`),
    );
    const text = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([lines, eol, end]) => lines.join(eol) + (end ? eol : ''));
    let accepted = 0;
    fc.assert(fc.property(text, (t) => void (expectSameAsExact(t, read) && accepted++)), { numRuns: 20_000 });
    // Most of these lines are odd on purpose: the fast path takes only some of them.
    expect(accepted).toBeGreaterThan(500);
  }, 300_000);

  it('never accepts a text the exact path reads otherwise: the fixtures, broken at random', () => {
    const read = fastParse;
    const mutation = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'duplicate-line', 'indent', 'dedent', 'swap-lines'),
      at: fc.nat(),
      n: fc.integer({ min: 1, max: 4 }),
      text: fc.constantFrom(' ', '  ', '\n', '\n  ', '- ', '-', ': ', ':', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '|-', '：', '\u3000', '~', '1', 'x', '\n\n', '  - ', 'key: '),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (which, mutations, crlf) => {
        let text = TEXTS[which % TEXTS.length]!;
        for (const m of mutations) {
          const at = text.length === 0 ? 0 : m.at % text.length;
          const lines = text.split('\n');
          const l = m.at % lines.length;
          if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
          else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.n);
          else if (m.kind === 'duplicate-line') text = [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
          else if (m.kind === 'indent') text = lines.map((x, i) => (i === l ? ' '.repeat(m.n) + x : x)).join('\n');
          else if (m.kind === 'dedent') text = lines.map((x, i) => (i === l ? x.slice(Math.min(m.n, x.length - x.trimStart().length)) : x)).join('\n');
          else if (l + 1 < lines.length) text = [...lines.slice(0, l), lines[l + 1]!, lines[l]!, ...lines.slice(l + 2)].join('\n');
        }
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        if (expectSameAsExact(text, read)) accepted++;
      }),
      { numRuns: 5_000 },
    );
    expect(accepted).toBeGreaterThan(500);
  }, 300_000);
});

/** Data of the shapes campaign files hold, nested a few levels. */
const KEYS = ['a', 'b', 'id', 'unit', 'x-y', 'c_d', 'Due2'];
const SCALARS = ['a', 'b c', '项目科', '1', '-1', '0', '1.5', '-.5', '2022-03-01', '12:30', 'true', 'False', 'null', '~', '', 'a #b', 'a#b', 'x, y', "it's", 'say "hi"', '50%', '1e3', 'yes'];
const dataArb = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
  ),
})).node;

/** Writes `data` as YAML, each choice (block or flow, quoting, indentation, comments) drawn from `pick`. */
function writeYaml(data: Record<string, unknown> | unknown[], pick: () => number, eol: string): string {
  const width = 1 + (pick() % 4);
  const scalar = (value: string, inFlow: boolean): string => {
    const style = pick() % 3;
    if (style === 1) return `'${value.replace(/'/g, "''")}'`;
    if (style === 2 && !value.includes('"')) return `"${value}"`;
    // Plain where a reader could take it so; quoted where it would change the value.
    const plainSafe = value !== '' && !/^[-?:,[\]{}#&*!|>'"%@`\s]|: |:$| #|\s$/.test(value) && !(inFlow && /[,[\]{}:#]/.test(value));
    return plainSafe ? value : `'${value.replace(/'/g, "''")}'`;
  };
  const flow = (value: unknown): string => {
    if (typeof value === 'string') return scalar(value, true);
    if (Array.isArray(value)) return `[${value.map(flow).join(pick() % 2 ? ', ' : ',')}]`;
    const entries = Object.entries(value as object);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  };
  const comment = () => (pick() % 5 === 0 ? ' # note' : '');
  const lines: string[] = [];
  const block = (value: Record<string, unknown> | unknown[], indent: string, first: string | null) => {
    // `first`: the text before the first line's content (`- ` of the item it stands in).
    const entries: [string | null, unknown][] = Array.isArray(value) ? value.map((v) => [null, v]) : Object.entries(value);
    entries.forEach(([key, v], i) => {
      const lead = i === 0 && first !== null ? first : indent;
      const head = key === null ? `${lead}- ` : `${lead}${key}:`;
      const inner = indent + ' '.repeat(width);
      if (pick() % 7 === 0) lines.push(`${indent}# a comment`);
      if (pick() % 9 === 0) lines.push('');
      const empty = v !== null && typeof v === 'object' && Object.keys(v).length === 0;
      if (typeof v === 'string' || empty || pick() % 4 === 0) {
        lines.push(`${head}${key === null ? '' : ' '}${typeof v === 'string' ? scalar(v, false) : flow(v)}${comment()}`);
      } else if (key === null && !Array.isArray(v)) {
        // `- key: value`: the item's mapping starts on the dash's line.
        block(v as Record<string, unknown>, `${indent}  `, `${indent}- `);
      } else {
        lines.push(`${head}${comment()}`);
        // A list under a key may stand at the key's own indentation.
        block(v as Record<string, unknown> | unknown[], Array.isArray(v) && key !== null && pick() % 2 ? indent : inner, null);
      }
    });
  };
  block(data, '', null);
  return lines.join(eol) + eol;
}

describe('the fast reader on YAML written the ways clerks write it', () => {
  it('reads what it accepts as the exact path does, and accepts most of it', () => {
    const read = fastParse;
    let accepted = 0;
    const runs = 3000;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...KEYS), dataArb, { minKeys: 1, maxKeys: 5 }),
        fc.infiniteStream(fc.nat()),
        fc.constantFrom('\n', '\r\n'),
        (data, choices, eol) => {
          const pick = () => choices.next().value as number;
          if (expectSameAsExact(writeYaml(data, pick, eol), read)) accepted++;
        },
      ),
      { numRuns: runs },
    );
    expect(accepted).toBeGreaterThan(runs * 0.6);
  }, 300_000);
});
