// 存在问题 of a bulletin: what is overdue or blocked, what is missing, and which submitted documents have errors.
import { documentCovers } from '../calendar/schedule.js';
import { unitName, unitShortName } from '../model/roster.js';
import type { Lang } from '../i18n/index.js';
import { documentName } from '../i18n/periods.js';
import type { Analysis } from './analysis.js';
import { buildMonthlyReport, type ChaseItem, type MissingItem } from './monthly.js';

export interface DocumentErrors {
  unit: string;
  name: string;
  /** The roster's short name (简称) for tables and lists of names; the full name where none is given. */
  short: string;
  document: string;
  documentName: string;
  errors: number;
  /** The errors in words, as `check` says them. */
  messages: string[];
}

export interface Problems {
  chase: ChaseItem[];
  missing: MissingItem[];
  errors: DocumentErrors[];
}

/** The problems as of the analysis' date, the chase list and missing list as the month's report has them. */
export function buildProblems(analysis: Analysis, month: string, lang: Lang): Problems {
  const { chase, missing } = buildMonthlyReport(analysis.state, month, false, lang);
  const errors: DocumentErrors[] = [];
  for (const unit of analysis.state.units) {
    for (const d of unit.documents) {
      const messages = d.source ? [...(analysis.errors.get(d.file) ?? [])] : [];
      if (messages.length > 0) errors.push({ unit: unit.id, name: unitName(unit), short: unitShortName(unit), document: d.expected.key, documentName: documentName(d.expected.key, lang, documentCovers(analysis.state.campaign, d.expected.key)), errors: messages.length, messages });
    }
  }
  return { chase, missing, errors };
}
