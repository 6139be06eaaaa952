// The monthly supervision report (月督查): lights, the chase list, the missing list.
import type { Lang } from '../../i18n/index.js';
import type { ReportWordId } from '../../i18n/report-words.js';
import { sayMonth } from '../../i18n/periods.js';
import type { MonthlyReport } from '../../reports/monthly.js';
import type { LightReason } from '../../score/light.js';
import type { Table, Tone, View } from '../view.js';
import { dateCell, lightCell, lightReasonText, periodMeta, STATE_TONE, submissionCell, windowMeta, wordsFor, type Words } from './words.js';

export function monthlyUnitsTable(report: MonthlyReport, w: Words, behindPoints: number): Table {
  const reasons = (list: LightReason[]) => (list.length === 0 ? w('noReasons') : list.map((r) => lightReasonText(r, w, behindPoints)).join(w('docReasonSeparator')));
  return {
    name: w('lightsSheet'),
    columns: [
      { label: w('unitCol') },
      { label: w('lightCol') },
      { label: w('reasonsCol') },
      { label: w('progressCol') },
      { label: w('doneCol'), align: 'right' },
      { label: w('totalCol'), align: 'right' },
      { label: w('blockedCol'), align: 'right' },
      { label: w('overdueCol'), align: 'right' },
    ],
    rows: report.units.map((u) => [u.short, lightCell(u.light, w), reasons(u.lightReasons), submissionCell(u.progress, w), u.measures.done, u.measures.total, u.measures.blocked, u.measures.overdue]),
  };
}

export function chaseTable(chase: MonthlyReport['chase'], w: Words): Table {
  return {
    name: w('chaseSheet'),
    columns: [
      { label: w('unitCol') },
      { label: w('measureCol') },
      { label: w('responsibleCol') },
      { label: w('dueCol') },
      { label: w('daysOverdueCol'), align: 'right' },
      { label: w('percentCol'), align: 'right' },
      { label: w('stateCol') },
      { label: w('blockerCol') },
    ],
    rows: chase.map((c) => [
      c.short,
      c.title,
      `${c.responsible.unit} ${c.responsible.person}`,
      dateCell(c.due, w),
      { text: String(c.daysOverdue), value: c.daysOverdue, tone: c.daysOverdue > 0 ? 'red' : undefined },
      { text: `${c.percent}%`, value: c.percent },
      { text: w(c.status as ReportWordId), tone: c.status === 'blocked' ? 'red' : undefined },
      c.blocker ?? '',
    ]),
  };
}

export function missingTable(missing: MonthlyReport['missing'], w: Words): Table {
  return {
    name: w('missingSheet'),
    columns: [{ label: w('unitCol') }, { label: w('documentCol') }, { label: w('dueCol') }, { label: w('daysOverdueCol'), align: 'right' }],
    rows: missing.map((m) => [m.short, m.documentName, dateCell(m.due, w), { text: String(m.daysOverdue), value: m.daysOverdue, tone: 'red' }]),
  };
}

export function monthlyView(report: MonthlyReport, lang: Lang, close: string, behindPoints = 20): View {
  const w = wordsFor(lang);
  const s = report.summary;
  return {
    title: w('monthlyTitle', { title: report.title, month: sayMonth(report.month, lang) }),
    meta: [...periodMeta(w, report.asOf, report.open, close), windowMeta(w, report)],
    sections: [
      {
        heading: w('monthlySummary'),
        paragraphs: [w('summaryProgress', { units: s.units, ...s.progress }), w('summaryMeasures', { ...s.measures }), w('summaryLights', { ...s.lights })],
      },
      {
        heading: w('unitsSection'),
        table: monthlyUnitsTable(report, w, behindPoints),
        chart: {
          kind: 'matrix',
          title: w('lightChart'),
          rows: report.units.map((u) => u.short),
          columns: [w('lightCol'), w('progressCol')],
          cells: report.units.map((u) => [u.light as Tone, u.progress ? (STATE_TONE[u.progress.state] ?? null) : null]),
          legend: (['red', 'yellow', 'green'] as const).map((tone) => ({ tone, label: w(tone) })),
        },
      },
      { heading: w('chaseSection'), table: chaseTable(report.chase, w), empty: w('chaseEmpty') },
      { heading: w('missingSection'), table: missingTable(report.missing, w), empty: w('missingEmpty') },
    ],
  };
}
