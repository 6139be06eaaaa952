// What the campaign already knows about a unit, to pre-fill the files it writes next.
import { latestStatuses, measureDefinitions, periodOrder, statusReports } from '../model/measures.js';
import { currentPerson } from '../model/people.js';
import type { UnitState } from '../model/state.js';
import type { Approval, Measure, MeasureStatus } from '../model/types.js';

/**
 * Who signs a document approved on `date`: a party department's principal, any other unit's leader in
 * charge (三(一)2, 三(二)2), as unit.yaml names them.
 */
export function approvalFor(unit: UnitState | undefined, date?: string): { by: string; role: Approval['role'] } {
  void date; // unit.yaml names one person for each role; a history of office holders is read on this date.
  const profile = unit?.profile?.data;
  if (profile?.kind === 'party-department') return { by: currentPerson(profile.principal)?.name ?? '', role: 'principal' };
  return { by: currentPerson(profile?.leader_in_charge)?.name ?? '', role: 'leader-in-charge' };
}

/**
 * The measures a month's progress report or a year's review must speak of: those defined by then
 * (the plan's, and new measures of earlier reviews) and not done before it, each with its last status.
 */
export function measuresToReport(unit: UnitState | undefined, period: { month: string } | { year: number }): { measure: Measure; last?: MeasureStatus }[] {
  if (!unit) return [];
  const year = 'month' in period ? Number(period.month.slice(0, 4)) : period.year;
  const latest = latestStatuses(statusReports(unit), periodOrder(period));
  return measureDefinitions(unit)
    .filter(({ source }) => !('year' in source.data) || source.data.year < year)
    .map(({ measure }) => ({ measure, last: latest.get(measure.id)?.entry }))
    .filter(({ last }) => last?.status !== 'done');
}

export function nextMeasureId(taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`m${i}`)) return `m${i}`;
}
