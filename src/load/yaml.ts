// YAML 1.2 parsing that keeps positions, and the mapping of a data path to line:column.
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { DataPath } from '../model/types.js';
import { yamlLib } from './yaml-lib.js';

export type { DataPath };

export interface Position {
  line: number;
  column: number;
}

export type YamlProblemKind = 'syntax' | 'duplicate-key' | 'alias-limit' | 'multi-document' | 'collection-key';

export interface YamlProblem {
  kind: YamlProblemKind;
  position: Position;
  /** The parser's error code (BAD_INDENT, MISSING_CHAR, …) and its own words. */
  code: string;
  detail: string;
  /** The text of the offending line, to spot a full-width colon or a tab. */
  lineText: string;
}

export interface ParsedYaml {
  /** The plain data, or undefined when the text could not be parsed. */
  data: unknown;
  problems: YamlProblem[];
  locate(path: DataPath, target?: 'value' | 'key'): Position;
}

const MAX_ALIAS_COUNT = 100;

export function parseYaml(source: string): ParsedYaml {
  const { LineCounter, parseDocument, isScalar, visit } = yamlLib();
  // A lone CR (old Mac line ends) is a line break to a clerk; the same length keeps every offset.
  const text = source.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  // The core schema whatever a `%YAML 1.1` directive says: dates stay text, `yes` stays a word.
  // Repeated keys are found below with one set per mapping: the parser's own check is quadratic.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2', schema: 'core' });
  const lines = text.split(/\r\n|\r|\n/);
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (kind: YamlProblemKind, offset: number, code: string, detail: string): YamlProblem => {
    const pos = position(offset);
    return { kind, position: pos, code, detail, lineText: lines[pos.line - 1] ?? '' };
  };

  // The first syntax error is the one that matters: what follows it is usually its echo. Duplicate
  // keys are reported only in a file that otherwise parsed.
  const syntax = doc.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const problems: YamlProblem[] = syntax
    ? [syntaxProblem(syntax.code, syntax.pos[0], syntax.message)]
    : repeatedKeys(doc).map((offset) => problem('duplicate-key', offset, 'DUPLICATE_KEY', 'Map keys must be unique'));
  function syntaxProblem(code: string, offset: number, message: string): YamlProblem {
    if (code === 'MULTIPLE_DOCS') return problem('multi-document', offset, code, message);
    // An unclosed flow map or sequence is reported where the parser gave up; point at its opening bracket.
    if (/end with a [}\]]/.test(message)) return problem('syntax', unclosedBracket(text, offset) ?? offset, 'MISSING_CHAR', message);
    return problem('syntax', offset, code, message);
  }
  const index: PairIndex = new WeakMap();
  let data: unknown;
  // A list or mapping used as a key has no place in a plain object: a finding at the key, not a warning.
  if (!syntax) {
    visit(doc, {
      Pair(_, pair) {
        const key = pair.key as Node | null;
        if (key && !isScalar(key)) {
          problems.push(problem('collection-key', key.range?.[0] ?? 0, 'COLLECTION_KEY', 'a collection used as a key'));
          return visit.BREAK;
        }
        return undefined;
      },
    });
  }
  if (!syntax && !problems.some((p) => p.kind === 'collection-key')) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push(problem('alias-limit', 0, 'ALIAS_LIMIT', error instanceof Error ? error.message : String(error)));
    }
  }
  return {
    data,
    problems,
    locate: (path, target = 'value') => position(offsetOf(doc, path, target, index)),
  };
}

/** The offset of every key that repeats an earlier key of its mapping: one set per mapping, linear. */
function repeatedKeys(doc: Document): number[] {
  const { isScalar, visit } = yamlLib();
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const value = isScalar(key) ? key.value : key;
        if (seen.has(value)) offsets.push(key?.range?.[0] ?? 0);
        else seen.add(value);
      }
    },
  });
  return offsets.sort((a, b) => a - b);
}

/** Each mapping's pairs by key, built the first time the mapping is searched: locating stays linear. */
type PairIndex = WeakMap<object, Map<string, Pair>>;

function pairOf(map: YAMLMap, key: string, index: PairIndex): Pair | undefined {
  const { isPair, isScalar } = yamlLib();
  let pairs = index.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key) && !pairs.has(String(item.key.value))) pairs.set(String(item.key.value), item);
    }
    index.set(map, pairs);
  }
  return pairs.get(key);
}

/**
 * The start offset of the node at `path` — its key when `target` is 'key' — or of the nearest
 * existing ancestor when the path runs past what is there (a missing field lands on its parent map).
 */
function offsetOf(doc: Document, path: DataPath, target: 'value' | 'key', index: PairIndex): number {
  const { isMap, isSeq } = yamlLib();
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, String(segment), index);
      if (!pair) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      if (last && target === 'key') return key.range?.[0] ?? offset;
      node = value;
      offset = value?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

/** The offset of the last `{` or `[` before `end` that is never closed, skipping quoted text and comments. */
function unclosedBracket(text: string, end: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      i = close < 0 ? end : close;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? end : eol;
    } else if (c === '{' || c === '[') {
      open.push(i);
    } else if (c === '}' || c === ']') {
      open.pop();
    }
  }
  return open[open.length - 1];
}
