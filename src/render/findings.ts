// `ebz check` output: text like a good linter, JSON exactly as DESIGN §4, and Markdown.
import type { ChalkInstance } from 'chalk';
import { severityWord, t, type Lang } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';
import type { CheckResult } from '../rules/check.js';
import { renderCheckJson, type CheckFormat } from './check-json.js';
import { DEFAULT_WIDTH } from './width.js';
import { displayWidth, padEnd, padStart, wrapText } from './wrap.js';
import { mdText, safeText } from './text.js';

export { CHECK_FORMATS, renderCheckJson, type CheckFormat } from './check-json.js';

export interface RenderOptions {
  lang: Lang;
  paint: ChalkInstance;
  /** Columns of the terminal to fit (text only); 80 when not given. */
  width?: number;
  /** Names a line never breaks inside (the units' names and short names); dates never are either. */
  keep?: readonly string[];
}

const INDENT = 2;
const GAP = 2;
/** Narrower than this, a message beside rule and clause reads badly: they go under it instead. */
const MIN_MESSAGE = 40;

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
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

/** Past this many findings of one rule in one unit, text and Markdown list the first SHOWN and count the rest (JSON lists all). */
const GROUP_FROM = 50;
const SHOWN = 20;

interface Folded {
  rule: string;
  severity: Finding['severity'];
  /** The one file the rest lie in, or the folder they share. */
  where: string;
  total: number;
}

/** The findings to list one by one, and for each rule and unit with too many, what the rest were: one pass each. */
function foldFindings(findings: Finding[]): { listed: Finding[]; folded: Folded[] } {
  const key = (f: Finding) => `${f.unit ?? ''}\0${f.rule}`;
  const totals = new Map<string, number>();
  for (const f of findings) totals.set(key(f), (totals.get(key(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const groups = new Map<string, Folded>();
  const listed: Finding[] = [];
  for (const f of findings) {
    const k = key(f);
    const total = totals.get(k)!;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (total <= GROUP_FROM || n <= SHOWN) listed.push(f);
    if (total <= GROUP_FROM) continue;
    // Where they all lie: their one file, or the longest folder all of them share.
    const group = groups.get(k);
    if (group) group.where = sharedPath(group.where, f.file);
    else groups.set(k, { rule: f.rule, severity: f.severity, where: f.file, total });
  }
  const folded = [...groups.values()];
  for (const group of folded) group.where ||= '.';
  return { listed, folded };
}

/** The longest path both start with, by whole segments. */
function sharedPath(a: string, b: string): string {
  if (a === b) return a;
  const as = a.split('/');
  const bs = b.split('/');
  let i = 0;
  while (i < as.length && i < bs.length && as[i] === bs[i]) i++;
  return as.slice(0, i).join('/');
}

function foldedLine(group: Folded, lang: Lang): string {
  const data = { where: group.where, rule: group.rule, total: group.total, shown: SHOWN };
  return t(lang, group.rule === 'file-unknown' ? 'unknownFilesGrouped' : 'findingsGrouped', data);
}

/**
 * One block per file; each finding as place, severity and message, the message wrapping under its own
 * column. Where the terminal is wide enough, rule and clause follow the message's first line as two more
 * columns; otherwise they take a line of their own under the message.
 */
export function renderCheckText(result: CheckResult, { lang, paint, width = DEFAULT_WIDTH, keep = [] }: RenderOptions): string {
  const colour = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const lines: string[] = [];
  const { listed, folded } = foldFindings(result.findings);
  for (const [file, findings] of groupByFile(listed)) {
    const rows = findings.map((f) => ({
      place: place(f),
      severity: severityWord(f.severity, lang),
      message: safeText(f.message),
      rule: f.rule,
      clause: f.clause ?? '',
      raw: f,
    }));
    const widest = (key: 'place' | 'severity' | 'message' | 'rule' | 'clause') => rows.reduce((most, r) => Math.max(most, displayWidth(r[key])), 0);
    const [wPlace, wSeverity, wRule, wClause] = [widest('place'), widest('severity'), widest('rule'), widest('clause')];
    const lead = INDENT + wPlace + GAP + wSeverity + GAP;
    const besideWidth = width - lead - GAP - wRule - (wClause > 0 ? GAP + wClause : 0);
    const beside = besideWidth >= MIN_MESSAGE && widest('message') <= besideWidth;
    const wMessage = Math.min(widest('message'), beside ? besideWidth : width - lead);
    const under = ' '.repeat(lead);
    lines.push(paint.underline(safeText(file)));
    for (const row of rows) {
      const message = wrapText(row.message, wMessage, keep);
      const head = `${' '.repeat(INDENT)}${paint.dim(padStart(row.place, wPlace))}${' '.repeat(GAP)}${colour[row.raw.severity](padEnd(row.severity, wSeverity))}${' '.repeat(GAP)}`;
      if (beside) {
        const tail = [paint.dim(padEnd(row.rule, wRule)), paint.dim(row.clause)].join(' '.repeat(GAP));
        lines.push(`${head}${padEnd(message[0]!, wMessage)}${' '.repeat(GAP)}${tail}`.trimEnd());
        for (const more of message.slice(1)) lines.push(`${under}${more}`);
      } else {
        lines.push(`${head}${message[0]}`.trimEnd());
        for (const more of message.slice(1)) lines.push(`${under}${more}`);
        for (const ref of wrapText([row.rule, row.clause].filter(Boolean).join('  '), width - lead)) lines.push(`${under}${paint.dim(ref)}`);
      }
    }
    lines.push('');
  }
  for (const group of folded) for (const line of wrapText(safeText(foldedLine(group, lang)), width, keep)) lines.push(colour[group.severity](line));
  if (folded.length > 0) lines.push('');
  const { errors, warnings } = result.summary;
  const summary = wrapText(summaryLine(result, lang), width).join('\n');
  lines.push(errors > 0 ? paint.red.bold(summary) : warnings > 0 ? paint.yellow.bold(summary) : paint.green(summary));
  return lines.join('\n') + '\n';
}

function mdCell(text: string): string {
  return mdText(text);
}

export function renderCheckMd(result: CheckResult, { lang }: RenderOptions): string {
  const lines = [`# ${mdCell(t(lang, 'mdTitle', { campaign: result.campaign, asOf: result.asOf }))}`, '', summaryLine(result, lang), ''];
  if (result.findings.length > 0) {
    const header = (['colFile', 'colPlace', 'colSeverity', 'colMessage', 'colRule', 'colClause'] as const).map((id) => t(lang, id));
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    const { listed, folded } = foldFindings(result.findings);
    for (const f of listed) {
      const cells = [mdCell(f.file), place(f), severityWord(f.severity, lang), mdCell(f.message), `\`${f.rule}\``, f.clause ?? ''];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
    for (const group of folded) lines.push(`- ${mdCell(foldedLine(group, lang))}`);
    if (folded.length > 0) lines.push('');
  }
  return lines.join('\n');
}

export const checkRenderers: Record<CheckFormat, (result: CheckResult, options: RenderOptions) => string> = {
  text: renderCheckText,
  json: renderCheckJson,
  md: renderCheckMd,
};
