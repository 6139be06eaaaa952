// Report objects laid out as views, in the user's language: one function per report.
import { fill, type Lang, type MessageData } from '../i18n/index.js';
import { reportWords, type ReportWordId } from '../i18n/report-words.js';
import { documentName as nameOfDocument, sayDate, sayMonth, sayQuarter, sayYear } from '../i18n/periods.js';
import type { Problems } from '../reports/problems.js';
import { COMPONENT_IDS, type Scoring } from '../model/types.js';
import type { StatusReport } from '../reports/status.js';
import type { MonthlyReport } from '../reports/monthly.js';
import type { AnnualReport, EvaluationFields, LedgerEntry, QuarterlyReport, ScoreReport } from '../reports/scores.js';
import type { LightReason } from '../score/light.js';
import type { DocumentStatus } from '../calendar/schedule.js';
import type { UnitScore } from '../score/index.js';
import type { Term } from '../score/components.js';
import { exchangeSection, secondedSection } from './exchange-views.js';
import { oneDecimal, type Cell, type CellInput, type Section, type Table, type Tone, type View } from './view.js';

/** The report words in one language; `lang` for the dates and names said in it. */
type Words = ((id: ReportWordId, data?: MessageData) => string) & { lang: Lang };
const wordsFor = (lang: Lang): Words => Object.assign((id: ReportWordId, data?: MessageData) => fill(reportWords[id][lang], data), { lang });

/** W, E and A in one line (DESIGN §5). */
function windowMeta(w: Words, fields: EvaluationFields): string {
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
function dateCell(iso: string | null | undefined, w: Words): Cell {
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

function percentCell(score: number | null): Cell {
  return oneDecimal(score === null ? null : score * 100);
}

function scoreColumns(w: Words): Table['columns'] {
  return [
    { label: w('rankCol'), align: 'right' },
    { label: w('unitCol') },
    { label: w('scoreCol'), align: 'right' },
    { label: w('gradeCol') },
    ...COMPONENT_IDS.map((id) => ({ label: w(id), align: 'right' as const })),
    { label: w('adjustCol'), align: 'right' },
  ];
}

function scoreRow(s: UnitScore): CellInput[] {
  return [
    s.rank,
    s.short,
    { ...oneDecimal(s.score), tone: 'strong' },
    s.grade,
    ...COMPONENT_IDS.map((id) => percentCell(s.components[id].score)),
    s.adjustments.entries.length === 0 ? '' : { text: signed(s.adjustments.total), value: s.adjustments.total },
  ];
}

function signed(value: number): string {
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

function componentsNote(scoring: Pick<Scoring, 'bonus_cap' | 'penalty_cap'>, w: Words): string {
  return w('componentsNote', { bonusCap: scoring.bonus_cap, penaltyCap: scoring.penalty_cap });
}

export interface ScoreViewOptions {
  scoring: Pick<Scoring, 'bonus_cap' | 'penalty_cap' | 'late_credit'>;
}

export function scoreView(report: ScoreReport, lang: Lang, { scoring }: ScoreViewOptions): View {
  const w = wordsFor(lang);
  return {
    title: w('scoreTitle', { title: report.title }),
    meta: [windowMeta(w, report)],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w)],
        table: { name: w('scoreSheet'), columns: scoreColumns(w), rows: report.units.map(scoreRow) },
        chart: scoreChart(report.units, w),
      },
    ],
  };
}

const round3 = (x: number) => String(Math.round(x * 1000) / 1000);

/** `a ÷ b = r`, with the clamp said in words when r leaves [0, 1]. */
function ratioText(numerator: string, denominator: string, ratio: number, w: Words): Cell {
  const text = `${numerator} ÷ ${denominator} = ${round3(ratio)}`;
  const clamped = Math.min(1, Math.max(0, ratio));
  return { text: clamped === ratio ? text : w('ratioClamped', { ratio: text, clamped: round3(clamped) }), value: clamped };
}

function termTable(terms: Term[], w: Words): Table | undefined {
  const rows = terms.filter((t) => t.kind !== 'exchange' && t.kind !== 'missing');
  if (rows.length === 0) return undefined;
  switch (rows[0]!.kind) {
    case 'document':
      return {
        columns: [{ label: w('termCol') }, { label: w('dateOfCol') }, { label: w('dueCol') }, { label: w('submittedCol') }, { label: w('stateCol') }, { label: w('valueCol'), align: 'right' }],
        rows: rows.map((t) =>
          t.kind === 'document'
            ? [documentName(t.key, w), dateCell(t.date, w), dateCell(t.due, w), t.submitted ? dateCell(t.submitted, w) : t.state === 'late' ? w('undated') : null, t.daysLate && t.state === 'late' ? w('lateDays', { days: t.daysLate }) : w(t.state as ReportWordId), t.value]
            : [],
        ),
      };
    case 'compliance':
      return {
        columns: [{ label: w('termCol') }, { label: w('errorsCol'), align: 'right' }, { label: w('valueCol'), align: 'right' }],
        rows: rows.map((t) => (t.kind === 'compliance' ? [documentName(t.key, w), t.errors, t.value] : [])),
      };
    case 'measure':
      return {
        columns: [
          { label: w('measureCol') },
          { label: w('startCol') },
          { label: w('dueCol') },
          { label: w('stateCol') },
          { label: w('expectedCol'), align: 'right' },
          { label: w('actualCol'), align: 'right' },
          { label: w('valueCol'), align: 'right' },
        ],
        rows: rows.map((t) =>
          t.kind === 'measure'
            ? [t.title, dateCell(t.start, w), dateCell(t.due, w), w(t.status as ReportWordId), oneDecimal(t.expected), oneDecimal(t.actual), ratioText(String(t.actual), t.expected.toFixed(1), t.actual / t.expected, w)]
            : [],
        ),
      };
    default:
      return {
        columns: [
          { label: w('termCol') },
          { label: w('startCol') },
          { label: w('endCol') },
          { label: w('baselineCol'), align: 'right' },
          { label: w('targetCol'), align: 'right' },
          { label: w('currentCol'), align: 'right' },
          { label: w('expectedShareCol'), align: 'right' },
          { label: w('achievedCol'), align: 'right' },
          { label: w('valueCol'), align: 'right' },
        ],
        rows: rows.map((t) => {
          if (t.kind !== 'indicator') return [];
          const achieved = t.achieved === null ? null : { text: round3(t.achieved), value: t.achieved };
          const value: CellInput =
            t.skipped !== null
              ? w(t.skipped === 'no-value' ? 'skippedNoValue' : 'skippedWrongDirection')
              : ratioText(round3(t.achieved!), round3(t.expected), t.achieved! / t.expected, w);
          return [t.name, dateCell(t.start, w), dateCell(t.end, w), t.baseline, t.target, t.current, { text: round3(t.expected), value: t.expected }, achieved, value];
        }),
      };
  }
}

/** The words under a component's heading: its rule, the exchange sum, a missing document. */
function termParagraphs(id: string, terms: Term[], w: Words, scoring: ScoreViewOptions['scoring']): string[] {
  const paragraphs: string[] = [];
  const rule = { timeliness: w('timelinessRule', { lateCredit: scoring.late_credit }), compliance: w('complianceRule'), execution: w('executionRule'), indicators: w('indicatorsRule') }[id];
  if (rule && !terms.some((t) => t.kind === 'missing')) paragraphs.push(rule);
  for (const t of terms) {
    if (t.kind === 'missing') paragraphs.push(w('missingTerm', { document: documentName(t.key, w), due: sayDate(t.due, w.lang) }));
    if (t.kind === 'exchange') {
      const figures = { start: sayDate(t.start, w.lang), end: sayDate(t.end, w.lang), planned: t.planned, share: round3(t.share), expected: round3(t.expected), held: t.held };
      paragraphs.push(w('exchangePlan', { ...figures, minimum: t.minimum ? w('exchangeMinimum', { planned: t.planned }) : '' }));
      if (t.expected >= 1) paragraphs.push(w('exchangeRatio', { held: t.held, expected: round3(t.expected), value: round3(t.value ?? 0) }));
      else paragraphs.push(w(t.value === null ? 'exchangeBelowOneNull' : 'exchangeBelowOneHeld'));
    }
  }
  if (id === 'exchange' && terms.length === 0) paragraphs.push(w('exchangeNoPlan'));
  return paragraphs;
}

/** `score --explain`: the window, E and A, and every term of a unit's sum, so the unit can redo it by hand. */
export function explainView(score: UnitScore, fields: EvaluationFields, lang: Lang, { scoring }: ScoreViewOptions): View {
  const w = wordsFor(lang);
  const judged = COMPONENT_IDS.filter((id) => score.components[id].score !== null);
  const total = judged.reduce((sum, id) => sum + score.components[id].weight, 0);
  const summary: string[] = [];
  if (score.score === null) summary.push(w('explainNoScore'));
  else {
    const base = score.base ?? 0;
    summary.push(w('explainSummary', { score: score.score.toFixed(1), grade: score.grade, rank: score.rank, base: round3(base), adjust: signed(score.adjustments.total) }));
    const raw = base + score.adjustments.total;
    const clamped = Math.min(100, Math.max(0, raw));
    if (clamped !== raw) summary.push(w('explainClamp', { base: round3(base), adjust: signed(score.adjustments.total), raw: round3(raw), clamped }));
    summary.push(w('explainRounding', { raw: round3(clamped), score: score.score.toFixed(1) }));
  }
  const sections: Section[] = [{ heading: w('scoreCol'), paragraphs: [...summary, w('weightsNote', { total })] }];
  for (const id of COMPONENT_IDS) {
    const c = score.components[id];
    const heading =
      c.score === null
        ? w('componentNull', { component: w(id), weight: c.weight })
        : w('componentLine', { component: w(id), score: (c.score * 100).toFixed(1), weight: c.weight, points: round3(c.points ?? 0) });
    sections.push({ heading, paragraphs: termParagraphs(id, c.detail, w, scoring), table: termTable(c.detail, w) });
  }
  const a = score.adjustments;
  sections.push({
    heading: w('adjustmentsSection'),
    paragraphs: a.entries.length ? [w('adjustmentTotals', { bonus: a.bonus, penalty: a.penalty, total: signed(a.total), bonusCap: scoring.bonus_cap, penaltyCap: scoring.penalty_cap })] : [],
    table: {
      columns: [{ label: w('dateCol') }, { label: w('pointsCol'), align: 'right' }, { label: w('reasonCol') }],
      rows: a.entries.map((e) => [dateCell(e.date, w), { text: signed(e.points), value: e.points }, e.reason]),
    },
    empty: w('noAdjustments'),
  });
  return { title: w('explainTitle', { name: score.name }), meta: [windowMeta(w, fields)], sections };
}

function monthlyUnitsTable(report: MonthlyReport, w: Words, behindPoints: number): Table {
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

function chaseTable(chase: MonthlyReport['chase'], w: Words): Table {
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

function missingTable(missing: MonthlyReport['missing'], w: Words): Table {
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

function movement(rank: number | null, previous: number | null): Cell {
  if (rank === null || previous === null) return { text: '—', tone: 'muted' };
  if (rank < previous) return { text: `↑${previous - rank}`, tone: 'green' };
  if (rank > previous) return { text: `↓${rank - previous}`, tone: 'red' };
  return { text: '0', tone: 'muted' };
}

function unitNames(units: string[], scores: { unit: string; short: string }[]): string[] {
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
function ledgerSection(entries: LedgerEntry[], units: UnitScore[], w: Words): Section {
  const name = (unit: string) => units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    heading: w('ledgerSection'),
    table: {
      name: w('indicatorSheet'),
      columns: [
        { label: w('unitCol') },
        { label: w('indicatorCol') },
        { label: w('baselineCol'), align: 'right' },
        { label: w('currentCol'), align: 'right' },
        { label: w('benchmarkCol'), align: 'right' },
        { label: w('targetCol'), align: 'right' },
        { label: w('standingNowCol') },
        { label: w('standingBeforeCol') },
      ],
      rows: entries.map((e) => [name(e.unit), e.name, e.baseline, e.current, e.benchmark, e.target, standingCell(e.standing, w), standingCell(e.previousStanding, w)]),
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
    rows: report.units.map((u) => [...scoreRow(u), oneDecimal(u.previousScore), movement(u.rank, u.previousRank), u.standing.following, u.standing.abreast, u.standing.leading]),
  };
}

export function quarterlyView(report: QuarterlyReport, lang: Lang, close: string, scoring: Scoring): View {
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
        paragraphs: [componentsNote(scoring, w)],
        table: quarterlyTable(report, w),
        chart: scoreChart(report.units, w),
      },
      ledgerSection(report.indicators, report.units, w),
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

function achievementsTable(report: AnnualReport, w: Words): Table {
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    name: w('achievementsSheet'),
    columns: [{ label: w('unitCol') }, { label: w('titleCol') }, { label: w('achievementKindCol') }, { label: w('levelCol') }, { label: w('descriptionCol') }],
    rows: report.achievements.map((a) => [name(a.unit), a.title, a.kind ? w(`achievement-${a.kind}`) : '', w(a.level), a.description]),
  };
}

export function annualView(report: AnnualReport, lang: Lang, close: string, scoring: Scoring): View {
  const w = wordsFor(lang);
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    title: w('annualTitle', { title: report.title, year: sayYear(report.year, lang) }),
    meta: [...periodMeta(w, report.asOf, report.open, close), windowMeta(w, report)],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w)],
        table: { name: w('scoreSheet'), columns: scoreColumns(w), rows: report.units.map(scoreRow) },
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
      ledgerSection(report.indicators, report.units, w),
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

// ——— The bulletins (公文): the same reports arranged as the office issues them (DESIGN §6, docx). ———

/** 下步工作: the campaign's paragraphs, else one marked paragraph for the office to fill in. */
export interface BulletinTexts {
  nextSteps: string[];
  /** The day the period closes: a bulletin issued before it says the period is still open. */
  close: string;
}

/** The overview's last sentence while the period is open: the figures are a snapshot and may change. */
function openNote(open: boolean, texts: BulletinTexts, w: Words): string[] {
  return open ? [w('openPeriod', { close: sayDate(texts.close, w.lang) })] : [];
}

function listOrNone(names: string[], w: Words): string {
  return names.length === 0 ? w('docNoneListed') : names.join('、') + w('docListEnd');
}

function problemSections(problems: Problems, w: Words, lang: Lang): Section[] {
  const { chase, missing, errors } = problems;
  const paragraphs: string[] = [];
  if (chase.length === 0) paragraphs.push(w('docChaseNone'));
  else {
    paragraphs.push(w('docChaseIntro', { count: chase.length }));
    chase.forEach((c, i) =>
      paragraphs.push(
        w('docChaseLine', {
          index: i + 1,
          name: c.name,
          title: c.title,
          due: sayDate(c.due, lang),
          late: c.daysOverdue > 0 ? w('docChaseLate', { days: c.daysOverdue }) : '',
          percent: c.percent,
          blocker: c.blocker ? w('docChaseBlocker', { blocker: c.blocker }) : '',
        }),
      ),
    );
  }
  const byUnit = <T extends { unit: string; name: string }>(items: T[]) => {
    const groups = new Map<string, { name: string; items: T[] }>();
    for (const item of items) {
      const group = groups.get(item.unit) ?? { name: item.name, items: [] };
      group.items.push(item);
      groups.set(item.unit, group);
    }
    return [...groups.values()];
  };
  if (missing.length === 0) paragraphs.push(w('docMissingNone'));
  else {
    paragraphs.push(w('docMissingIntro', { count: missing.length }));
    byUnit(missing).forEach((g, i) =>
      paragraphs.push(w('docMissingLine', { index: i + 1, name: g.name, documents: g.items.map((m) => w('docMissingDocument', { document: m.documentName, due: sayDate(m.due, lang), days: m.daysOverdue })).join('、') })),
    );
  }
  if (errors.length === 0) paragraphs.push(w('docErrorsNone'));
  else {
    paragraphs.push(w('docErrorsIntro', { count: errors.length }));
    byUnit(errors).forEach((g, i) =>
      paragraphs.push(w('docErrorsLine', { index: i + 1, name: g.name, documents: g.items.map((e) => w('docErrorsDocument', { document: e.documentName, errors: e.errors })).join('、') })),
    );
  }
  const sections: Section[] = [{ heading: w('docProblems'), paragraphs }];
  if (chase.length > 0) sections.push({ heading: '', table: chaseTable(chase, w) });
  return sections;
}

function nextStepsSection(texts: BulletinTexts, w: Words): Section {
  return texts.nextSteps.length > 0 ? { heading: w('docNextSteps'), paragraphs: texts.nextSteps } : { heading: w('docNextSteps'), paragraphs: [], fill: w('docNextStepsFill') };
}

function scoreOverview(units: UnitScore[], scoring: Scoring, asOf: string, w: Words, lang: Lang): string {
  const scored = units.filter((u) => u.score !== null);
  if (scored.length === 0) return w('docNoScores', { asOf: sayDate(asOf, lang) });
  const high = scored.reduce((a, b) => (b.score! > a.score! ? b : a));
  const low = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
  const mean = scored.reduce((sum, u) => sum + u.score!, 0) / scored.length;
  const grades = scoring.grades
    .map((g) => ({ grade: g.label, count: scored.filter((u) => u.grade === g.label).length }))
    .filter((g) => g.count > 0)
    .map((g) => w('docGradeCount', g))
    .join(lang === 'zh' ? '，' : ', ');
  return w('docScoreOverview', {
    asOf: sayDate(asOf, lang),
    units: scored.length,
    mean: mean.toFixed(1),
    high: high.score!.toFixed(1),
    highUnit: high.name,
    low: low.score!.toFixed(1),
    lowUnit: low.name,
    grades: grades + (lang === 'zh' ? '。' : '.'),
  });
}

function bulletinScoreTable(units: UnitScore[], w: Words, previousRanks?: (number | null)[]): Table {
  return {
    name: w('scoreSheet'),
    columns: [...scoreColumns(w), ...(previousRanks ? [{ label: w('movementCol') }] : [])],
    rows: units.map((u, i) => [...scoreRow(u), ...(previousRanks ? [movement(u.rank, previousRanks[i] ?? null)] : [])]),
  };
}

export function monthlyBulletin(report: MonthlyReport, problems: Problems, texts: BulletinTexts, lang: Lang, behindPoints = 20): View {
  const w = wordsFor(lang);
  const s = report.summary;
  const month = sayMonth(report.month, lang);
  const names = (units: MonthlyReport['units']) => units.map((u) => u.short);
  return {
    title: w('monthlyDocTitle', { title: report.title, month }),
    meta: [],
    sections: [
      {
        heading: w('docOverview'),
        paragraphs: [w('docMonthlyOverview', { asOf: sayDate(report.asOf, lang), month, units: s.units, ...s.progress, ...s.measures, ...s.lights }), ...openNote(report.open, texts, w)],
      },
      { heading: w('docUnits'), table: monthlyUnitsTable(report, w, behindPoints) },
      {
        heading: w('docCommend'),
        paragraphs: [
          w('docCommendLine', { criterion: w('docMonthlyCommend'), units: listOrNone(names(report.units.filter((u) => u.light === 'green' && u.progress?.state === 'on-time')), w) }),
          w('docCallOutLine', { criterion: w('docMonthlyCallOut'), units: listOrNone(names(report.units.filter((u) => u.light === 'red')), w) }),
        ],
      },
      ...problemSections(problems, w, lang),
      nextStepsSection(texts, w),
    ],
  };
}

function gradeParagraphs(commend: string[], callOut: string[], units: UnitScore[], scoring: Scoring, w: Words): string[] {
  const top = scoring.grades[0]?.label ?? '';
  const bottom = scoring.grades[scoring.grades.length - 1]?.label ?? '';
  return [
    w('docCommendLine', { criterion: w('docGradeCriterion', { grade: top }), units: listOrNone(unitNames(commend, units), w) }),
    w('docCallOutLine', { criterion: w('docGradeCriterion', { grade: bottom }), units: listOrNone(unitNames(callOut, units), w) }),
  ];
}

export function quarterlyBulletin(report: QuarterlyReport, problems: Problems, texts: BulletinTexts, lang: Lang, scoring: Scoring): View {
  const w = wordsFor(lang);
  return {
    title: w('quarterlyDocTitle', { title: report.title, quarter: sayQuarter(report.quarter, lang) }),
    meta: [],
    sections: [
      { heading: w('docOverview'), paragraphs: [scoreOverview(report.units, scoring, report.asOf, w, lang), ...openNote(report.open, texts, w), componentsNote(scoring, w)] },
      { heading: w('docRanking'), table: bulletinScoreTable(report.units, w, report.units.map((u) => u.previousRank)) },
      { heading: w('docCommend'), paragraphs: gradeParagraphs(report.commend, report.callOut, report.units, scoring, w) },
      ...problemSections(problems, w, lang),
      nextStepsSection(texts, w),
    ],
  };
}

export function annualBulletin(report: AnnualReport, problems: Problems, texts: BulletinTexts, lang: Lang, scoring: Scoring): View {
  const w = wordsFor(lang);
  const top = scoring.grades[0]?.label;
  const bottom = scoring.grades.length > 1 ? scoring.grades[scoring.grades.length - 1]?.label : undefined;
  const commend = report.units.filter((u) => u.grade !== null && u.grade === top).map((u) => u.unit);
  const callOut = report.units.filter((u) => u.grade !== null && u.grade === bottom).map((u) => u.unit);
  const sections: Section[] = [
    { heading: w('docOverview'), paragraphs: [scoreOverview(report.units, scoring, report.asOf, w, lang), ...openNote(report.open, texts, w), componentsNote(scoring, w)] },
    { heading: w('docRanking'), table: bulletinScoreTable(report.units, w) },
    { heading: w('docCommend'), paragraphs: gradeParagraphs(commend, callOut, report.units, scoring, w) },
  ];
  if (report.achievements.length > 0) sections.push({ heading: '', table: achievementsTable(report, w) });
  return {
    title: w('annualDocTitle', { title: report.title, year: sayYear(report.year, lang) }),
    meta: [],
    sections: [...sections, ...problemSections(problems, w, lang), nextStepsSection(texts, w)],
  };
}
