// benchmark/research/plan/progress/annual -missing and -late: each document against its deadline.
import { daysBetween } from '../calendar/dates.js';
import type { DocumentKind } from '../calendar/schedule.js';
import type { Localized } from '../i18n/index.js';
import type { UnitRule, UnitRuleContext } from './types.js';

interface DocumentWords {
  kind: DocumentKind;
  clause: string;
  name: Localized;
}

const DOCUMENTS: DocumentWords[] = [
  { kind: 'benchmark', clause: '三(一)2', name: { zh: '建标材料', en: 'benchmark' } },
  { kind: 'research', clause: '三(二)1', name: { zh: '对标调研材料', en: 'research record' } },
  { kind: 'plan', clause: '三(二)2', name: { zh: '对标创建工作方案', en: 'plan' } },
  { kind: 'progress', clause: '四(二)', name: { zh: '{period} 月度进展', en: 'progress report for {period}' } },
  { kind: 'annual', clause: '三(四)2', name: { zh: '{period} 年度总结', en: 'annual review of {period}' } },
];

function missingRule({ kind, clause, name }: DocumentWords): UnitRule {
  return {
    id: `${kind}-missing`,
    scope: 'unit',
    severity: 'error',
    clause,
    description: {
      zh: `截止日期已过，未报送${name.zh.replace('{period} ', '')}。`,
      en: `The deadline has passed and no ${name.en.replace(' for {period}', '').replace(' of {period}', '')} was submitted.`,
    },
    messages: {
      missing: {
        zh: `${name.zh}应于 {due} 前报送，截至 {asOf} 未报送（已逾期 {days} 天）。请尽快报送。`,
        en: `The ${name.en} was due by {due} and had not been submitted by {asOf} ({days} days overdue). Submit it now.`,
      },
    },
    check({ unit, report, state }: UnitRuleContext) {
      for (const document of unit.documents) {
        if (document.expected.kind !== kind || document.status.state !== 'missing') continue;
        report({ file: document.file }, 'missing', {
          due: document.expected.due,
          asOf: state.asOf,
          days: document.status.daysLate,
          period: document.expected.period,
        });
      }
    },
  };
}

function lateRule({ kind, clause, name }: DocumentWords): UnitRule {
  const late = {
    zh: `${name.zh}报送日期 {submitted} 晚于截止日期 {due}，迟报 {days} 天。`,
    en: `The ${name.en} was submitted on {submitted}, {days} days after the deadline of {due}.`,
  };
  const messages: Record<string, Localized> = { late };
  if (kind === 'research') {
    messages.tripLate = {
      zh: '首次“走出去”专题调研日期 {date} 晚于截止日期 {due}（{days} 天）。调研应于截止日期前完成。',
      en: 'The first research trip, on {date}, came {days} days after the deadline of {due}; the trip is due by then.',
    };
  }
  return {
    id: `${kind}-late`,
    scope: 'unit',
    severity: 'warning',
    clause,
    description: {
      zh: `${name.zh.replace('{period} ', '')}晚于截止日期报送${kind === 'research' ? '，或首次走出去专题调研晚于截止日期' : ''}。`,
      en: `The ${name.en.replace(' for {period}', '').replace(' of {period}', '')} was submitted after its deadline${kind === 'research' ? ', or the first research trip came after it' : ''}.`,
    },
    messages,
    check({ unit, report }: UnitRuleContext) {
      for (const document of unit.documents) {
        if (document.expected.kind !== kind || !document.source) continue;
        const data = { due: document.expected.due, period: document.expected.period };
        if (document.status.state === 'late' && document.status.submitted !== null) {
          report({ source: document.source, path: ['submitted'] }, 'late', { ...data, submitted: document.status.submitted, days: document.status.daysLate });
        }
        if (kind === 'research' && unit.research?.file === document.source) {
          const trips = unit.research.data.trips;
          const first = trips.reduce((best, trip, i) => (trip.date < trips[best]!.date ? i : best), 0);
          const date = trips[first]!.date;
          if (date > document.expected.due) {
            const days = daysBetween(document.expected.due, date);
            report({ source: document.source, path: ['trips', first, 'date'] }, 'tripLate', { ...data, date, days });
          }
        }
      }
    },
  };
}

export const deadlineRules: UnitRule[] = DOCUMENTS.flatMap((words) => [missingRule(words), lateRule(words)]);
