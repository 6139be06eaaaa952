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

export function parseYaml(text: string): ParsedYaml {
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

  const problems: YamlProblem[] = doc.errors.map((error) =>
    problem(error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : error.code === 'MULTIPLE_DOCS' ? 'multi-document' : 'syntax', error.pos[0], error.code, error.message),
  );
  const fatal = problems.some((p) => p.kind !== 'duplicate-key');
  let data: unknown;
  if (!fatal) {
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
