// `score --explain`: every term of a unit's score, with the figures the next step uses, so that a
// unit's director can redo the sum with a pen (DESIGN §5.2).
import { documentCovers } from '../calendar/schedule.js';
import { fill, type Lang, type MessageData } from '../i18n/index.js';
import { explainWords, type ExplainWordId } from '../i18n/explain-words.js';
import { documentName, sayDate } from '../i18n/periods.js';
import { reportWords, type ReportWordId } from '../i18n/report-words.js';
import { COMPONENT_IDS, type Campaign, type ComponentId, type Scoring } from '../model/types.js';
import type { EvaluationFields } from '../reports/scores.js';
import type { MeasureTerm, Term } from '../score/components.js';
import type { ExchangeTerm } from '../score/exchange.js';
import type { IndicatorTerm } from '../score/indicators.js';
import type { ComponentScore, UnitScore } from '../score/index.js';
import type { CellInput, Section, Table, View } from './view.js';

/**
 * The explain words, (`shared`) the report words the other views use for the same things: states,
 * adjustments, exchange types; and (`document`) a document's name from its key, by the campaign's stretches.
 */
type Words = ((id: ExplainWordId, data?: MessageData) => string) & {
  lang: Lang;
  shared: (id: ReportWordId, data?: MessageData) => string;
  document: (key: string) => string;
};
const wordsFor = (lang: Lang, campaign: Campaign): Words =>
  Object.assign((id: ExplainWordId, data?: MessageData) => fill(explainWords[id][lang], data), {
    lang,
    shared: (id: ReportWordId, data?: MessageData) => fill(reportWords[id][lang], data),
    document: (key: string) => documentName(key, lang, documentCovers(campaign, key)),
  });

/** Up to four decimals, no trailing zeros: the precision the engine keeps. */
const n4 = (x: number) => String(Math.round(x * 1e4) / 1e4);
const n2 = (x: number) => String(Math.round(x * 100) / 100);
const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

export interface ExplainOptions {
  scoring: Pick<Scoring, 'bonus_cap' | 'penalty_cap' | 'late_credit' | 'min_assessable'>;
  /** Whose documents are named: a quarterly stretch's progress report by its quarter. */
  campaign: Campaign;
}

export function explainView(score: UnitScore, fields: EvaluationFields, lang: Lang, { scoring, campaign }: ExplainOptions): View {
  const w = wordsFor(lang, campaign);
  const say = (iso: string) => sayDate(iso, lang);
  const judged = COMPONENT_IDS.filter((id) => score.components[id].score !== null);
  const total = judged.reduce((sum, id) => sum + score.components[id].weight, 0);
  const meta = [w('window', { start: say(fields.window.start), end: say(fields.window.end), asOf: say(fields.asOf) })];
  const { evidenceOn, evidenceReport } = fields;
  meta.push(evidenceOn && evidenceReport ? w('evidence', { asOf: say(fields.asOf), report: w.document(evidenceReport), on: say(evidenceOn) }) : w('noEvidence', { asOf: say(fields.asOf) }));
  const sections: Section[] = [{ heading: w.shared('scoreCol'), paragraphs: [...summary(score, scoring, w), w('weights', { total })] }];
  for (const id of COMPONENT_IDS) sections.push(componentSection(id, score.components[id], total, w, scoring));
  sections.push(adjustmentSection(score, scoring, w));
  return { title: w('title', { name: score.name }), meta, sections };
}

function summary(score: UnitScore, scoring: ExplainOptions['scoring'], w: Words): string[] {
  if (score.score === null || score.base === null) return [w('noScore')];
  const figures = { score: score.score.toFixed(1), base: n2(score.base), adjust: signed(score.adjustments.total) };
  const lines =
    score.grade === null
      ? [w('summaryUngraded', { ...figures, assessable: score.assessable, min: scoring.min_assessable })]
      : [w('summary', { ...figures, grade: score.grade, rank: score.rank })];
  const raw = Math.round((score.base + score.adjustments.total) * 100) / 100;
  const clamped = Math.min(100, Math.max(0, raw));
  if (clamped !== raw) lines.push(w('clamp', { base: n2(score.base), adjust: signed(score.adjustments.total), raw: n2(raw), clamped }));
  lines.push(w('rounding', { raw: n2(clamped), score: score.score.toFixed(1) }));
  return lines;
}

function componentSection(id: ComponentId, c: ComponentScore, total: number, w: Words, scoring: ExplainOptions['scoring']): Section {
  const component = w.shared(id);
  const heading =
    c.score === null
      ? w('componentNull', { component, weight: c.weight, reason: c.reason ? w(`reason-${c.reason}`) : '' })
      : w('component', { component, score: n4(c.score), weight: c.weight, total, points: n2(c.points ?? 0) });
  const paragraphs: string[] = [];
  const missing = c.detail.find((t) => t.kind === 'missing');
  if (missing && missing.kind === 'missing') return { heading, paragraphs: [w('missing', { document: w.document(missing.key), due: sayDate(missing.due, w.lang) })] };
  const rule = { timeliness: w('timelinessRule', { lateCredit: scoring.late_credit }), compliance: w('complianceRule'), execution: w('executionRule'), indicators: w('indicatorsRule'), exchange: w('exchangeRule') }[id];
  paragraphs.push(rule);
  if (id === 'exchange') {
    const terms = c.detail.filter((t): t is ExchangeTerm => t.kind === 'exchange');
    for (const t of terms) paragraphs.push(exchangeLine(t, w));
    const expected = terms.reduce((sum, t) => sum + t.expected, 0);
    if (expected > 0 && c.score !== null) paragraphs.push(w('exchangeTotal', { counted: terms.reduce((sum, t) => sum + t.counted, 0), expected, score: n4(c.score) }));
    if (c.assessable === false) paragraphs.push(w('componentNotAssessable'));
    return { heading, paragraphs };
  }
  const values = c.detail.flatMap((t) => ('value' in t && typeof t.value === 'number' && !(t.kind === 'indicator' && t.skipped) ? [t.value] : []));
  for (const t of c.detail) {
    if (t.kind === 'indicator') paragraphs.push(indicatorParagraph(t, w));
    if (t.kind === 'measure') paragraphs.push(measureParagraph(t, w));
    if (t.kind === 'dropped') paragraphs.push(w('droppedMeasure', { title: t.title, date: sayDate(t.date, w.lang), reason: t.reason }));
  }
  if (c.score !== null && values.length > 0) paragraphs.push(w('mean', { sum: n4(values.reduce((a, b) => a + b, 0)), count: values.length, score: n4(c.score) }));
  return { heading, paragraphs, table: termTable(id, c.detail, w) };
}

function exchangeLine(t: ExchangeTerm, w: Words): string {
  const say = (iso: string) => sayDate(iso, w.lang);
  const type = t.type === '*' ? w('anyType', { planned: t.planned }) : w.shared(`exchange-${t.type}` as ReportWordId);
  const source = t.source === 'plan' ? w('exchangeSourcePlan') : w('exchangeSourceAnnual', { year: t.source.slice(7) });
  const items = t.items.length ? w('heldOn', { list: t.items.map((e) => `${say(e.date)} ${e.count}`).join('、') }) : '';
  return w('exchangeLine', { type, planned: t.planned, source, start: say(t.start), end: say(t.end), days: t.days, span: t.span, expected: t.expected, held: t.held, items, counted: t.counted });
}

function termTable(id: ComponentId, terms: Term[], w: Words): Table | undefined {
  const say = (iso: string) => sayDate(iso, w.lang);
  if (id === 'timeliness') {
    return {
      columns: [{ label: w('documentCol') }, { label: w('dateOfCol') }, { label: w('dueCol') }, { label: w('submittedCol') }, { label: w('stateCol') }, { label: w('valueCol'), align: 'right' }],
      rows: terms.flatMap((t): CellInput[][] => {
        if (t.kind !== 'document') return [];
        const due = t.nominalDue !== t.due ? w('dueMoved', { due: say(t.due), nominal: say(t.nominalDue) }) : say(t.due);
        const state = t.state === 'late' ? (t.daysLate === null ? w('undated') : w('lateDays', { days: t.daysLate })) : w.shared(t.state as ReportWordId);
        return [[w.document(t.key), say(t.date), due, t.submitted ? say(t.submitted) : '—', state, t.value]];
      }),
    };
  }
  if (id === 'compliance') {
    return {
      columns: [{ label: w('documentCol') }, { label: w('stateCol') }, { label: w('errorsCol'), align: 'right' }, { label: w('valueCol'), align: 'right' }],
      rows: terms.flatMap((t): CellInput[][] => (t.kind === 'compliance' ? [[w.document(t.key), w.shared(t.state as ReportWordId), t.errors, t.value]] : [])),
    };
  }
  return undefined;
}

/** One measure in a paragraph: where its schedule starts and why, its milestones, the expected share with its day counts, the report the actual comes from. */
function measureParagraph(t: MeasureTerm, w: Words): string {
  const say = (iso: string) => sayDate(iso, w.lang);
  const startWord = t.startsFrom === 'plan-deadline' ? 'startPlan' : t.startsFrom === 'added' ? 'startAdded' : 'startYearly';
  const milestones = t.milestones.length ? w('milestones', { list: t.milestones.map((m) => `${say(m.by)} ${m.percent}%`).join('、') }) : '';
  const head = w('measureHead', { title: t.title, start: w(startWord, { date: say(t.start) }), milestones, due: say(t.due) });
  if (t.overdue) return `${head}${w('overdueBefore', { actual: t.actual })}`;
  const expected =
    t.segment === null
      ? w('atDue')
      : t.segment.from.value === 0 && t.segment.to.value === 100
        ? w('straight', { days: t.segment.days, span: t.segment.span, expected: n2(t.expected) })
        : w('onSegment', { from: t.segment.from.value, to: t.segment.to.value, days: t.segment.days, span: t.segment.span, expected: n2(t.expected) });
  const report = t.report ? w.document(t.report) : null;
  const actual = report === null ? w('noReport', { actual: t.actual }) : t.status === 'unreported' ? w('notListed', { actual: t.actual }) : w('fromReport', { actual: t.actual, report });
  return `${head}${w('measureFigures', { expected, actual, value: w('min1', { a: t.actual, b: n2(t.expected), r: n4(t.value) }) })}`;
}

/** One indicator in a paragraph: the line it is judged against, the report it is read in, and each ratio. */
function indicatorParagraph(t: IndicatorTerm, w: Words): string {
  const say = (iso: string) => sayDate(iso, w.lang);
  const source = t.source === 'benchmark' ? w('sourceBenchmark') : w('sourceAnnual', { year: t.source.slice(7) });
  const head = w('indicatorHead', { name: t.name, unit: t.unit, baseline: t.baseline, target: t.target, start: say(t.start), end: say(t.end), source });
  if (t.skipped) return `${head}${t.skipped === 'not-due' ? w('notDue') : w('nothingExpected')}${w('end')}`;
  const parts = [w('readIn', { report: w.document(t.report!), on: say(t.on!) })];
  const seg = t.segment;
  if (t.rule === 'share' && t.expected !== null) {
    if (seg === null) parts.push(w('expectedFull'));
    else if (seg.from.date === t.start && seg.to.date === t.end) parts.push(w('expectedDays', { days: seg.days, span: seg.span, expected: n4(t.expected) }));
    else
      parts.push(
        w('expectedLine', { from: seg.from.value, to: seg.to.value, days: seg.days, span: seg.span, line: n4(t.lineValue!), baseline: t.baseline, target: t.target, expected: n4(t.expected) }),
      );
  }
  if (t.missing) parts.push(t.missing === 'report' ? w('reportMissing') : w('valueMissing'));
  else if (t.rule === 'wrong-direction') parts.push(w('wrongDirection'));
  else if (t.rule === 'hold') parts.push(t.value === 1 ? w('hold', { current: t.current, line: n4(t.lineValue!), value: 1 }) : w('holdFailed', { current: t.current, line: n4(t.lineValue!) }));
  else {
    parts.push(w('achieved', { current: t.current, baseline: t.baseline, target: t.target, achieved: n4(t.achieved!) }));
    const ratio = Math.round((t.achieved! / t.expected!) * 1e4) / 1e4;
    const text = w('ratio', { a: n4(t.achieved!), b: n4(t.expected!), r: n4(ratio) });
    parts.push(w('valueIs', { value: ratio === t.value ? text : w('clamped', { text, value: n4(t.value ?? 0) }) }));
  }
  return `${head}${parts.join(w('sep'))}${w('end')}`;
}

function adjustmentSection(score: UnitScore, scoring: ExplainOptions['scoring'], w: Words): Section {
  const a = score.adjustments;
  return {
    heading: w.shared('adjustmentsSection'),
    paragraphs: a.entries.length ? [w.shared('adjustmentTotals', { bonus: a.bonus, penalty: a.penalty, total: signed(a.total), bonusCap: scoring.bonus_cap, penaltyCap: scoring.penalty_cap })] : [],
    table: {
      columns: [{ label: w.shared('dateCol') }, { label: w.shared('pointsCol'), align: 'right' }, { label: w.shared('reasonCol') }],
      rows: a.entries.map((e) => [sayDate(e.date, w.lang), { text: signed(e.points), value: e.points }, e.reason]),
    },
    empty: w.shared('noAdjustments'),
  };
}
