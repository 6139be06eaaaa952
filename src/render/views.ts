// Report objects laid out as views, in the user's language: one function per report.
import { fill, type Lang, type MessageData } from '../i18n/index.js';
import { reportWords, type ReportWordId } from '../i18n/report-words.js';
import { documentName as nameOfDocument, sayDate, sayMonth, sayQuarter, sayYear } from '../i18n/periods.js';
import { COMPONENT_IDS, type Scoring } from '../model/types.js';
import type { StatusReport } from '../reports/status.js';
import type { MonthlyReport } from '../reports/monthly.js';
import type { AnnualReport, EvaluationFields, LedgerEntry, QuarterlyReport, ScoreReport } from '../reports/scores.js';
import type { LightReason } from '../score/light.js';
import type { DocumentStatus } from '../calendar/schedule.js';
import type { UnitScore } from '../score/index.js';
import type { IndicatorUnits } from '../reports/indicator-units.js';
import { exchangeSection, secondedSection } from './exchange-views.js';
import { oneDecimal, type Cell, type CellInput, type Section, type Table, type Tone, type View } from './view.js';

/** The report words in one language; `lang` for the dates and names said in it. */
export type Words = ((id: ReportWordId, data?: MessageData) => string) & { lang: Lang };
export const wordsFor = (lang: Lang): Words => Object.assign((id: ReportWordId, data?: MessageData) => fill(reportWords[id][lang], data), { lang });

/** W, E and A in one line (DESIGN §5). */
export function windowMeta(w: Words, fields: Pick<EvaluationFields, 'window' | 'evaluatedOn' | 'asOf'>): string {
  const say = (iso: string) => sayDate(iso, w.lang);
  return w('windowMeta', { start: say(fields.window.start), end: say(fields.window.end), evaluatedOn: say(fields.evaluatedOn), asOf: say(fields.asOf) });
}

/** A document by its name, never its path: 建标材料, 2022年3月月度进展, 2022年度总结. */
export function documentName(key: string, w: Words): string {
  return nameOfDocument(key, w.lang);
}

/** One light reason in words. */
export function lightReasonText(reason: LightReason, w: Words, behindPoints: number): string {
  const document = reason.document === undefined ? '' : documentName(reason.document, w);
  const measure = reason.title ?? reason.measure ?? '';
  if (reason.code === 'document-late' && reason.days === undefined) return w('reason-document-late-undated', { document });
  return w(`reason-${reason.code}`, { document, measure, days: reason.days, points: behindPoints });
}

function periodMeta(w: Words, isoAsOf: string, open: boolean | undefined, isoClose?: string): string[] {
  const asOf = sayDate(isoAsOf, w.lang);
  const meta = [w('asOf', { asOf })];
  if (open !== undefined && isoClose) {
    const close = sayDate(isoClose, w.lang);
    meta.push(open ? w('openPeriod', { close }) : isoAsOf === isoClose ? w('closedPeriod', { close }) : w('closedPeriodAsOf', { close, asOf }));
  }
  return meta;
}

/** A date cell: said the reader's way, and a real date in a spreadsheet. */
export function dateCell(iso: string | null | undefined, w: Words): Cell {
  return iso ? { text: sayDate(iso, w.lang), date: iso } : { text: '—', tone: 'muted' };
}

function lightCell(light: string, w: Words): Cell {
  return { text: w(light as ReportWordId), tone: light as Tone, light: true };
}

function submissionCell(status: DocumentStatus | null | undefined, w: Words): Cell {
  if (!status) return { text: '—', tone: 'muted' };
  switch (status.state) {
    case 'on-time':
      return { text: '✓', long: w('on-time'), tone: 'green' };
    case 'late':
      return { text: w('lateDays', { days: status.daysLate }), tone: 'yellow' };
    case 'missing':
      return { text: '✗', long: w('missing'), tone: 'red' };
    case 'pending':
      return { text: '·', long: w('pending'), tone: 'muted' };
  }
}

const STATE_TONE: Record<string, Tone> = { 'on-time': 'green', late: 'yellow', missing: 'red', pending: 'muted' };

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
function scoreChart(units: UnitScore[], w: Words): Section['chart'] {
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

export function monthlyUnitsTable(report: MonthlyReport, w: Words, behindPoints: number): Table {
  const reasons = (list: LightReason[]) => (list.length === 0 ? w('noReasons') : list.map((r) => lightReasonText(r, w, behindPoints)).join('；'));
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

export function movement(rank: number | null, previous: number | null): Cell {
  if (rank === null || previous === null) return { text: '—', tone: 'muted' };
  if (rank < previous) return { text: `↑${previous - rank}`, tone: 'green' };
  if (rank > previous) return { text: `↓${rank - previous}`, tone: 'red' };
  return { text: '0', tone: 'muted' };
}

export function unitNames(units: string[], scores: { unit: string; short: string }[]): string[] {
  return units.map((id) => scores.find((s) => s.unit === id)?.short ?? id);
}

function namedList(units: string[], scores: UnitScore[], w: Words): string[] {
  if (units.length === 0) return [w('noneListed')];
  return [unitNames(units, scores).join('、')];
}

function standingCell(standing: string | null, w: Words): Cell {
  return standing === null ? { text: '—', tone: 'muted' } : { text: w(standing as ReportWordId), tone: standing === 'following' ? 'yellow' : standing === 'leading' ? 'green' : undefined };
}

/** 指标对标情况: every indicator with its standing now and in the previous window. */
function ledgerSection(entries: LedgerEntry[], units: UnitScore[], w: Words, measures: IndicatorUnits = new Map()): Section {
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

function learnedTable(report: AnnualReport, w: Words): Table {
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    name: w('learnedSheet'),
    columns: [{ label: w('unitCol') }, { label: w('titleCol') }, { label: w('summaryCol') }, { label: w('measuresRefCol') }],
    rows: report.learned.map((l) => [name(l.unit), l.title, l.summary, l.measureTitles.join('；')]),
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
      exchangeSection(report.exchanges, lang),
      secondedSection(report.seconded, lang),
    ],
  };
}
