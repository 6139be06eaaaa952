// Indicator standing against the benchmark (结果导向: 跟跑 → 并跑 → 领跑) and the indicator ledger on E.
import type { IsoDate } from '../calendar/dates.js';
import type { UnitState } from '../model/state.js';
import type { Campaign, Indicator } from '../model/types.js';
import { evidenceOf, type UnitEvidence } from './evidence.js';
import { trajectories, trajectoriesOn } from './indicators.js';

export type Standing = 'following' | 'abreast' | 'leading';

export interface IndicatorStanding {
  id: string;
  name: string;
  /** Baseline and target of the trajectory in force on E (the indicator's own before any is). */
  baseline: number;
  target: number;
  /** The latest value reported for a period ≤ E; null when none yet. */
  current: number | null;
  benchmark: number;
  /** Relative lead over the benchmark, positive when better; null without a current value. */
  lead: number | null;
  standing: Standing | null;
}

/** r = (current − benchmark) / |benchmark|, negated when lower is better; the plain difference when the benchmark is 0. */
export function leadOver(indicator: Pick<Indicator, 'benchmark' | 'direction'>, current: number): number {
  const difference = current - indicator.benchmark;
  const relative = indicator.benchmark === 0 ? difference : difference / Math.abs(indicator.benchmark);
  return indicator.direction === 'lower' ? -relative : relative;
}

export function standingOf(lead: number, tolerance: number): Standing {
  if (lead < -tolerance) return 'following';
  if (lead > tolerance) return 'leading';
  return 'abreast';
}

/** The latest value of an indicator reported for a period ≤ `on`, in a report due by A. */
function latestValue(evidence: UnitEvidence, id: string, on: IsoDate): number | null {
  let found: { end: IsoDate; value: number } | null = null;
  for (const { doc, end } of evidence.reports.values()) {
    if (end > on || (found && found.end > end)) continue;
    const entry = doc.data.indicators?.find((v) => v.id === id);
    if (entry) found = { end, value: entry.value };
  }
  return found?.value ?? null;
}

/** Every indicator the unit has on E — benchmark.yaml's and those a yearly update added by then — with its standing. */
export function indicatorStandings(unit: UnitState, campaign: Campaign, on: IsoDate, asOf: IsoDate): IndicatorStanding[] {
  const evidence = evidenceOf(unit, campaign, asOf);
  const all = trajectories(unit, campaign, evidence);
  const inForce = trajectoriesOn(all, on);
  const indicators = new Map<string, Indicator>();
  for (const indicator of unit.benchmark?.data.indicators ?? []) indicators.set(indicator.id, indicator);
  for (const t of all) if (t.start <= on && !indicators.has(t.indicator.id)) indicators.set(t.indicator.id, t.indicator);
  return [...indicators.values()].map((indicator) => {
    const trajectory = inForce.get(indicator.id);
    const current = latestValue(evidence, indicator.id, on);
    const lead = current === null ? null : leadOver(indicator, current);
    return {
      id: indicator.id,
      name: indicator.name,
      baseline: trajectory?.baseline ?? indicator.baseline,
      target: trajectory?.target ?? indicator.target,
      current,
      benchmark: indicator.benchmark,
      lead,
      standing: lead === null ? null : standingOf(lead, campaign.scoring.abreast_tolerance),
    };
  });
}

export function standingCounts(list: IndicatorStanding[]): { following: number; abreast: number; leading: number } {
  const count = (s: Standing) => list.filter((i) => i.standing === s).length;
  return { following: count('following'), abreast: count('abreast'), leading: count('leading') };
}
