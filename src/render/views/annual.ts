// The annual assessment (年度评估): scores 同比, the ledger, learned experience, achievements.
import type { Lang } from '../../i18n/index.js';
import { sayDate, sayYear } from '../../i18n/periods.js';
import { COMPONENT_IDS, type Scoring } from '../../model/types.js';
import type { AnnualReport } from '../../reports/scores.js';
import type { IndicatorUnits } from '../../reports/indicator-units.js';
import { exchangeSection, secondedSection } from '../exchange-views.js';
import { oneDecimal, type Table, type View } from '../view.js';
import { movement, periodMeta, windowMeta, wordsFor, type Words } from './words.js';
import { fiveTable, praiseSections, targetsSection } from './yearend.js';
import { componentsNote, gradingNotes, ledgerSection, percentCell, scoreChart, scoreColumns, scoreRow } from './score.js';

function learnedTable(report: AnnualReport, w: Words): Table {
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    name: w('learnedSheet'),
    columns: [{ label: w('unitCol') }, { label: w('titleCol') }, { label: w('summaryCol') }, { label: w('measuresRefCol') }],
    rows: report.learned.map((l) => [name(l.unit), l.title, l.summary, l.measureTitles.join(w('docReasonSeparator'))]),
  };
}

export function achievementsTable(report: AnnualReport, w: Words): Table {
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    name: w('achievementsSheet'),
    columns: [{ label: w('unitCol') }, { label: w('titleCol') }, { label: w('achievementKindCol') }, { label: w('levelCol') }, { label: w('descriptionCol') }],
    rows: report.achievements.map((a) => [name(a.unit), a.title, a.kind ? w(`achievement-${a.kind}`) : '', w(a.level), a.description]),
  };
}

export function annualView(report: AnnualReport, lang: Lang, close: string, scoring: Scoring, measures?: IndicatorUnits): View {
  const w = wordsFor(lang);
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    title: w('annualTitle', { title: report.title, year: sayYear(report.year, lang) }),
    meta: [...periodMeta(w, report.asOf, report.open, close), windowMeta(w, report)],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w), ...gradingNotes(report.units, scoring, w)],
        table: { name: w('scoreSheet'), columns: scoreColumns(w), rows: report.units.map((s) => scoreRow(s, w)) },
        chart: scoreChart(report.units, w),
      },
      targetsSection(report, w),
      { heading: w('fiveSection'), paragraphs: [w('fiveNote')], table: fiveTable(report, w) },
      {
        heading: w('yearOnYearSection'),
        paragraphs: [w('yearOnYearNote', { year: sayYear(report.previous.year, lang), asOf: sayDate(report.previous.asOf, lang) })],
        table: {
          name: w('yearOnYearSection'),
          columns: [
            { label: w('unitCol') },
            { label: w('scoreCol'), align: 'right' },
            { label: w('previousScoreCol'), align: 'right' },
            { label: w('rankCol'), align: 'right' },
            { label: w('previousRankCol'), align: 'right' },
            { label: w('movementCol') },
            ...COMPONENT_IDS.map((id) => ({ label: w('previousComponentCol', { component: w(id) }), align: 'right' as const })),
          ],
          rows: report.units.map((u) => [
            u.short,
            oneDecimal(u.score),
            oneDecimal(u.previousScore),
            u.rank,
            u.previousRank,
            movement(u.rank, u.previousRank),
            ...COMPONENT_IDS.map((id) => percentCell(u.previousComponents?.[id] ?? null)),
          ]),
        },
      },
      ledgerSection(report.indicators, report.units, w, measures),
      { heading: w('learnedSection'), table: learnedTable(report, w), empty: w('learnedEmpty') },
      {
        heading: w('ongoingSection'),
        table: {
          name: w('ongoingSection'),
          columns: [{ label: w('unitCol') }, { label: w('measureCol') }],
          rows: report.ongoing.map((o) => [name(o.unit), o.title]),
        },
        empty: w('ongoingEmpty'),
      },
      { heading: w('achievementsSection'), table: achievementsTable(report, w), empty: w('achievementsEmpty') },
      ...praiseSections(report, scoring, w),
      exchangeSection(report.exchanges, lang),
      secondedSection(report.seconded, lang),
    ],
  };
}
