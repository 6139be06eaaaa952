// Reads one YAML file of a campaign: decode, parse keeping positions, validate against its schema.
import type { SourceFile } from '../model/files.js';
import type { Report } from '../model/finding.js';
import type { FileKind } from '../model/types.js';
import { cacheable } from './cache.js';
import { decodeText, type Encoding } from './decode.js';
import { fastParse, fastParseEnabled } from './fast-parse.js';
import { inspectData } from './limits.js';
import { describeField, validateData, type SchemaProblem } from './validate.js';
import { locatorOf, parseYaml, type Position, type YamlProblem } from './yaml.js';

/** What reading one file found: plain data (JSON-safe, for the read cache); its findings already located. */
export interface SourceResult {
  /** Path from the campaign root, `/` separators. */
  rel: string;
  unit: string | null;
  kind: FileKind;
  encoding: Encoding | null;
  /** The plain data, when the text parsed. */
  data: unknown;
  /**
   * Parsed without a syntax problem and valid against its schema — as written, or once what was
   * clearly meant (a date in another form, a misspelt key) is put right: safe for the rules to read.
   */
  valid: boolean;
  reports: Report[];
}

export type { SourceFile };

const NOWHERE: Position = { line: 1, column: 1 };

/**
 * A file as the rules see it. Positions are found again from the text only when a finding needs one,
 * and let go with `forget` once the file's findings are made: a large campaign keeps plain data in
 * memory, not every parsed YAML document.
 */
export function sourceFile(result: SourceResult, text: () => string | null): SourceFile {
  let locate: SourceFile['locate'] | undefined;
  return {
    rel: result.rel,
    unit: result.unit,
    kind: result.kind,
    encoding: result.encoding,
    data: compact(result.data),
    valid: result.valid,
    locate(path, target) {
      if (!locate) {
        const source = text();
        locate = source === null ? () => NOWHERE : locatorOf(source);
      }
      return locate(path, target);
    },
    forget() {
      locate = undefined;
    },
  };
}

/**
 * Plain data as JSON would give it back, when it survives JSON unchanged: its strings no longer hold on
 * to the whole text of the file they were cut from, which roughly halves what a large campaign keeps in
 * memory. Anything else (a `.nan`, a value too large) is kept as it is.
 */
function compact(data: unknown): unknown {
  return data !== null && typeof data === 'object' && cacheable(data, MAX_COMPACT) ? JSON.parse(JSON.stringify(data)) : data;
}
const MAX_COMPACT = 4 * 1024 * 1024;

/**
 * The fast path's data for a file's text: only for a file it reads exactly as the exact path would and
 * that has no finding (it keeps the limits of limits.ts itself); undefined for any other file, which
 * the exact path reads, with positions.
 */
function fastData(kind: FileKind, text: string): unknown {
  const data = fastParseEnabled() ? fastParse(text) : undefined;
  return data !== undefined && validateData(kind, data).length === 0 ? data : undefined;
}

/**
 * What reading a file finds when the fast path alone can tell: a file in UTF-8 or UTF-16 that it reads,
 * valid and without a finding. Undefined when analyzeSource must look further (the exact path).
 */
export function fastSource(rel: string, unit: string | null, kind: FileKind, bytes: Uint8Array): SourceResult | undefined {
  const decoded = decodeText(bytes);
  if (!decoded || decoded.encoding === 'gb18030') return undefined;
  const data = fastData(kind, decoded.text);
  return data === undefined ? undefined : { rel, unit, kind, encoding: decoded.encoding, data, valid: true, reports: [] };
}

/** What reading a file finds; `tryFast` false when the fast path has already declined it (fastSource). */
export function analyzeSource(rel: string, unit: string | null, kind: FileKind, bytes: Uint8Array, tryFast = true): SourceResult {
  const reports: Report[] = [];
  const report = (rule: string, messageId: string, data: Report['data'], at: Position | null = NOWHERE) =>
    reports.push({ rule, messageId, data, unit, file: rel, line: at?.line ?? null, column: at?.column ?? null });
  const result = (encoding: Encoding | null, data: unknown, valid: boolean): SourceResult => ({ rel, unit, kind, encoding, data, valid, reports });

  const decoded = decodeText(bytes);
  if (!decoded) {
    report('file-encoding', 'undecodable', { file: rel });
    return result(null, undefined, false);
  }
  if (decoded.encoding === 'gb18030') report('file-encoding', 'gb18030', { file: rel });

  const fast = tryFast ? fastData(kind, decoded.text) : undefined;
  if (fast !== undefined) return result(decoded.encoding, fast, true);

  const parsed = parseYaml(decoded.text);
  for (const problem of parsed.problems) report(...yamlReport(problem), problem.position);

  let valid = parsed.problems.length === 0;
  if (parsed.data !== undefined && !parsed.problems.some((p) => p.kind !== 'duplicate-key')) {
    const fullWidth = typeof parsed.data === 'string' ? fullWidthAt(decoded.text) : null;
    if (parsed.data === null) {
      report('schema', 'emptyFile', {});
      valid = false;
    } else if (fullWidth) {
      // `unit：fgw` or `unit:　fgw` reads as one text, not a key: the input method's character is the problem.
      report('yaml-syntax', fullWidth.messageId, { line: fullWidth.line }, { line: fullWidth.line, column: 1 });
      valid = false;
    } else {
      // Limits first (one walk, no recursion): a bomb is refused whole; a list or mapping too long is not
      // validated item by item; a number that is not finite is a finding at its node.
      const limits = inspectData(parsed.data);
      if (limits.expansion) {
        report('yaml-syntax', 'aliasExpansion', {});
        return result(decoded.encoding, undefined, false);
      }
      for (const problem of limits.problems) {
        report('schema', problem.messageId, { ...describeField(kind, problem.path), ...problem.data }, parsed.locate(problem.path));
      }
      if (limits.problems.length > 0) {
        if (limits.problems.some((p) => p.messageId !== 'notFinite')) return result(decoded.encoding, parsed.data, false);
        for (const problem of validateData(kind, parsed.data)) report('schema', problem.messageId, problem.data, parsed.locate(problem.path, problem.target));
        return result(decoded.encoding, parsed.data, false);
      }
      const problems = validateData(kind, parsed.data);
      for (const problem of problems) report('schema', problem.messageId, problem.data, parsed.locate(problem.path, problem.target));
      if (problems.length > 0) {
        // What was clearly meant (a date written 2022/2/14, a misspelt key) is read as meant, so the
        // other rules still check the file; the schema findings above stay.
        const meant = valid ? repair(parsed.data, problems) : undefined;
        if (meant !== undefined && validateData(kind, meant).length === 0) return result(decoded.encoding, meant, true);
        valid = false;
      }
    }
  }
  return result(decoded.encoding, parsed.data, valid);
}

/** A copy of `data` with each repairable problem put right, or undefined when one is not repairable. */
function repair(data: unknown, problems: SchemaProblem[]): unknown {
  const repairable = (p: SchemaProblem) => p.messageId === 'dateForm' || p.messageId === 'monthForm' || p.messageId === 'unknownKeySuggest';
  if (!problems.every(repairable)) return undefined;
  const copy = structuredClone(data);
  for (const problem of problems) {
    const parentPath = problem.path.slice(0, -1);
    const key = problem.path[problem.path.length - 1];
    const parent = parentPath.reduce<unknown>((node, k) => (node as Record<string | number, unknown> | undefined)?.[k], copy) as
      | Record<string | number, unknown>
      | undefined;
    if (!parent || typeof parent !== 'object' || key === undefined) return undefined;
    if (problem.messageId === 'dateForm' || problem.messageId === 'monthForm' || problem.messageId === 'fullWidthDate') {
      parent[key] = problem.data.suggestion;
    } else if (problem.messageId === 'percentSign' || problem.messageId === 'fullWidthNumber') {
      parent[key] = Number(problem.data.suggestion);
    } else if (problem.messageId === 'unknownKeySuggest' && !(String(problem.data.suggestion) in parent)) {
      parent[String(problem.data.suggestion)] = parent[key];
      delete parent[key];
    } else {
      return undefined;
    }
  }
  return copy;
}

function fullWidthAt(text: string): { messageId: 'fullWidthColon' | 'fullWidthSpace'; line: number } | null {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => /^[^#]*?[：\u3000]/.test(line));
  if (index < 0) return null;
  return { messageId: /^[^#]*?：/.test(lines[index]!) ? 'fullWidthColon' : 'fullWidthSpace', line: index + 1 };
}

function yamlReport(problem: YamlProblem): [rule: string, messageId: string, data: Report['data']] {
  switch (problem.kind) {
    case 'duplicate-key':
      return ['yaml-duplicate-key', 'duplicate', { key: duplicateKeyName(problem.lineText, problem.position.column) }];
    case 'multi-document':
      return ['yaml-syntax', 'multiDocument', {}];
    case 'alias-limit':
      return ['yaml-syntax', 'aliasLimit', {}];
    case 'collection-key':
      return ['yaml-syntax', 'collectionKey', {}];
    case 'syntax': {
      // `key：value`, or `key:　value` with the input method's space after the colon.
      const fullWidth = /^[^:#]*?([：\u3000])/.exec(problem.lineText) ?? /^[^#]*?:(\u3000)/.exec(problem.lineText);
      if (fullWidth) return ['yaml-syntax', fullWidth[1] === '：' ? 'fullWidthColon' : 'fullWidthSpace', { line: problem.position.line }];
      if (/^\s*\t/.test(problem.lineText)) return ['yaml-syntax', 'tab', { line: problem.position.line }];
      const messageId = YAML_ERROR_MESSAGES[problem.code] ?? 'syntax';
      return ['yaml-syntax', messageId, { code: problem.code, detail: problem.detail.split('\n')[0] ?? '' }];
    }
  }
}

/** The yaml package's error codes that have a message of their own. */
const YAML_ERROR_MESSAGES: Record<string, string> = {
  BAD_INDENT: 'badIndent',
  TAB_AS_INDENT: 'tab',
  MISSING_CHAR: 'missingChar',
  BLOCK_AS_IMPLICIT_KEY: 'badIndent',
  MULTILINE_IMPLICIT_KEY: 'multilineKey',
  UNEXPECTED_TOKEN: 'unexpected',
  BAD_SCALAR_START: 'badScalarStart',
  MISSING_ANCHOR: 'missingAnchor',
  RESOURCE_EXHAUSTION: 'tooDeep',
  BAD_ALIAS: 'missingAnchor',
};

/** The key written at `column` of the line (the parser points at the repeated key). */
function duplicateKeyName(lineText: string, column: number): string {
  const match = /^["']?([^"':,{}[\]]+?)["']?\s*:/.exec(lineText.slice(column - 1));
  return match?.[1]?.trim() ?? lineText.trim();
}
