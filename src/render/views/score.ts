// `ebz score` and the quarterly bulletin (季度通报): scores, grades, components, the indicator ledger.
import type { Lang } from '../../i18n/index.js';
import { sayDate, sayQuarter } from '../../i18n/periods.js';
import { COMPONENT_IDS, type Scoring } from '../../model/types.js';
import type { LedgerEntry, QuarterlyReport, ScoreReport } from '../../reports/scores.js';
import type { UnitScore } from '../../score/index.js';
import type { IndicatorUnits } from '../../reports/indicator-units.js';
import { exchangeSection } from '../exchange-views.js';
import { oneDecimal, type Cell, type CellInput, type Section, type Table, type View } from '../view.js';
import { movement, namedList, periodMeta, standingCell, windowMeta, wordsFor, type Words } from './words.js';

export function percentCell(score: number | null): Cell {
  return oneDecimal(score === null ? null : score * 100);
}

export function scoreColumns(w: Words): Table['columns'] {
  return [
    { label: w('rankCol'), align: 'right' },
    { label: w('unitCol') },
    { label: w('scoreCol'), align: 'right' },
    { label: w('gradeCol') },
    ...COMPONENT_IDS.map((id) => ({ label: w(id), align: 'right' as const })),
    { label: w('adjustCol'), align: 'right' },
  ];
}

export function scoreRow(s: UnitScore, w: Words): CellInput[] {
  return [
    s.rank,
    s.short,
    { ...oneDecimal(s.score), tone: 'strong' },
    s.grade ?? (s.score === null ? null : { text: w('notGraded'), tone: 'muted' }),
    ...COMPONENT_IDS.map((id) => percentCell(s.components[id].score)),
    s.adjustments.entries.length === 0 ? '' : { text: signed(s.adjustments.total), value: s.adjustments.total },
  ];
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/**
 * The scores as bars. The axis starts at 0 unless every score lies high (≥ 40): then it starts at the
 * lowest score less a margin, rounded down to 10, so 96.3 and 100 look different; the chart says where.
 */
export function scoreChart(units: UnitScore[], w: Words): Section['chart'] {
  const values = units.map((s) => s.score).filter((v): v is number => v !== null);
  const lowest = values.length ? Math.min(...values) : 0;
  const min = lowest >= 40 ? Math.max(0, Math.floor((lowest - 5) / 10) * 10) : 0;
  const max = Math.max(100, ...values);
  return { kind: 'bars', title: min > 0 ? `${w('scoreChart')}（${w('chartAxisFrom', { min })}）` : w('scoreChart'), max, ...(min > 0 ? { min } : {}), bars: units.map((s) => ({ label: s.short, value: s.score })) };
}

/** I5: why a unit shown with a score has no grade or rank, and when no unit could be graded at all. */
export function gradingNotes(units: UnitScore[], scoring: Pick<Scoring, 'min_assessable'>, w: Words): string[] {
  const scored = units.filter((u) => u.score !== null);
  const ungraded = scored.filter((u) => u.grade === null);
  if (ungraded.length === 0) return [];
  return [ungraded.length === scored.length ? w('nothingToGrade', { min: scoring.min_assessable }) : w('notGradedNote', { min: scoring.min_assessable })];
}

export function componentsNote(scoring: Pick<Scoring, 'bonus_cap' | 'penalty_cap'>, w: Words): string {
  return w('componentsNote', { bonusCap: scoring.bonus_cap, penaltyCap: scoring.penalty_cap });
}

export interface ScoreViewOptions {
  scoring: Pick<Scoring, 'bonus_cap' | 'penalty_cap' | 'late_credit' | 'min_assessable'>;
}

export function scoreView(report: ScoreReport, lang: Lang, { scoring }: ScoreViewOptions): View {
  const w = wordsFor(lang);
  return {
    title: w('scoreTitle', { title: report.title }),
    meta: [windowMeta(w, report)],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w), ...gradingNotes(report.units, scoring, w)],
        table: { name: w('scoreSheet'), columns: scoreColumns(w), rows: report.units.map((s) => scoreRow(s, w)) },
        chart: scoreChart(report.units, w),
      },
    ],
  };
}
/** 指标对标情况: every indicator with its standing now and in the previous window. */
export function ledgerSection(entries: LedgerEntry[], units: UnitScore[], w: Words, measures: IndicatorUnits = new Map()): Section {
  const name = (unit: string) => units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    heading: w('ledgerSection'),
    table: {
      name: w('indicatorSheet'),
      columns: [
        { label: w('unitCol') },
        { label: w('indicatorCol') },
        { label: w('measureUnitCol') },
        { label: w('baselineCol'), align: 'right' },
        { label: w('currentCol'), align: 'right' },
        { label: w('benchmarkCol'), align: 'right' },
        { label: w('targetCol'), align: 'right' },
        { label: w('standingNowCol') },
        { label: w('standingBeforeCol') },
      ],
      rows: entries.map((e) => [name(e.unit), e.name, measures.get(`${e.unit}/${e.indicator}`) ?? '', e.baseline, e.current, e.benchmark, e.target, standingCell(e.standing, w), standingCell(e.previousStanding, w)]),
    },
    empty: w('ledgerEmpty'),
  };
}

/** The quarter's scores; 跟跑/并跑/领跑 in three numeric columns, never 1/2/0 (a spreadsheet reads it as a date). */
function quarterlyTable(report: QuarterlyReport, w: Words): Table {
  return {
    name: w('scoreSheet'),
    columns: [
      ...scoreColumns(w),
      { label: w('previousScoreCol'), align: 'right' },
      { label: w('movementCol') },
      { label: w('following'), align: 'right' },
      { label: w('abreast'), align: 'right' },
      { label: w('leading'), align: 'right' },
    ],
    rows: report.units.map((u) => [...scoreRow(u, w), oneDecimal(u.previousScore), movement(u.rank, u.previousRank), u.standing.following, u.standing.abreast, u.standing.leading]),
  };
}

export function quarterlyView(report: QuarterlyReport, lang: Lang, close: string, scoring: Scoring, measures?: IndicatorUnits): View {
  const w = wordsFor(lang);
  const top = scoring.grades[0]?.label ?? '';
  const bottom = scoring.grades[scoring.grades.length - 1]?.label ?? '';
  return {
    title: w('quarterlyTitle', { title: report.title, quarter: sayQuarter(report.quarter, lang) }),
    meta: [
      ...periodMeta(w, report.asOf, report.open, close),
      windowMeta(w, report),
      w('previousNote', { quarter: sayQuarter(report.previous.quarter, lang), asOf: sayDate(report.previous.asOf, lang) }),
    ],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w), ...gradingNotes(report.units, scoring, w)],
        table: quarterlyTable(report, w),
        chart: scoreChart(report.units, w),
      },
      ledgerSection(report.indicators, report.units, w, measures),
      { heading: w('commendSection'), paragraphs: [w('commendNote', { grade: top }), ...namedList(report.commend, report.units, w)] },
      { heading: w('callOutSection'), paragraphs: [w('commendNote', { grade: bottom }), ...namedList(report.callOut, report.units, w)] },
      exchangeSection(report.exchanges, lang),
    ],
  };
}
