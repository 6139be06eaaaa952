// The five components of a unit's score over an evaluation window (DESIGN §5.1), each in [0, 1] or null, with every term shown.
import { yearOf, type IsoDate } from '../calendar/dates.js';
import { expectedPercent, progressDueDate } from '../calendar/schedule.js';
import { documentDate, elapsedShare, inWindow, periodEnd, type Evaluation } from '../calendar/window.js';
import { inPlayOn, measureDefinitions, percentOf, reportDate, statusReports, statusesOn, documentOrder } from '../model/measures.js';
import type { Campaign } from '../model/types.js';
import { yearlyUpdateFor, yearlyUpdates } from '../model/yearly.js';
import type { CampaignState, Doc, DocumentEntry, UnitState } from '../model/state.js';
import type { AnnualDoc, ComponentId, Indicator, ProgressDoc } from '../model/types.js';

export interface ComponentResult {
  score: number | null;
  /** The terms the score is the mean of (or the ratio it is), so a clerk can redo the sum. */
  detail: Term[];
}

/** Why an indicator is listed but not assessed on E. */
export type IndicatorSkip = 'no-value' | 'wrong-direction';

export type Term =
  | { kind: 'document'; key: string; file: string; date: IsoDate; due: IsoDate; state: string; submitted: IsoDate | null; daysLate: number | null; value: number }
  | { kind: 'compliance'; key: string; file: string; errors: number; value: number }
  | { kind: 'measure'; id: string; title: string; start: IsoDate; due: IsoDate; expected: number; actual: number; status: string; value: number }
  | {
      kind: 'indicator';
      id: string;
      name: string;
      direction: string;
      start: IsoDate;
      end: IsoDate;
      baseline: number;
      target: number;
      current: number | null;
      /** Share of the way the schedule has come on E, 0–1. */
      expected: number;
      /** (current − baseline) / (target − baseline), unclamped; null when not assessed. */
      achieved: number | null;
      /** clamp(achieved / expected, 0, 1); null when not assessed. */
      value: number | null;
      skipped: IndicatorSkip | null;
    }
  | { kind: 'exchange'; start: IsoDate; end: IsoDate; planned: number; minimum: boolean; share: number; expected: number; held: number; value: number | null }
  /** The document the component rests on is missing past its deadline: the component is 0. */
  | { kind: 'missing'; key: string; file: string; due: IsoDate; value: 0 };

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const scored = (detail: Term[]): number | null => mean(detail.flatMap((t) => ('value' in t && t.value !== null ? [t.value] : [])));

/** The documents of W: those whose date lies in W, submitted by A or missing on A (pending ones are not counted). */
export function windowDocuments(unit: UnitState, evaluation: Evaluation): DocumentEntry[] {
  return unit.documents.filter((d) => d.status.state !== 'pending' && inWindow(documentDate(d.expected), evaluation.window));
}

/** The entry of a document the components rest on, when it is missing on A. */
function missingDocument(unit: UnitState, key: 'benchmark' | 'plan'): Term | null {
  const entry = unit.documents.find((d) => d.expected.key === key);
  return entry?.status.state === 'missing' ? { kind: 'missing', key, file: entry.file, due: entry.expected.due, value: 0 } : null;
}

/** 按时报送: on time 1, late `late_credit`, missing 0, over the documents of W. */
export function timeliness(documents: DocumentEntry[], lateCredit: number): ComponentResult {
  const credit = { 'on-time': 1, late: lateCredit, missing: 0, pending: 0 } as const;
  const detail: Term[] = documents.map(({ expected, status, file }) => ({
    kind: 'document',
    key: expected.key,
    file,
    date: documentDate(expected),
    due: expected.due,
    state: status.state,
    submitted: status.submitted,
    daysLate: status.daysLate,
    value: credit[status.state],
  }));
  return { score: scored(detail), detail };
}

/** 规范完整: the share of W's submitted documents with no error-level finding located in their file. */
export function compliance(documents: DocumentEntry[], errorsByFile: ReadonlyMap<string, number>): ComponentResult {
  const detail: Term[] = documents
    .filter((d) => d.source !== null)
    .map(({ expected, file }) => {
      const errors = errorsByFile.get(file) ?? 0;
      return { kind: 'compliance', key: expected.key, file, errors, value: errors === 0 ? 1 : 0 };
    });
  return { score: scored(detail), detail };
}

/**
 * 措施落实: mean of min(1, actual / expected) over the measures in play on E — started, not dropped,
 * not already done in a document of a period before W.start; a measure with expected 0 is left out.
 */
export function execution(unit: UnitState, campaign: Campaign, evaluation: Evaluation): ComponentResult {
  const missing = missingDocument(unit, 'plan');
  if (missing) return { score: 0, detail: [missing] };
  const { evaluatedOn: on, window } = evaluation;
  // Until the first progress report is due by A no status can have reached the office: the schedule does not call
  // for one yet (a punctual unit reports March's work on the due date in April).
  if (on < firstStatusDate(campaign) || evaluation.asOf < progressDueDate(campaign, campaign.progress.first)) return { score: null, detail: [] };
  const reports = statusReports(unit);
  const latest = statusesOn(reports, on);
  const doneBefore = new Set(reports.filter((r) => reportDate(r) < window.start && r.entry.status === 'done').map((r) => r.entry.id));
  const detail: Term[] = [];
  for (const definition of measureDefinitions(unit)) {
    const { measure, start } = definition;
    if (!inPlayOn(definition, on) || doneBefore.has(measure.id)) continue;
    const expected = expectedPercent(start, measure.due, on);
    if (expected <= 0) continue;
    const last = latest.get(measure.id)?.entry;
    const actual = last ? percentOf(last) : 0;
    detail.push({ kind: 'measure', id: measure.id, title: measure.title, start, due: measure.due, expected, actual, status: last?.status ?? 'not-started', value: Math.min(1, actual / expected) });
  }
  return { score: scored(detail), detail };
}

/** The end of the first progress month: no measure status is called for before it. */
export function firstStatusDate(campaign: Campaign): IsoDate {
  return periodEnd({ month: campaign.progress.first });
}

export interface Reading {
  /** The date of the period reported on. */
  date: IsoDate;
  value: number;
}

/** Every value reported for each indicator, oldest period first (a month's progress, then the year's review). */
export function indicatorReadings(unit: UnitState): Map<string, Reading[]> {
  const docs: (Doc<ProgressDoc> | Doc<AnnualDoc>)[] = [...unit.progress, ...unit.annual];
  const ordered = docs.map((doc) => ({ doc, order: documentOrder(doc) })).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const readings = new Map<string, Reading[]>();
  for (const { doc, order } of ordered) {
    for (const entry of doc.data.indicators ?? []) {
      const list = readings.get(entry.id) ?? [];
      list.push({ date: order.slice(0, 10), value: entry.value });
      readings.set(entry.id, list);
    }
  }
  return readings;
}

/** The latest value reported for a period on or before `on`. */
export function latestReading(readings: Reading[] | undefined, on: IsoDate): Reading | undefined {
  let found: Reading | undefined;
  for (const reading of readings ?? []) if (reading.date <= on) found = reading;
  return found;
}

/** An indicator's way from (start, baseline) to (end, target). */
export interface Trajectory {
  indicator: Indicator;
  start: IsoDate;
  end: IsoDate;
  baseline: number;
  target: number;
  /** `benchmark`, or `annual:Y` for a target set by the yearly update of year Y. */
  source: string;
}

/**
 * Every trajectory of the unit's indicators, by start: benchmark.yaml's from the plan's submission to
 * the reach phase's end; each yearly update's (annual/Y `targets`, `new_indicators`) over year Y+1,
 * from the latest value reported for a period ≤ Y (a new indicator: its own baseline).
 */
export function trajectories(unit: UnitState, campaign: Campaign, readings: Map<string, Reading[]>): Trajectory[] {
  const list: Trajectory[] = [];
  const known = new Map<string, Indicator>();
  for (const indicator of unit.benchmark?.data.indicators ?? []) known.set(indicator.id, indicator);
  const plan = unit.plan;
  if (plan) {
    for (const indicator of known.values()) {
      list.push({ indicator, start: plan.data.submitted, end: campaign.phases.reach.end, baseline: indicator.baseline, target: indicator.target, source: 'benchmark' });
    }
  }
  for (const { reviewed, start, end, newIndicators, targets } of yearlyUpdates(unit)) {
    for (const indicator of newIndicators) {
      known.set(indicator.id, indicator);
      list.push({ indicator, start, end, baseline: indicator.baseline, target: indicator.target, source: `annual:${reviewed}` });
    }
    for (const { id, target } of targets) {
      const indicator = known.get(id);
      if (!indicator) continue;
      const baseline = latestReading(readings.get(id), periodEnd({ year: reviewed }))?.value ?? indicator.baseline;
      list.push({ indicator, start, end, baseline, target, source: `annual:${reviewed}` });
    }
  }
  return list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The trajectory in force on E for each indicator: the latest whose start ≤ E. */
export function trajectoriesOn(list: Trajectory[], on: IsoDate): Map<string, Trajectory> {
  const inForce = new Map<string, Trajectory>();
  for (const trajectory of list) if (trajectory.start <= on) inForce.set(trajectory.indicator.id, trajectory);
  return inForce;
}

/** (current − baseline) / (target − baseline); where target = baseline, 1 if current is at least as good, else 0. */
export function achievedShare(direction: string, baseline: number, target: number, current: number): number {
  if (target === baseline) return (direction === 'higher' ? current >= baseline : current <= baseline) ? 1 : 0;
  return (current - baseline) / (target - baseline);
}

/** A target on the wrong side of its baseline (`indicator-target-direction`): not assessable. */
export function wrongDirection(direction: string, baseline: number, target: number): boolean {
  return direction === 'higher' ? target < baseline : target > baseline;
}

/** One indicator on E against its trajectory: assessed only with a value reported for a period within (start, E]. */
export function indicatorTerm(trajectory: Trajectory, readings: Reading[] | undefined, on: IsoDate): Extract<Term, { kind: 'indicator' }> {
  const { indicator, start, end, baseline, target } = trajectory;
  const current = latestReading(readings, on)?.value ?? null;
  const expected = elapsedShare(start, end, on);
  const base = { kind: 'indicator' as const, id: indicator.id, name: indicator.name, direction: indicator.direction, start, end, baseline, target, current, expected };
  if (wrongDirection(indicator.direction, baseline, target)) return { ...base, achieved: null, value: null, skipped: 'wrong-direction' };
  const fresh = (readings ?? []).some((r) => r.date > start && r.date <= on);
  if (!fresh || current === null || expected <= 0) return { ...base, achieved: null, value: null, skipped: 'no-value' };
  const achieved = achievedShare(indicator.direction, baseline, target, current);
  return { ...base, achieved, value: clamp01(achieved / expected), skipped: null };
}

/** 指标达标: mean of clamp(achieved / expected, 0, 1) over the indicators assessable on E. */
export function indicators(unit: UnitState, campaign: Campaign, evaluation: Evaluation): ComponentResult {
  const missing = missingDocument(unit, 'benchmark') ?? missingDocument(unit, 'plan');
  if (missing) return { score: 0, detail: [missing] };
  const readings = indicatorReadings(unit);
  const inForce = trajectoriesOn(trajectories(unit, campaign, readings), evaluation.evaluatedOn);
  const detail: Term[] = [...inForce.values()].map((t) => indicatorTerm(t, readings.get(t.indicator.id), evaluation.evaluatedOn));
  return { score: scored(detail), detail };
}

export interface ExchangePlan {
  start: IsoDate;
  end: IsoDate;
  /** Σ planned, all types together; `exchange_min` when nothing is planned. */
  planned: number;
  minimum: boolean;
}

/**
 * The exchange plan in force on E: plan.yaml's over [plan submitted, reach end], or from the create
 * phase on annual/(Y−1)'s `exchanges_planned` over year Y; null before the plan is submitted.
 */
export function exchangePlanOn(unit: UnitState, campaign: Campaign, on: IsoDate): ExchangePlan | null {
  const plan = unit.plan;
  if (!plan || on < plan.data.submitted) return null;
  const total = (list: { planned: number }[] | undefined) => (list ?? []).reduce((sum, e) => sum + e.planned, 0);
  const withMinimum = (start: IsoDate, end: IsoDate, planned: number): ExchangePlan =>
    planned > 0 ? { start, end, planned, minimum: false } : { start, end, planned: campaign.scoring.exchange_min, minimum: true };
  if (on >= campaign.phases.create.start) {
    const year = yearOf(on);
    return withMinimum(`${year}-01-01`, `${year}-12-31`, total(yearlyUpdateFor(unit, year)?.exchangesPlanned));
  }
  return withMinimum(plan.data.submitted, campaign.phases.reach.end, total(plan.data.exchanges));
}

/** Exchanges reported in the unit's documents, each once (the same type, date and count reported twice counts once). */
export function reportedExchanges(unit: UnitState): { type: string; date: IsoDate; count: number }[] {
  const seen = new Map<string, { type: string; date: IsoDate; count: number }>();
  for (const doc of [...unit.progress, ...unit.annual]) {
    for (const e of doc.data.exchanges ?? []) seen.set(`${e.type}|${e.date}|${e.count}`, { type: e.type, date: e.date, count: e.count });
  }
  return [...seen.values()];
}

/** 交流合作: min(1, held / expected) for the plan in force on E; when expected < 1, null unless one is held (then 1). */
export function exchange(unit: UnitState, campaign: Campaign, evaluation: Evaluation): ComponentResult {
  const missing = missingDocument(unit, 'plan');
  if (missing) return { score: 0, detail: [missing] };
  const on = evaluation.evaluatedOn;
  const plan = exchangePlanOn(unit, campaign, on);
  if (!plan) return { score: null, detail: [] };
  const held = reportedExchanges(unit)
    .filter((e) => e.date >= plan.start && e.date <= plan.end && e.date <= on)
    .reduce((sum, e) => sum + e.count, 0);
  const share = elapsedShare(plan.start, plan.end, on);
  const expected = plan.planned * share;
  const value = expected < 1 ? (held >= 1 ? 1 : null) : Math.min(1, held / expected);
  return { score: value, detail: [{ kind: 'exchange', start: plan.start, end: plan.end, planned: plan.planned, minimum: plan.minimum, share, expected, held, value }] };
}

export function components(unit: UnitState, state: CampaignState, evaluation: Evaluation, errorsByFile: ReadonlyMap<string, number>): Record<ComponentId, ComponentResult> {
  const documents = windowDocuments(unit, evaluation);
  return {
    timeliness: timeliness(documents, state.campaign.scoring.late_credit),
    compliance: compliance(documents, errorsByFile),
    execution: execution(unit, state.campaign, evaluation),
    indicators: indicators(unit, state.campaign, evaluation),
    exchange: exchange(unit, state.campaign, evaluation),
  };
}
