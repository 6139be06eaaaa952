// The five components of a unit's score (DESIGN §5), each in [0, 1] or null, with every term shown.
import type { IsoDate } from '../calendar/dates.js';
import { expectedPercent } from '../calendar/schedule.js';
import { latestStatuses, measureDefinitions, percentOf, statusReports, documentOrder } from '../model/measures.js';
import type { CampaignState, Doc, UnitState } from '../model/state.js';
import type { AnnualDoc, ComponentId, Indicator, ProgressDoc } from '../model/types.js';

export interface ComponentResult {
  score: number | null;
  /** The terms the score is the mean of (or the ratio it is), so a clerk can redo the sum. */
  detail: Term[];
}

export type Term =
  | { kind: 'document'; key: string; file: string; due: IsoDate; state: string; submitted: IsoDate | null; daysLate: number | null; value: number }
  | { kind: 'compliance'; key: string; file: string; errors: number; value: number }
  | { kind: 'measure'; id: string; title: string; start: IsoDate; due: IsoDate; expected: number; actual: number; status: string; value: number }
  | { kind: 'indicator'; id: string; name: string; direction: string; baseline: number; target: number; current: number; value: number }
  | { kind: 'exchange'; counted: number; planned: number; denominator: number; value: number };

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** 按时报送: on time 1, late `late_credit`, missing 0, over every document past due or submitted. */
export function timeliness(unit: UnitState, state: CampaignState): ComponentResult {
  const credit = { 'on-time': 1, late: state.campaign.scoring.late_credit, missing: 0 } as const;
  const detail: Term[] = [];
  for (const { expected, status, file } of unit.documents) {
    if (status.state === 'pending') continue;
    detail.push({ kind: 'document', key: expected.key, file, due: expected.due, state: status.state, submitted: status.submitted, daysLate: status.daysLate, value: credit[status.state] });
  }
  return { score: mean(detail.map((t) => t.value)), detail };
}

/** 规范完整: the share of the unit's submitted documents with no error-level finding. */
export function compliance(unit: UnitState, errorsByFile: ReadonlyMap<string, number>): ComponentResult {
  const detail: Term[] = unit.documents
    .filter((d) => d.source !== null)
    .map(({ expected, file }) => {
      const errors = errorsByFile.get(file) ?? 0;
      return { kind: 'compliance', key: expected.key, file, errors, value: errors === 0 ? 1 : 0 };
    });
  return { score: mean(detail.map((t) => t.value)), detail };
}

/** 措施落实: mean of min(1, actual / expected) over measures expected to have started. */
export function execution(unit: UnitState, state: CampaignState): ComponentResult {
  const latest = latestStatuses(statusReports(unit));
  const detail: Term[] = [];
  for (const { measure, start } of measureDefinitions(unit)) {
    const expected = expectedPercent(start, measure.due, state.asOf);
    if (expected <= 0) continue;
    const last = latest.get(measure.id)?.entry;
    const actual = last ? percentOf(last) : 0;
    detail.push({
      kind: 'measure',
      id: measure.id,
      title: measure.title,
      start,
      due: measure.due,
      expected,
      actual,
      status: last?.status ?? 'not-started',
      value: Math.min(1, actual / expected),
    });
  }
  return { score: mean(detail.map((t) => t.value)), detail };
}

/** The latest reported value of each indicator, from the latest progress month, then annual year. */
export function latestIndicatorValues(unit: UnitState): Map<string, number> {
  const docs: (Doc<ProgressDoc> | Doc<AnnualDoc>)[] = [...unit.progress, ...unit.annual];
  docs.sort((a, b) => (documentOrder(a) < documentOrder(b) ? -1 : 1));
  const values = new Map<string, number>();
  for (const doc of docs) for (const entry of doc.data.indicators ?? []) values.set(entry.id, entry.value);
  return values;
}

/** How far an indicator has gone from its baseline to its target, in [0, 1]. */
export function gapClosure(indicator: Indicator, current: number): number {
  const { baseline, target, direction } = indicator;
  if (target === baseline) return (direction === 'higher' ? current >= baseline : current <= baseline) ? 1 : 0;
  return clamp01((current - baseline) / (target - baseline));
}

/** 指标达标: mean gap closure over the indicators with a reported value. */
export function indicators(unit: UnitState): ComponentResult {
  const values = latestIndicatorValues(unit);
  const detail: Term[] = [];
  for (const indicator of unit.benchmark?.data.indicators ?? []) {
    const current = values.get(indicator.id);
    if (current === undefined) continue;
    detail.push({
      kind: 'indicator',
      id: indicator.id,
      name: indicator.name,
      direction: indicator.direction,
      baseline: indicator.baseline,
      target: indicator.target,
      current,
      value: gapClosure(indicator, current),
    });
  }
  return { score: mean(detail.map((t) => t.value)), detail };
}

/**
 * 交流合作: exchanges held / max(exchanges planned, exchange_min), at most 1. An exchange reported in
 * a progress file and again in the annual review (same type and date) counts once. Null before the
 * reach phase, when none are due yet.
 */
export function exchange(unit: UnitState, state: CampaignState): ComponentResult {
  if (state.asOf < state.campaign.phases.reach.start) return { score: null, detail: [] };
  const held = new Map<string, number>();
  for (const doc of [...unit.progress, ...unit.annual]) {
    for (const e of doc.data.exchanges ?? []) held.set(`${e.type}|${e.date}`, Math.max(held.get(`${e.type}|${e.date}`) ?? 0, e.count));
  }
  const counted = [...held.values()].reduce((a, b) => a + b, 0);
  const planned = (unit.plan?.data.exchanges ?? []).reduce((sum, e) => sum + e.planned, 0);
  const denominator = Math.max(planned, state.campaign.scoring.exchange_min);
  const value = Math.min(1, counted / denominator);
  return { score: value, detail: [{ kind: 'exchange', counted, planned, denominator, value }] };
}

export function components(unit: UnitState, state: CampaignState, errorsByFile: ReadonlyMap<string, number>): Record<ComponentId, ComponentResult> {
  return {
    timeliness: timeliness(unit, state),
    compliance: compliance(unit, errorsByFile),
    execution: execution(unit, state),
    indicators: indicators(unit),
    exchange: exchange(unit, state),
  };
}
