// Indicator standing against the benchmark (结果导向: 跟跑 → 并跑 → 领跑).
import type { UnitState } from '../model/state.js';
import type { Indicator } from '../model/types.js';
import { latestIndicatorValues } from './components.js';

export type Standing = 'following' | 'abreast' | 'leading';

export interface IndicatorStanding {
  id: string;
  name: string;
  current: number;
  benchmark: number;
  /** Relative lead over the benchmark, positive when better. */
  lead: number;
  standing: Standing;
}

/** r = (current − benchmark) / |benchmark|, negated when lower is better; the plain difference when the benchmark is 0. */
export function leadOver(indicator: Indicator, current: number): number {
  const difference = current - indicator.benchmark;
  const relative = indicator.benchmark === 0 ? difference : difference / Math.abs(indicator.benchmark);
  return indicator.direction === 'lower' ? -relative : relative;
}

export function standingOf(lead: number, tolerance: number): Standing {
  if (lead < -tolerance) return 'following';
  if (lead > tolerance) return 'leading';
  return 'abreast';
}

export function unitStanding(unit: UnitState, tolerance: number): { following: number; abreast: number; leading: number; indicators: IndicatorStanding[] } {
  const values = latestIndicatorValues(unit);
  const indicators: IndicatorStanding[] = [];
  for (const indicator of unit.benchmark?.data.indicators ?? []) {
    const current = values.get(indicator.id);
    if (current === undefined) continue;
    const lead = leadOver(indicator, current);
    indicators.push({ id: indicator.id, name: indicator.name, current, benchmark: indicator.benchmark, lead, standing: standingOf(lead, tolerance) });
  }
  const count = (s: Standing) => indicators.filter((i) => i.standing === s).length;
  return { following: count('following'), abreast: count('abreast'), leading: count('leading'), indicators };
}
