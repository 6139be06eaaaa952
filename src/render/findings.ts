// `ebz check` output: text like a good linter, JSON exactly as DESIGN §4, and Markdown.
import type { ChalkInstance } from 'chalk';
import { severityWord, t, type Lang } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import type { CheckResult } from '../rules/check.js';
import { displayWidth, padEnd, padStart, safeText } from './text.js';

export type CheckFormat = 'text' | 'json' | 'md';
export const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'md'];

export interface RenderOptions {
  lang: Lang;
  paint: ChalkInstance;
}

function place(finding: Finding): string {
  return finding.line === null ? '—' : `${finding.line}:${finding.column}`;
}

function summaryLine(result: CheckResult, lang: Lang): string {
  const { errors, warnings, infos, units, files } = result.summary;
  const data = { total: errors + warnings + infos, errors, warnings, infos, units, files, asOf: result.asOf };
  if (errors + warnings + infos === 0) return t(lang, 'noProblems', data);
  if (errors + warnings === 0) return t(lang, 'summaryInfoOnly', data);
  return t(lang, 'summary', data);
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  return groups;
}

export function renderCheckText(result: CheckResult, { lang, paint }: RenderOptions): string {
  const colour = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const lines: string[] = [];
  for (const [file, findings] of groupByFile(result.findings)) {
    const rows = findings.map((f) => ({
      place: place(f),
      severity: severityWord(f.severity, lang),
      message: safeText(f.message),
      rule: f.rule,
      clause: f.clause ?? '',
      raw: f,
    }));
    const width = (key: 'place' | 'severity' | 'message' | 'rule') => Math.max(...rows.map((r) => displayWidth(r[key])));
    const [wPlace, wSeverity, wMessage, wRule] = [width('place'), width('severity'), width('message'), width('rule')];
    lines.push(paint.underline(safeText(file)));
    for (const row of rows) {
      const cells = [
        paint.dim(padStart(row.place, wPlace)),
        colour[row.raw.severity](padEnd(row.severity, wSeverity)),
        padEnd(row.message, wMessage),
        paint.dim(padEnd(row.rule, wRule)),
        paint.dim(row.clause),
      ];
      lines.push(`  ${cells.join('  ')}`.trimEnd());
    }
    lines.push('');
  }
  const { errors, warnings } = result.summary;
  const summary = summaryLine(result, lang);
  lines.push(errors > 0 ? paint.red.bold(summary) : warnings > 0 ? paint.yellow.bold(summary) : paint.green(summary));
  return lines.join('\n') + '\n';
}

export function renderCheckJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

function mdCell(text: string): string {
  return safeText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export function renderCheckMd(result: CheckResult, { lang }: RenderOptions): string {
  const lines = [`# ${mdCell(t(lang, 'mdTitle', { campaign: result.campaign, asOf: result.asOf }))}`, '', summaryLine(result, lang), ''];
  if (result.findings.length > 0) {
    const header = (['colFile', 'colPlace', 'colSeverity', 'colMessage', 'colRule', 'colClause'] as const).map((id) => t(lang, id));
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const f of result.findings) {
      const cells = [mdCell(f.file), place(f), severityWord(f.severity, lang), mdCell(f.message), `\`${f.rule}\``, f.clause ?? ''];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export const checkRenderers: Record<CheckFormat, (result: CheckResult, options: RenderOptions) => string> = {
  text: renderCheckText,
  json: renderCheckJson,
  md: renderCheckMd,
};
