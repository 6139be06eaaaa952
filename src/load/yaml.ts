// YAML 1.2 parsing that keeps positions, and the mapping of a data path to line:column.
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export type YamlProblemKind = 'syntax' | 'duplicate-key' | 'alias-limit' | 'multi-document';

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
  // A lone CR (old Mac line ends) is a line break to a clerk; the same length keeps every offset.
  const text = source.replace(/\r(?!\n)/g, '\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
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
    : doc.errors.map((error) => problem('duplicate-key', error.pos[0], error.code, error.message));
  function syntaxProblem(code: string, offset: number, message: string): YamlProblem {
    if (code === 'MULTIPLE_DOCS') return problem('multi-document', offset, code, message);
    // An unclosed flow map or sequence is reported where the parser gave up; point at its opening bracket.
    if (/end with a [}\]]/.test(message)) return problem('syntax', unclosedBracket(text, offset) ?? offset, 'MISSING_CHAR', message);
    return problem('syntax', offset, code, message);
  }
  let data: unknown;
  if (!syntax) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      problems.push(problem('alias-limit', 0, 'ALIAS_LIMIT', error instanceof Error ? error.message : String(error)));
    }
  }
  return {
    data,
    problems,
    locate: (path, target = 'value') => position(offsetOf(doc, path, target)),
  };
}

/**
 * The start offset of the node at `path` — its key when `target` is 'key' — or of the nearest
 * existing ancestor when the path runs past what is there (a missing field lands on its parent map).
 */
function offsetOf(doc: Document, path: DataPath, target: 'value' | 'key'): number {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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
