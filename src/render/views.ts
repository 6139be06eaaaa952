// Report objects laid out as views, in the user's language: one function per report.
import { fill, type Lang, type MessageData } from '../i18n/index.js';
import { reportWords, type ReportWordId } from '../i18n/report-words.js';
import { COMPONENT_IDS, type Scoring } from '../model/types.js';
import type { StatusReport } from '../reports/status.js';
import type { MonthlyReport } from '../reports/monthly.js';
import type { AnnualReport, EvaluationFields, LedgerEntry, QuarterlyReport, ScoreReport } from '../reports/scores.js';
import type { LightReason } from '../score/light.js';
import type { DocumentStatus } from '../calendar/schedule.js';
import type { UnitScore } from '../score/index.js';
import type { Term } from '../score/components.js';
import { oneDecimal, type Cell, type CellInput, type Section, type Table, type Tone, type View } from './view.js';

type Words = (id: ReportWordId, data?: MessageData) => string;
const wordsFor = (lang: Lang): Words => (id, data) => fill(reportWords[id][lang], data);

/** W, E and A in one line (DESIGN §5). */
function windowMeta(w: Words, fields: EvaluationFields): string {
  return w('windowMeta', { start: fields.window.start, end: fields.window.end, evaluatedOn: fields.evaluatedOn, asOf: fields.asOf });
}

/** A document by its name, never its path: 建标材料, 2022-03 月度进展, 2022 年度总结. */
export function documentName(key: string, w: Words): string {
  const [kind, period] = key.split(':') as [string, string | undefined];
  switch (kind) {
    case 'benchmark':
      return w('docBenchmark');
    case 'research':
      return w('docResearch');
    case 'plan':
      return w('docPlan');
    case 'progress':
      return w('docProgress', { period });
    default:
      return w('docAnnual', { period });
  }
}

/** One light reason in words. */
export function lightReasonText(reason: LightReason, w: Words, behindPoints: number): string {
  const document = reason.document === undefined ? '' : documentName(reason.document, w);
  const measure = reason.title ?? reason.measure ?? '';
  if (reason.code === 'document-late' && reason.days === undefined) return w('reason-document-late-undated', { document });
  return w(`reason-${reason.code}`, { document, measure, days: reason.days, points: behindPoints });
}

function periodMeta(w: Words, asOf: string, open: boolean | undefined, close?: string): string[] {
  const meta = [w('asOf', { asOf })];
  if (open !== undefined && close) meta.push(open ? w('openPeriod', { close }) : asOf === close ? w('closedPeriod', { close }) : w('closedPeriodAsOf', { close, asOf }));
  return meta;
}

function submissionCell(status: DocumentStatus | null | undefined, w: Words): Cell {
  if (!status) return { text: '—', tone: 'muted' };
  switch (status.state) {
    case 'on-time':
      return { text: '✓', tone: 'green' };
    case 'late':
      return { text: w('lateDays', { days: status.daysLate }), tone: 'yellow' };
    case 'missing':
      return { text: '✗', tone: 'red' };
    case 'pending':
      return { text: '·', tone: 'muted' };
  }
}

const STATE_TONE: Record<string, Tone> = { 'on-time': 'green', late: 'yellow', missing: 'red', pending: 'muted' };

export function statusView(report: StatusReport, lang: Lang): View {
  const w = wordsFor(lang);
  const table: Table = {
    columns: [{ label: w('unitCol') }, ...report.columns.map((c) => ({ label: c.label }))],
    rows: report.units.map((u) => [u.name, ...report.columns.map((c) => submissionCell(u.cells[c.key], w))]),
  };
  return {
    title: w('statusTitle', { title: report.title }),
    meta: [w('asOf', { asOf: report.asOf }), w('statusLegend')],
    sections: [
      {
        heading: w('statusSection'),
        table,
        chart: {
          kind: 'matrix',
          title: w('statusSection'),
          rows: report.units.map((u) => u.name),
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
    s.name,
    { ...oneDecimal(s.score), tone: 'strong' },
    s.grade,
    ...COMPONENT_IDS.map((id) => percentCell(s.components[id].score)),
    s.adjustments.entries.length === 0 ? '' : { text: signed(s.adjustments.total), value: s.adjustments.total },
  ];
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function scoreChart(units: UnitScore[], w: Words): Section['chart'] {
  return { kind: 'bars', title: w('scoreChart'), max: 100, bars: units.map((s) => ({ label: s.name, value: s.score })) };
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
        table: { columns: scoreColumns(w), rows: report.units.map(scoreRow) },
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
            ? [documentName(t.key, w), t.date, t.due, t.submitted ?? (t.state === 'late' ? w('undated') : null), t.daysLate && t.state === 'late' ? w('lateDays', { days: t.daysLate }) : w(t.state as ReportWordId), t.value]
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
            ? [`${t.id} ${t.title}`, t.start, t.due, w(t.status as ReportWordId), oneDecimal(t.expected), oneDecimal(t.actual), ratioText(String(t.actual), t.expected.toFixed(1), t.actual / t.expected, w)]
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
          return [`${t.id} ${t.name}`, t.start, t.end, t.baseline, t.target, t.current, { text: round3(t.expected), value: t.expected }, achieved, value];
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
    if (t.kind === 'missing') paragraphs.push(w('missingTerm', { document: documentName(t.key, w), due: t.due }));
    if (t.kind === 'exchange') {
      const figures = { start: t.start, end: t.end, planned: t.planned, share: round3(t.share), expected: round3(t.expected), held: t.held };
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
      rows: a.entries.map((e) => [e.date, { text: signed(e.points), value: e.points }, e.reason]),
    },
    empty: w('noAdjustments'),
  });
  return { title: w('explainTitle', { name: score.name, unit: score.unit }), meta: [windowMeta(w, fields)], sections };
}

export function monthlyView(report: MonthlyReport, lang: Lang, close: string, behindPoints = 20): View {
  const w = wordsFor(lang);
  const reasons = (list: LightReason[]) => (list.length === 0 ? w('noReasons') : list.map((r) => lightReasonText(r, w, behindPoints)).join('；'));
  const s = report.summary;
  const lightCell = (light: string): Cell => ({ text: w(light as ReportWordId), tone: light as Tone });
  return {
    title: w('monthlyTitle', { title: report.title, month: report.month }),
    meta: [...periodMeta(w, report.asOf, report.open, close), windowMeta(w, report)],
    sections: [
      {
        heading: w('monthlySummary'),
        paragraphs: [w('summaryProgress', { units: s.units, ...s.progress }), w('summaryMeasures', { ...s.measures }), w('summaryLights', { ...s.lights })],
      },
      {
        heading: w('unitsSection'),
        table: {
          columns: [
            { label: w('unitCol') },
            { label: w('lightCol') },
            { label: w('reasonsCol') },
            { label: w('progressCol') },
            { label: w('measuresCol'), align: 'right' },
            { label: w('blockedCol'), align: 'right' },
            { label: w('overdueCol'), align: 'right' },
          ],
          rows: report.units.map((u) => [u.name, lightCell(u.light), reasons(u.lightReasons), submissionCell(u.progress, w), `${u.measures.done}/${u.measures.total}`, u.measures.blocked, u.measures.overdue]),
        },
        chart: {
          kind: 'matrix',
          title: w('lightChart'),
          rows: report.units.map((u) => u.name),
          columns: [w('lightCol'), w('progressCol')],
          cells: report.units.map((u) => [u.light as Tone, u.progress ? (STATE_TONE[u.progress.state] ?? null) : null]),
          legend: (['red', 'yellow', 'green'] as const).map((tone) => ({ tone, label: w(tone) })),
        },
      },
      {
        heading: w('chaseSection'),
        table: {
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
          rows: report.chase.map((c) => [
            c.name,
            `${c.measure} ${c.title}`,
            `${c.responsible.unit} ${c.responsible.person}`,
            c.due,
            { text: String(c.daysOverdue), value: c.daysOverdue, tone: c.daysOverdue > 0 ? 'red' : undefined },
            { text: `${c.percent}%`, value: c.percent },
            { text: w(c.status as ReportWordId), tone: c.status === 'blocked' ? 'red' : undefined },
            c.blocker ?? '',
          ]),
        },
        empty: w('chaseEmpty'),
      },
      {
        heading: w('missingSection'),
        table: {
          columns: [{ label: w('unitCol') }, { label: w('documentsCol') }],
          rows: report.missing.map((m) => [m.name, m.documents.map((d) => d.file).join('、')]),
        },
        empty: w('missingEmpty'),
      },
    ],
  };
}

function movement(rank: number | null, previous: number | null): Cell {
  if (rank === null || previous === null) return { text: '—', tone: 'muted' };
  if (rank < previous) return { text: `↑${previous - rank}`, tone: 'green' };
  if (rank > previous) return { text: `↓${rank - previous}`, tone: 'red' };
  return { text: '0', tone: 'muted' };
}

function namedList(units: string[], scores: UnitScore[], w: Words): string[] {
  if (units.length === 0) return [w('noneListed')];
  return [units.map((id) => scores.find((s) => s.unit === id)?.name ?? id).join('、')];
}

function standingCell(standing: string | null, w: Words): Cell {
  return standing === null ? { text: '—', tone: 'muted' } : { text: w(standing as ReportWordId), tone: standing === 'following' ? 'yellow' : standing === 'leading' ? 'green' : undefined };
}

/** 指标对标情况: every indicator with its standing now and in the previous window. */
function ledgerSection(entries: LedgerEntry[], units: UnitScore[], w: Words): Section {
  const name = (unit: string) => units.find((s) => s.unit === unit)?.name ?? unit;
  return {
    heading: w('ledgerSection'),
    table: {
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

export function quarterlyView(report: QuarterlyReport, lang: Lang, close: string, scoring: Scoring): View {
  const w = wordsFor(lang);
  const top = scoring.grades[0]?.label ?? '';
  const bottom = scoring.grades[scoring.grades.length - 1]?.label ?? '';
  return {
    title: w('quarterlyTitle', { title: report.title, quarter: report.quarter }),
    meta: [...periodMeta(w, report.asOf, report.open, close), windowMeta(w, report), w('previousNote', report.previous)],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w)],
        table: {
          columns: [...scoreColumns(w), { label: w('previousScoreCol'), align: 'right' }, { label: w('movementCol') }, { label: w('standingCol') }],
          rows: report.units.map((u) => [...scoreRow(u), oneDecimal(u.previousScore), movement(u.rank, u.previousRank), `${u.standing.following}/${u.standing.abreast}/${u.standing.leading}`]),
        },
        chart: scoreChart(report.units, w),
      },
      ledgerSection(report.indicators, report.units, w),
      { heading: w('commendSection'), paragraphs: [w('commendNote', { grade: top }), ...namedList(report.commend, report.units, w)] },
      { heading: w('callOutSection'), paragraphs: [w('commendNote', { grade: bottom }), ...namedList(report.callOut, report.units, w)] },
    ],
  };
}

export function annualView(report: AnnualReport, lang: Lang, close: string, scoring: Scoring): View {
  const w = wordsFor(lang);
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.name ?? unit;
  return {
    title: w('annualTitle', { title: report.title, year: report.year }),
    meta: [...periodMeta(w, report.asOf, report.open, close), windowMeta(w, report)],
    sections: [
      {
        heading: w('scoreSection'),
        paragraphs: [componentsNote(scoring, w)],
        table: { columns: scoreColumns(w), rows: report.units.map(scoreRow) },
        chart: scoreChart(report.units, w),
      },
      {
        heading: w('yearOnYearSection'),
        paragraphs: [w('yearOnYearNote', report.previous)],
        table: {
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
            u.name,
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
      {
        heading: w('learnedSection'),
        table: {
          columns: [{ label: w('unitCol') }, { label: w('titleCol') }, { label: w('summaryCol') }, { label: w('measuresRefCol') }],
          rows: report.learned.map((l) => [name(l.unit), l.title, l.summary, l.measures.join(', ')]),
        },
        empty: w('learnedEmpty'),
      },
      {
        heading: w('ongoingSection'),
        table: {
          columns: [{ label: w('unitCol') }, { label: w('measureCol') }],
          rows: report.ongoing.map((o) => [name(o.unit), `${o.measure} ${o.title}`]),
        },
        empty: w('ongoingEmpty'),
      },
      {
        heading: w('achievementsSection'),
        table: {
          columns: [{ label: w('unitCol') }, { label: w('titleCol') }, { label: w('levelCol') }, { label: w('descriptionCol') }],
          rows: report.achievements.map((a) => [name(a.unit), a.title, w(a.level), a.description]),
        },
        empty: w('achievementsEmpty'),
      },
    ],
  };
}
