// `ebz status`: the submission matrix.
import type { Lang } from '../../i18n/index.js';
import { sayDate } from '../../i18n/periods.js';
import type { StatusReport } from '../../reports/status.js';
import type { Table, View } from '../view.js';
import { STATE_TONE, submissionCell, wordsFor } from './words.js';

export function statusView(report: StatusReport, lang: Lang): View {
  const w = wordsFor(lang);
  const table: Table = {
    columns: [{ label: w('unitCol') }, ...report.columns.map((c) => ({ label: c.label }))],
    rows: report.units.map((u) => [u.short, ...report.columns.map((c) => submissionCell(u.cells[c.key], w))]),
  };
  return {
    title: w('statusTitle', { title: report.title }),
    meta: [w('asOf', { asOf: sayDate(report.asOf, lang) }), w('statusLegend')],
    sections: [
      {
        heading: w('statusSection'),
        table: { ...table, name: w('statusSheet') },
        chart: {
          kind: 'matrix',
          title: w('statusSection'),
          rows: report.units.map((u) => u.short),
          columns: report.columns.map((c) => c.label),
          cells: report.units.map((u) => report.columns.map((c) => STATE_TONE[u.cells[c.key]?.state ?? ''] ?? null)),
          legend: (['on-time', 'late', 'missing', 'pending'] as const).map((s) => ({ tone: STATE_TONE[s]!, label: w(s) })),
        },
      },
    ],
  };
}
