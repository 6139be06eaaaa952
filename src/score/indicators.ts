// 指标达标 (DESIGN §5.1): each indicator against the trajectory in force, read on its own evidence date.
import type { IsoDate } from '../calendar/dates.js';
import { lineValue, segmentOf, type SchedulePoint, type Segment } from '../calendar/schedule.js';
import { carries, frequencyOf, latestDueSlot, type Evaluation, type Frequency, type ReportSlot } from '../calendar/window.js';
import type { UnitState } from '../model/state.js';
import type { Campaign, Indicator } from '../model/types.js';
import { yearlyUpdates } from '../model/yearly.js';
import { round4, type ComponentResult, type Term } from './components.js';
import { basisMissing, evidenceOf, slotKey, valueAt, yearlyBasisMissing, type UnitEvidence } from './evidence.js';

/** An indicator's way from (start, baseline) through its milestones to (end, target). */
export interface Trajectory {
  indicator: Indicator;
  start: IsoDate;
  end: IsoDate;
  baseline: number;
  target: number;
  milestones: { by: IsoDate; value: number }[];
  /** `benchmark`, or `annual:Y` for a target set by the yearly update of year Y. */
  source: string;
  /** Where the baseline comes from: the indicator's own (`own`), a report (`progress:2022-12`), or the target in force before (`previous-target`). */
  baselineFrom: string;
}

/** Why an indicator is listed but not assessed. */
export type IndicatorSkip = 'not-due' | 'nothing-expected';

export type IndicatorTerm = {
  kind: 'indicator';
  id: string;
  name: string;
  direction: string;
  unit: string;
  frequency: Frequency;
  source: string;
  start: IsoDate;
  end: IsoDate;
  baseline: number;
  baselineFrom: string;
  target: number;
  milestones: { by: IsoDate; value: number }[];
  /** D_i: the end of the latest period whose report must carry the value and was due by A; null when none yet. */
  on: IsoDate | null;
  /** The report the value was due in. */
  report: string | null;
  /** The part of the line D_i falls in, in values (null after the target date: the target must hold). */
  segment: Segment | null;
  /** The line's value on D_i. */
  lineValue: number | null;
  /** Share of the way the schedule has come on D_i, 0–1 (null for a target that holds or lowers the level). */
  expected: number | null;
  current: number | null;
  /** (current − baseline) / (target − baseline), unclamped. */
  achieved: number | null;
  /** share: clamp(achieved / expected); hold: 1 when current is at least as good as the line; wrong-direction: 0. */
  rule: 'share' | 'hold' | 'wrong-direction';
  /** Why the value is 0 when the value due is missing. */
  missing: 'report' | 'value' | null;
  value: number | null;
  skipped: IndicatorSkip | null;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The slot of year Y's last period by frequency: December's (or the fourth quarter's) report, or annual/Y. */
const yearEndSlot = (year: number, frequency: Frequency): Pick<ReportSlot, 'kind' | 'period'> =>
  frequency === 'year' ? { kind: 'annual', period: String(year) } : { kind: 'progress', period: `${year}-12` };

/** A target that does not improve on its baseline in the indicator's direction (equal counts as not improving). */
export function wrongDirection(direction: string, baseline: number, target: number): boolean {
  return direction === 'higher' ? target <= baseline : target >= baseline;
}

/**
 * Every trajectory of the unit's indicators, by start: benchmark.yaml's from the plan's deadline to the
 * reach phase's end; each yearly update's (annual/Y `targets`, `new_indicators`) over year Y+1, a target's
 * baseline being the value due for year Y's last period (the target in force for Y when it is missing).
 */
export function trajectories(unit: UnitState, campaign: Campaign, evidence: UnitEvidence): Trajectory[] {
  const list: Trajectory[] = [];
  const known = new Map<string, Indicator>();
  for (const indicator of unit.benchmark?.data.indicators ?? []) {
    known.set(indicator.id, indicator);
    list.push({ indicator, start: unit.planDeadline, end: campaign.phases.reach.end, baseline: indicator.baseline, target: indicator.target, milestones: indicator.milestones ?? [], source: 'benchmark', baselineFrom: 'own' });
  }
  for (const { reviewed, start, end, newIndicators, targets } of yearlyUpdates(unit)) {
    for (const indicator of newIndicators) {
      known.set(indicator.id, indicator);
      list.push({ indicator, start, end, baseline: indicator.baseline, target: indicator.target, milestones: indicator.milestones ?? [], source: `annual:${reviewed}`, baselineFrom: 'own' });
    }
    for (const { id, target } of targets) {
      const indicator = known.get(id);
      if (!indicator) continue;
      const slot = yearEndSlot(reviewed, frequencyOf(indicator));
      const due = evidence.reports.get(slotKey(slot))?.doc.data.indicators?.find((v) => v.id === id)?.value;
      const before = inForceOn(list, id, `${reviewed}-12-31`);
      const baseline = due ?? before?.target ?? indicator.baseline;
      const baselineFrom = due !== undefined ? slotKey(slot) : before ? 'previous-target' : 'own';
      list.push({ indicator, start, end, baseline, target, milestones: [], source: `annual:${reviewed}`, baselineFrom });
    }
  }
  return list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The trajectory in force for an indicator on a date: the latest whose start is before it. */
function inForceOn(list: readonly Trajectory[], id: string, on: IsoDate): Trajectory | undefined {
  let found: Trajectory | undefined;
  for (const t of list) if (t.indicator.id === id && t.start < on && (!found || t.start >= found.start)) found = t;
  return found;
}

/** The trajectory in force on `on` for each indicator. */
export function trajectoriesOn(list: readonly Trajectory[], on: IsoDate): Map<string, Trajectory> {
  const inForce = new Map<string, Trajectory>();
  for (const trajectory of list) if (trajectory.start <= on) inForce.set(trajectory.indicator.id, trajectory);
  return inForce;
}

function linePoints(t: Trajectory): SchedulePoint[] {
  const inside = t.milestones.filter((m) => m.by > t.start && m.by < t.end).map((m) => ({ date: m.by, value: m.value }));
  return [{ date: t.start, value: t.baseline }, ...inside, { date: t.end, value: t.target }];
}

/** One indicator, read on its own evidence date D_i: the latest period ≤ E whose report must carry its value and was due by A. */
export function indicatorTerm(indicator: Indicator, list: readonly Trajectory[], evidence: UnitEvidence, evaluation: Evaluation): IndicatorTerm | null {
  const frequency = frequencyOf(indicator);
  const first = list.find((t) => t.indicator.id === indicator.id);
  const slot = latestDueSlot(evidence.campaign, evaluation.evaluatedOn, evaluation.asOf, (s) => carries(s, frequency) && first !== undefined && s.end > first.start);
  const t = slot ? inForceOn(list, indicator.id, slot.end) : first;
  if (!t) return null;
  const base = {
    kind: 'indicator' as const,
    id: indicator.id,
    name: indicator.name,
    direction: indicator.direction,
    unit: indicator.unit,
    frequency,
    source: t.source,
    start: t.start,
    end: t.end,
    baseline: t.baseline,
    baselineFrom: t.baselineFrom,
    target: t.target,
    milestones: t.milestones,
  };
  const none = { on: null, report: null, segment: null, lineValue: null, expected: null, current: null, achieved: null, missing: null };
  if (!slot) return { ...base, ...none, rule: 'share', value: null, skipped: 'not-due' };
  const on = slot.end;
  const points = linePoints(t);
  const line = round4(lineValue(points, on));
  const segment = segmentOf(points, on);
  const { value: current, reportPresent } = valueAt(evidence, slot, indicator.id);
  const missing = current !== null ? null : reportPresent ? ('value' as const) : ('report' as const);
  const read = { on, report: slotKey(slot), segment, lineValue: line, current, missing };
  const improving = !wrongDirection(t.indicator.direction, t.baseline, t.target);
  if (!improving && t.source === 'benchmark') {
    // A benchmark.yaml target that does not improve on its baseline (indicator-target-direction) scores 0, never null.
    return { ...base, ...read, expected: null, achieved: null, rule: 'wrong-direction', value: 0, skipped: null };
  }
  if (!improving) {
    // A yearly target that holds or lowers the level: met when current is at least as good as the line.
    const good = current !== null && (t.indicator.direction === 'higher' ? current >= line : current <= line);
    return { ...base, ...read, expected: null, achieved: null, rule: 'hold', value: good ? 1 : 0, skipped: null };
  }
  // On a straight line the share is the share of days gone; through milestones, the line's value read off its segment.
  const expected = segment && points.length === 2 ? round4(segment.days / segment.span) : segment ? round4((line - t.baseline) / (t.target - t.baseline)) : 1;
  if (expected <= 0) return { ...base, ...read, expected, achieved: null, rule: 'share', value: null, skipped: 'nothing-expected' };
  const achieved = current === null ? null : round4((current - t.baseline) / (t.target - t.baseline));
  return { ...base, ...read, expected, achieved, rule: 'share', value: achieved === null ? 0 : round4(clamp01(achieved / expected)), skipped: null };
}

/** 指标达标: mean of the indicator terms assessable on their evidence dates. */
export function indicators(unit: UnitState, campaign: Campaign, evaluation: Evaluation): ComponentResult {
  const { asOf, evaluatedOn } = evaluation;
  const missing = basisMissing(unit, 'benchmark', asOf) ?? basisMissing(unit, 'plan', asOf) ?? yearlyBasisMissing(unit, campaign, evaluation.evidence?.end ?? evaluatedOn, asOf);
  if (missing) return { score: 0, detail: [{ kind: 'missing', key: missing.expected.key, file: missing.file, due: missing.expected.due, value: 0 }] };
  const evidence = evidenceOf(unit, campaign, asOf);
  const list = trajectories(unit, campaign, evidence);
  const ids = new Map<string, Indicator>();
  for (const t of list) if (t.start <= evaluatedOn && !ids.has(t.indicator.id)) ids.set(t.indicator.id, t.indicator);
  const detail: Term[] = [...ids.values()].flatMap((indicator) => indicatorTerm(indicator, list, evidence, evaluation) ?? []);
  const values = detail.flatMap((term) => (term.kind === 'indicator' && term.value !== null ? [term.value] : []));
  if (values.length === 0) {
    const due = detail.some((term) => term.kind === 'indicator' && term.skipped === 'nothing-expected');
    return { score: null, detail, reason: detail.length === 0 ? 'none' : due ? 'nothing-expected' : 'no-report-due' };
  }
  return { score: round4(values.reduce((a, b) => a + b, 0) / values.length), detail };
}
