// Reads one YAML file of a campaign: decode, parse keeping positions, validate against its schema.
import type { Report } from '../model/finding.js';
import type { FileKind } from '../model/types.js';
import { decodeText, type Encoding } from './decode.js';
import { validateData } from './validate.js';
import { parseYaml, type DataPath, type Position, type YamlProblem } from './yaml.js';

export interface SourceFile {
  /** Path from the campaign root, `/` separators. */
  rel: string;
  unit: string | null;
  kind: FileKind;
  encoding: Encoding | null;
  /** The plain data, when the text parsed. */
  data: unknown;
  /** Parsed without any problem and valid against its schema: safe for the rules to read. */
  valid: boolean;
  locate(path: DataPath, target?: 'value' | 'key'): Position;
}

const NOWHERE: Position = { line: 1, column: 1 };

export function readSource(rel: string, unit: string | null, kind: FileKind, bytes: Uint8Array, reports: Report[]): SourceFile {
  const report = (rule: string, messageId: string, data: Report['data'], at: Position | null = NOWHERE) =>
    reports.push({ rule, messageId, data, unit, file: rel, line: at?.line ?? null, column: at?.column ?? null });

  const decoded = decodeText(bytes);
  if (!decoded) {
    report('file-encoding', 'undecodable', { file: rel });
    return { rel, unit, kind, encoding: null, data: undefined, valid: false, locate: () => NOWHERE };
  }
  if (decoded.encoding === 'gb18030') report('file-encoding', 'gb18030', { file: rel });

  const parsed = parseYaml(decoded.text);
  for (const problem of parsed.problems) report(...yamlReport(problem), problem.position);

  let valid = parsed.problems.length === 0;
  if (parsed.data !== undefined && !parsed.problems.some((p) => p.kind !== 'duplicate-key')) {
    if (parsed.data === null) {
      report('schema', 'emptyFile', {});
      valid = false;
    } else {
      for (const problem of validateData(kind, parsed.data)) {
        report('schema', problem.messageId, problem.data, parsed.locate(problem.path, problem.target));
        valid = false;
      }
    }
  }
  return { rel, unit, kind, encoding: decoded.encoding, data: parsed.data, valid, locate: parsed.locate };
}

function yamlReport(problem: YamlProblem): [rule: string, messageId: string, data: Report['data']] {
  switch (problem.kind) {
    case 'duplicate-key':
      return ['yaml-duplicate-key', 'duplicate', { key: duplicateKeyName(problem.lineText, problem.position.column) }];
    case 'multi-document':
      return ['yaml-syntax', 'multiDocument', {}];
    case 'alias-limit':
      return ['yaml-syntax', 'aliasLimit', {}];
    case 'syntax': {
      const fullWidth = /^[^:#]*?([：\u3000])/.exec(problem.lineText);
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
  BAD_ALIAS: 'missingAnchor',
};

/** The key written at `column` of the line (the parser points at the repeated key). */
function duplicateKeyName(lineText: string, column: number): string {
  const match = /^["']?([^"':,{}[\]]+?)["']?\s*:/.exec(lineText.slice(column - 1));
  return match?.[1]?.trim() ?? lineText.trim();
}
