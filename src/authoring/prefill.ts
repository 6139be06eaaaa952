// What the campaign already knows about a unit, to pre-fill the files it writes next.
import { latestStatuses, measureDefinitions, periodOrder, statusReports } from '../model/measures.js';
import { currentPerson, personOnDate } from '../model/people.js';
import type { UnitState } from '../model/state.js';
import type { Approval, Measure, MeasureStatus } from '../model/types.js';

/**
 * Who signs a document approved on `date` (or, without a date, who holds the post now): a party
 * department's principal, any other unit's leader in charge (三(一)2, 三(二)2), as unit.yaml names them.
 * `vacant` when unit.yaml names nobody in the post on that date.
 */
export function approvalFor(unit: UnitState | undefined, date?: string): { by: string; role: Approval['role']; vacant: boolean } {
  const profile = unit?.profile?.data;
  const role: Approval['role'] = profile?.kind === 'party-department' ? 'principal' : 'leader-in-charge';
  const post = role === 'principal' ? profile?.principal : profile?.leader_in_charge;
  const person = date === undefined ? currentPerson(post) : personOnDate(post, date);
  return { by: person?.name ?? '', role, vacant: post !== undefined && person === undefined };
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
