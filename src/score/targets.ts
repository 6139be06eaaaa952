// 年终主要目标双重考核 (四(二), DESIGN §6): each main target of the year, met or not by the year-end value.
import type { IsoDate } from '../calendar/dates.js';
import type { UnitState } from '../model/state.js';
import type { Campaign } from '../model/types.js';
import { evidenceOf } from './evidence.js';
import { trajectories, trajectoriesOn } from './indicators.js';

export interface TargetItem {
  indicator: string;
  name: string;
  /** The indicator's unit of measure (%, 亿元). */
  unit: string;
  direction: 'higher' | 'lower';
  /** The year's target: that of the trajectory in force on Y-12-31 (benchmark.yaml's, or set by annual/(Y−1)). */
  target: number;
  /** The year-end value: annual/Y's, else December's report; null when none was due by A (counts as not met). */
  value: number | null;
  met: boolean;
}

export interface TargetCount {
  met: number;
  total: number;
  items: TargetItem[];
}

/** met when the value reaches the target in the indicator's direction; a missing value is not met. */
export function reaches(direction: string, value: number | null, target: number): boolean {
  if (value === null) return false;
  return direction === 'lower' ? value <= target : value >= target;
}

/** The unit's targets of year Y: every indicator with a trajectory in force at the year's end. */
export function yearTargets(unit: UnitState, campaign: Campaign, year: number, asOf: IsoDate): TargetCount {
  const evidence = evidenceOf(unit, campaign, asOf);
  const inForce = trajectoriesOn(trajectories(unit, campaign, evidence), `${year}-12-31` as IsoDate);
  const yearEnd = (id: string): number | null => {
    for (const key of [`annual:${year}`, `progress:${year}-12`]) {
      const value = evidence.reports.get(key)?.doc.data.indicators?.find((v) => v.id === id)?.value;
      if (value !== undefined) return value;
    }
    return null;
  };
  const items = [...inForce.values()].map(({ indicator, target }): TargetItem => {
    const value = yearEnd(indicator.id);
    return { indicator: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction, target, value, met: reaches(indicator.direction, value, target) };
  });
  return { met: items.filter((i) => i.met).length, total: items.length, items };
}
