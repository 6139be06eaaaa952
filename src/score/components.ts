// The five components of a unit's score over an evaluation window (DESIGN §5.1), each in [0, 1] or null, with every term shown.
import type { IsoDate } from '../calendar/dates.js';
import { expectedPercent, measureLine, nominalDueDate, segmentOf, type Segment } from '../calendar/schedule.js';
import { documentDate, inWindow, isPastDue, type Evaluation } from '../calendar/window.js';
import { measureDefinitions, type MeasureDefinition } from '../model/measures.js';
import type { ErrorsByFile } from '../model/finding.js';
import type { CampaignState, DocumentEntry, UnitState } from '../model/state.js';
import type { Campaign, ComponentId } from '../model/types.js';
import { basisMissing, doneReport, evidenceOf, measureAt, yearlyBasisMissing, type UnitEvidence } from './evidence.js';
import { exchange, type ExchangeTerm } from './exchange.js';
import { indicators, type IndicatorTerm } from './indicators.js';

/** Why a component is not assessed in the window (its score is null). */
export type NullReason =
  /** No document of the window was due by the as-of date. */
  | 'no-documents'
  /** No report is due yet: nothing can be read at an evidence date. */
  | 'no-report-due'
  /** The schedule expects nothing yet (every measure or indicator at 0 on D). */
  | 'nothing-expected'
  /** Every measure was done before the window began. */
  | 'all-done-before'
  /** The unit has no measures, or no indicators, in force. */
  | 'none'
  /** The exchange plan is not in force before the plan's deadline. */
  | 'plan-not-in-force';

export interface ComponentResult {
  score: number | null;
  /** The terms the score is the mean of (or the ratio it is), so a clerk can redo the sum. */
  detail: Term[];
  /** Why the score is null. */
  reason?: NullReason;
  /** False when the component's weight does not count toward `assessable` (an exchange the schedule does not yet call for). */
  assessable?: boolean;
}

export type MeasureTerm = {
  kind: 'measure';
  id: string;
  title: string;
  start: IsoDate;
  due: IsoDate;
  /** Why the schedule starts where it does: the plan's deadline, a revision's `added` date, a yearly update. */
  startsFrom: 'plan-deadline' | 'added' | 'yearly-update';
  milestones: { by: IsoDate; percent: number }[];
  /** The part of the line D falls in (null from `due` on: expected 100). */
  segment: Segment | null;
  expected: number;
  actual: number;
  status: string;
  /** The report the actual comes from (`progress:2022-06`), null when there is none. */
  report: string | null;
  /** Due before the window and not done: 0 until reported done. */
  overdue: boolean;
  value: number;
};

export type Term =
  | { kind: 'document'; key: string; file: string; date: IsoDate; due: IsoDate; nominalDue: IsoDate; state: string; submitted: IsoDate | null; daysLate: number | null; value: number }
  | { kind: 'compliance'; key: string; file: string; state: string; errors: number; value: number }
  | MeasureTerm
  | IndicatorTerm
  | ExchangeTerm
  /** A measure stopped by a plan revision on or before D: listed, never scored. */
  | { kind: 'dropped'; id: string; title: string; date: IsoDate; reason: string }
  /** The document the component rests on is missing (or unusable) past its deadline: the component is 0. */
  | { kind: 'missing'; key: string; file: string; due: IsoDate; value: 0 };

/**
 * Figures are kept at the precision `score --explain` prints them (shares and values 4 decimals,
 * percents and points 2), so that a director who redoes the sum with the printed figures gets the
 * printed result. Rounding keeps every comparison's direction, so the invariants hold as before.
 */
export const round4 = (x: number): number => Math.round(x * 1e4 + Number.EPSILON * 1e4) / 1e4;
export const round2 = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;

const mean = (values: number[]): number | null => (values.length === 0 ? null : round4(values.reduce((a, b) => a + b, 0) / values.length));
export const scored = (detail: Term[]): number | null => mean(detail.flatMap((t) => ('value' in t && t.value !== null && t.kind !== 'exchange' ? [t.value] : [])));

/** The documents of W: those whose date lies in W and whose due date has passed on A — submitted or missing (DESIGN §5.1). */
export function windowDocuments(unit: UnitState, evaluation: Evaluation): DocumentEntry[] {
  return unit.documents.filter((d) => isPastDue(d.expected.due, evaluation.asOf) && inWindow(documentDate(d.expected), evaluation.window));
}

/** The 0 a component takes when what it rests on is missing. */
export function missingTerm(entry: DocumentEntry): Extract<Term, { kind: 'missing' }> {
  return { kind: 'missing', key: entry.expected.key, file: entry.file, due: entry.expected.due, value: 0 };
}

/** 按时报送: on time 1, late `late_credit`, missing 0, over the documents of W. */
export function timeliness(documents: DocumentEntry[], lateCredit: number, nominal: (d: DocumentEntry) => IsoDate = (d) => d.expected.due): ComponentResult {
  const credit = { 'on-time': 1, late: lateCredit, missing: 0, pending: 0 } as const;
  const detail: Term[] = documents.map((entry) => ({
    kind: 'document',
    key: entry.expected.key,
    file: entry.file,
    date: documentDate(entry.expected),
    due: entry.expected.due,
    nominalDue: nominal(entry),
    state: entry.status.state,
    submitted: entry.status.submitted,
    daysLate: entry.status.daysLate,
    value: credit[entry.status.state],
  }));
  const score = scored(detail);
  return score === null ? { score, detail, reason: 'no-documents' } : { score, detail };
}

/** 规范完整: the share of W's documents submitted with no error-level finding in their file; a missing one is not compliant. */
export function compliance(documents: DocumentEntry[], errorsByFile: ErrorsByFile): ComponentResult {
  const detail: Term[] = documents.map(({ expected, file, source, status }) => {
    const errors = source === null ? 0 : (errorsByFile.get(file)?.length ?? 0);
    return { kind: 'compliance', key: expected.key, file, state: status.state, errors, value: source !== null && errors === 0 ? 1 : 0 };
  });
  const score = scored(detail);
  return score === null ? { score, detail, reason: 'no-documents' } : { score, detail };
}

/** The segment of a measure's line that `on` falls in; null from `due` on. */
export function segmentOn(start: IsoDate, due: IsoDate, on: IsoDate, milestones: readonly { by: IsoDate; percent: number }[]): Segment | null {
  return on >= due || due <= start ? null : segmentOf(measureLine(start, due, milestones), on);
}

function startsFrom(definition: MeasureDefinition): MeasureTerm['startsFrom'] {
  return 'year' in definition.source.data ? 'yearly-update' : definition.measure.added ? 'added' : 'plan-deadline';
}

/**
 * 措施落实: mean of min(1, actual / expected) over the measures in play on D (DESIGN §5.1). Which
 * measures count follows the schedule: started by D and not dropped; due in or after W (in play), or
 * due before W and not yet reported done (0 until it is). A measure due before W but after D is read
 * on D like one in play: the evidence has not reached its due date yet.
 */
export function execution(unit: UnitState, campaign: Campaign, evaluation: Evaluation): ComponentResult {
  const { asOf, window, evidence: slot } = evaluation;
  const missing = basisMissing(unit, 'plan', asOf) ?? (slot ? yearlyBasisMissing(unit, campaign, slot.end, asOf) : null);
  if (missing) return { score: 0, detail: [missingTerm(missing)] };
  if (!slot) return { score: null, detail: [], reason: 'no-report-due' };
  const on = slot.end;
  const evidence = evidenceOf(unit, campaign, asOf);
  const detail: Term[] = [];
  let doneBefore = 0;
  let started = 0;
  for (const definition of measureDefinitions(unit)) {
    const { start, dropped, measure } = definition;
    if (dropped !== null && dropped <= on && start <= on) detail.push({ kind: 'dropped', id: measure.id, title: measure.title, date: dropped, reason: measure.dropped?.reason ?? '' });
    if (start > on || (dropped !== null && dropped <= on)) continue;
    started++;
    const term = measureTerm(definition, evidence, slot, window.start);
    if (term === 'out') doneBefore++;
    else if (term !== null) detail.push(term);
  }
  const score = scored(detail);
  if (score !== null) return { score, detail };
  return { score, detail, reason: started === 0 ? 'none' : doneBefore === started ? 'all-done-before' : 'nothing-expected' };
}

/** One measure's term on D: 'out' when it was done before W began (or due before W and done since); null when nothing is expected yet. */
function measureTerm(definition: MeasureDefinition, evidence: UnitEvidence, slot: NonNullable<Evaluation['evidence']>, windowStart: IsoDate): MeasureTerm | 'out' | null {
  const { measure, start } = definition;
  const on = slot.end;
  const milestones = measure.milestones ?? [];
  const base = { kind: 'measure' as const, id: measure.id, title: measure.title, start, due: measure.due, startsFrom: startsFrom(definition), milestones };
  if (measure.due < windowStart && measure.due <= on) {
    // Due before the window (and by D): out once reported done; until then overdue from an earlier window, 0.
    if (doneReport(evidence, measure.id, on)) return 'out';
    const reading = measureAt(evidence, slot, measure.id);
    return { ...base, segment: null, expected: 100, actual: reading.actual, status: reading.status ?? 'unreported', report: reading.report, overdue: true, value: 0 };
  }
  const expected = round2(expectedPercent(start, measure.due, on, milestones));
  if (expected <= 0) return null;
  const reading = measureAt(evidence, slot, measure.id);
  return {
    ...base,
    segment: segmentOn(start, measure.due, on, milestones),
    expected,
    actual: reading.actual,
    status: reading.status ?? 'unreported',
    report: reading.report,
    overdue: false,
    value: round4(Math.min(1, reading.actual / expected)),
  };
}

export function components(unit: UnitState, state: CampaignState, evaluation: Evaluation, errorsByFile: ErrorsByFile): Record<ComponentId, ComponentResult> {
  const documents = windowDocuments(unit, evaluation);
  return {
    timeliness: timeliness(documents, state.campaign.scoring.late_credit, (d) => nominalDueDate(state.campaign, d.expected)),
    compliance: compliance(documents, errorsByFile),
    execution: execution(unit, state.campaign, evaluation),
    indicators: indicators(unit, state.campaign, evaluation),
    exchange: exchange(unit, state.campaign, evaluation),
  };
}
