// The fast path of reading a file: js-yaml 4, plain data without positions, the YAML 1.2 core scalars
// resolved exactly as the `yaml` package resolves them. It answers only for text it is sure to read as
// yaml does; for anything else the answer is undefined and the exact path (yaml.ts) reads the file. A file
// with a finding is always read again on the exact path (source.ts), so every finding, position and
// message comes from the same parser either way.
//
// Why js-yaml: on the files of `npm run bench` (18,001 files, 6.2 M characters) the `yaml` package's own
// Lexer and Parser (the CST alone, before any Document is composed) take 18.9 s and its parseDocument
// 25.6 s, js-yaml 4 2.2 s (one loaded core).
//
// Every screening here runs in time linear in the text, by construction: UNSURE repeats only single
// character classes, never a group, and each repetition is followed by a character it cannot match (or
// the line's end), so a failed attempt gives up after one look at the run; collectionKeyInFlowMap is one
// pass over the text. (A pattern that repeated a group of comments once took exponential time on a
// banner of `# # # …` after a comma.)
import { FAILSAFE_SCHEMA, load, Type, type LoadOptions } from 'js-yaml';
import { coreValue, NOT_CORE, plainKey } from './core-scalar.js';
import { FAST_LIMITS } from './limits.js';

/** `EBZ_FAST_PARSE=off` reads every file on the exact path; unset or `on` uses the fast path where it is safe. */
export function fastParseEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env.EBZ_FAST_PARSE;
  return setting !== 'off' && setting !== '0';
}

/**
 * One implicit js-yaml type for every core scalar: js-yaml tries implicit types on plain scalars only
 * (quoted and block scalars stay strings), as YAML 1.2 says and as yaml does.
 */
let resolvedText: string | null = null;
let resolvedValue: unknown;
const coreScalar = new Type('tag:ebz:core-scalar', {
  kind: 'scalar',
  // js-yaml constructs right after a scalar resolves: the value found then is kept, not found twice.
  resolve: (text: unknown) => {
    if (typeof text !== 'string') return false;
    const value = coreValue(text);
    if (value === NOT_CORE) return false;
    resolvedText = text;
    resolvedValue = value;
    return true;
  },
  construct: (text: string) => (resolvedText === text ? resolvedValue : coreValue(text)),
});
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

/**
 * Text both parsers might read differently, or that yaml reports on: anchors, aliases and tags (`&`
 * `*` `!`), directives and document markers, merge keys, complex keys (`? `), tabs, escapes (`\`), lone
 * CR line ends, a byte-order mark, control characters, a comment glued to a quote or bracket (`"a"#`,
 * which yaml refuses), a list or mapping as a key (`[a]: b`; `{a, [b]}` is found by
 * collectionKeyInFlowMap), an empty or nested compact list item (`- - `, a lone `-`, `- # …`, where js-yaml 4
 * nests the next item or accepts a shallower one), a block scalar's indentation or keep indicator (`|2`, `>+`), and the key `__proto__`.
 */
const UNSURE = /[&*!\\\t\uFEFF\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)|<<|\?(?:[ \r\n]|$)|[\]}"',]#|[\]}] *:|(?:^|\s)-[ ]*(?:#.*)?\r?$|[|>](?:[-+]?[0-9]|\+)|(?:^|\s)-[ ]+-(?:\s|$)|^(?:%|---|\.\.\.)|__proto__/m;

/**
 * The plain data of `text` when the fast path can read it exactly as the exact path would and it is
 * a mapping or a list; undefined when the exact path must read it.
 */
export function fastParse(text: string): unknown {
  if (text.length > FAST_LIMITS.textLength || UNSURE.test(text) || collectionKeyInFlowMap(text)) return undefined;
  let data: unknown;
  let warned = false;
  try {
    // maxDepth is js-yaml 4.3's nesting limit (not yet in its type declarations).
    const options: LoadOptions & { maxDepth: number } = { schema: SCHEMA, maxDepth: FAST_LIMITS.depth, onWarning: () => (warned = true) };
    data = load(text, options);
  } catch {
    return undefined;
  }
  if (warned || data === null || typeof data !== 'object') return undefined;
  return plainKeys(data, 0) ? data : undefined;
}

/**
 * A bracket or a comment after `{` or `,`: linear, since a run of spaces follows at most one `{` or `,`
 * and the character after the run is tried once (no group is repeated, unlike the pattern it replaces).
 */
const MAY_OPEN_AFTER_SEPARATOR = /[{,]\s*[[{#]/;

/**
 * A list or mapping written as a key with no value inside a flow mapping (`{a, [b]}`, `{ {c} }`): js-yaml
 * and yaml name such a key differently. Brackets are followed outside quoted scalars and comments (escapes
 * never reach here: `\\` is unsure); where it cannot follow them it answers yes more often, never less.
 */
function collectionKeyInFlowMap(text: string): boolean {
  // Without a `{` there is no flow mapping; without a `[`, `{` or comment right after a `{` or `,` (spaces
  // and line breaks between) no collection can follow one. Otherwise one pass over the text, each
  // character looked at once (a quoted scalar or a comment is skipped to its end).
  if (!text.includes('{') || !MAY_OPEN_AFTER_SEPARATOR.test(text)) return false;
  const open: number[] = [];
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d) continue;
    // A quote opens a quoted scalar right after `{`, `[` or `,`, or after `: ` or `- `.
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const opensQuote =
      (c === 0x22 || c === 0x27) &&
      (i === 0 || previous === 0x7b || previous === 0x5b || previous === 0x2c || ((previous === 0x3a || previous === 0x2d) && before === 0x20));
    if (opensQuote) {
      // Skip to its closing quote ('' is a quote inside single quotes).
      let end = text.indexOf(String.fromCharCode(c), i + 1);
      while (c === 0x27 && end >= 0 && text.charCodeAt(end + 1) === 0x27) end = text.indexOf("'", end + 2);
      if (end < 0) return true;
      i = end;
    } else if ((c === 0x22 || c === 0x27) && open.length > 0) {
      // A quote it cannot place inside a flow collection: any collection after `{` or `,` counts. (Linear:
      // a run of spaces follows at most one `{` or `,`, so it is scanned from one start only.)
      return /[{,]\s*[[{]/.test(text);
    } else if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol - 1;
      continue;
    } else if (c === 0x5b || c === 0x7b) {
      if (open[open.length - 1] === 0x7b && (previous === 0x7b || previous === 0x2c)) return true;
      open.push(c);
    } else if (c === 0x5d || c === 0x7d) {
      open.pop();
    }
    previous = c;
  }
  return false;
}

/** Keys yaml would write differently as a JS key (null → '', 1.0 → '1'), a collection past a limit, or .nan/.inf. */
function plainKeys(node: unknown, depth: number): boolean {
  if (typeof node === 'number') return Number.isFinite(node);
  if (node === null || typeof node !== 'object') return true;
  if (depth > FAST_LIMITS.depth) return false;
  if (Array.isArray(node)) return node.length <= FAST_LIMITS.items && node.every((item) => plainKeys(item, depth + 1));
  const keys = Object.keys(node);
  if (keys.length > FAST_LIMITS.keys) return false;
  for (const key of keys) {
    if (!plainKey(key)) return false;
    if (!plainKeys((node as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}
