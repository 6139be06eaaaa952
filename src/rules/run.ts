// Runs the catalogue over a campaign state and turns reports into findings: located, graded, worded.
import { fill, shorten, t, type Lang, type MessageData } from '../i18n/index.js';
import { messages as generalMessages, type MessageId } from '../i18n/messages.js';
import type { Scope } from '../model/files.js';
import { nearest } from '../load/validate.js';
import type { Workspace } from '../load/workspace.js';
import { EbzError } from '../model/errors.js';
import { filesOf } from '../model/files.js';
import type { Finding, Report } from '../model/finding.js';
import type { CampaignState } from '../model/state.js';
import type { Campaign, Severity } from '../model/types.js';
import { RULES, RULES_BY_ID } from './index.js';
import { profileRequirements } from './roster.js';
import type { RuleContext, Target } from './types.js';

/** Everything the rules and the loader report about the state, before severities and scope. */
export function collectReports(state: CampaignState): Report[] {
  // A folder the roster refuses has one finding, unit-not-member: nothing else is said of its files.
  const refused = new Set(state.nonMembers.map((folder) => folder.id));
  const reports = state.loaded.reports.filter((r) => !state.notYetSubmitted.has(r.file) && (r.unit === null || !refused.has(r.unit)));
  reports.push(...profileRequirements(state));
  const all = reports.length;
  const reporter =
    (rule: string, unit: string | null): RuleContext['report'] =>
    (target: Target, messageId: string, data: MessageData = {}) => {
      if ('source' in target) {
        const at = target.source.locate(target.path, target.at);
        reports.push({ rule, messageId, data, unit: target.source.unit, file: target.source.rel, line: at.line, column: at.column });
      } else {
        reports.push({ rule, messageId, data, unit: target.unit ?? unit, file: target.file, line: null, column: null });
      }
    };
  for (const rule of RULES) if (rule.scope === 'campaign') rule.check({ state, report: reporter(rule.id, null) });
  // Unit by unit: the positions found in a unit's files are let go once its findings are made.
  for (const unit of state.units) {
    for (const rule of RULES) if (rule.scope === 'unit') rule.check({ state, unit, report: reporter(rule.id, unit.id) });
    for (const file of filesOf(unit.folder)) file.forget();
  }
  return withoutMissingInUnreadable(reports, all);
}

/**
 * A folder that could not be listed is one error (yaml-syntax folderUnreadable): the documents it should
 * hold are not also each called missing, nor its unit's profile. Only the rules' reports, after the
 * loader's first `loaded`, are looked at.
 */
function withoutMissingInUnreadable(reports: Report[], loaded: number): Report[] {
  const folders = reports.slice(0, loaded).filter((r) => r.rule === 'yaml-syntax' && r.messageId === 'folderUnreadable').map((r) => `${r.file}/`);
  if (folders.length === 0) return reports;
  return reports.filter((r, i) => i < loaded || !r.rule.endsWith('-missing') || !folders.some((folder) => r.file.startsWith(folder)));
}

/** The words of a report in a language: its rule's message, or a general one. */
export function messageOf(report: Pick<Report, 'rule' | 'messageId' | 'data'>, lang: Lang): string {
  const rule = RULES_BY_ID.get(report.rule);
  const template = rule?.messages[report.messageId];
  if (template) return shorten(fill(template[lang], rule.localize ? rule.localize(report.data, lang) : report.data).trim());
  if (report.messageId in generalMessages) return shorten(t(lang, report.messageId as MessageId, report.data));
  return `${report.rule}: ${report.messageId}`;
}

export interface FindingOptions {
  lang: Lang;
  scope: Scope;
  /** Only these units (--unit); empty for all. */
  units: readonly string[];
}

/** The findings of the reports that the options cover, with the severities `campaign` sets, worded. */
export function toFindings(campaign: Pick<Campaign, 'rules'>, reports: Report[], options: FindingOptions): Finding[] {
  const settings = campaign.rules;
  const findings: Finding[] = [];
  for (const report of reports) {
    if (!inScope(report, options.scope, options.units)) continue;
    const rule = RULES_BY_ID.get(report.rule);
    const setting = settings[report.rule] ?? rule?.messageSeverity?.[report.messageId] ?? rule?.severity ?? 'error';
    if (setting === 'off') continue;
    findings.push({
      rule: report.rule,
      severity: setting as Severity,
      unit: report.unit,
      file: report.file,
      line: report.line,
      column: report.column,
      message: messageOf(report, options.lang),
      clause: rule?.clause ?? null,
    });
  }
  return findings.sort(compareFindings);
}

/** Whether what is at `file` of `unit` is covered by the path given and the --unit filter. */
export function inScope(item: { unit: string | null; file: string }, scope: Scope, units: readonly string[]): boolean {
  if (units.length > 0 && (item.unit === null || !units.includes(item.unit))) return false;
  if (scope.kind === 'unit') return item.unit === scope.unit;
  if (scope.kind === 'file') return item.file === scope.file || item.file.startsWith(`${scope.file}/`);
  return true;
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const lineA = a.line ?? 0;
  const lineB = b.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  if ((a.column ?? 0) !== (b.column ?? 0)) return (a.column ?? 0) - (b.column ?? 0);
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/** Stops with exit 2 when campaign.yaml cannot serve as a yardstick (DESIGN §2). */
export function assertCampaignUsable(workspace: Workspace, lang: Lang): void {
  const problems = [...workspace.campaignProblems];
  if (problems.length === 0) {
    for (const id of Object.keys(workspace.campaign.rules)) {
      if (RULES_BY_ID.has(id)) continue;
      const at = workspace.campaignFile?.locate(['rules', id], 'key');
      const suggestion = nearest(id, [...RULES_BY_ID.keys()]);
      problems.push({
        rule: 'campaign',
        messageId: suggestion ? 'campaignUnknownRuleSuggest' : 'campaignUnknownRule',
        data: { id, suggestion: suggestion ?? '' },
        unit: null,
        file: 'campaign.yaml',
        line: at?.line ?? null,
        column: at?.column ?? null,
      });
    }
  }
  const first = problems[0];
  if (!first) return;
  const where = first.line === null ? first.file : `${first.file}:${first.line}:${first.column}`;
  throw new EbzError(problems.length > 1 ? 'campaignInvalidMore' : 'campaignInvalid', {
    where,
    message: messageOf(first, lang),
    more: problems.length - 1,
  });
}
