// Findings: what a rule or the loader reports, before and after severity and language are applied.
import type { MessageData } from '../i18n/index.js';
import type { Severity } from './types.js';

/** What a rule or the loader says, located but not yet given its severity or its words. */
export interface Report {
  rule: string;
  messageId: string;
  data: MessageData;
  unit: string | null;
  /** Path from the campaign root with `/` separators. */
  file: string;
  line: number | null;
  column: number | null;
}

/** DESIGN §3: the public shape of a finding. */
export interface Finding {
  rule: string;
  severity: Severity;
  unit: string | null;
  file: string;
  line: number | null;
  column: number | null;
  message: string;
  clause: string | null;
}

/** The error messages of each file, by its path: what `compliance` counts and a bulletin quotes. */
export type ErrorsByFile = ReadonlyMap<string, readonly string[]>;

export function errorsByFile(findings: readonly Finding[]): ErrorsByFile {
  const byFile = new Map<string, string[]>();
  for (const finding of findings) if (finding.severity === 'error') byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding.message]);
  return byFile;
}
