// The period and as-of policy of the reports (DESIGN §4): the period taken when none is given, the
// as-of date of a period's report, and whether the period lies in the campaign's reporting window.
import type { Campaign } from '../model/types.js';
import { monthOf, type IsoDate, type IsoMonth } from './dates.js';
import { progressStretchOf } from './schedule.js';
import { monthWindow, previousWindow, quarterWindow, windowClose, yearWindow, type Window } from './window.js';

export type PeriodNote =
  | { id: 'monthNoReport'; data: { month: string } }
  | { id: 'monthOutsideOpen'; data: { month: string; first: string } }
  | { id: 'periodBeforeCampaign'; data: { period: string; start: string } }
  | { id: 'yearBeforeAnnual'; data: { year: number; first: number } };

/** A month for which the progress schedule calls for no report (outside every stretch, or between a quarterly stretch's reports). */
export function monthNote(campaign: Campaign, month: IsoMonth): PeriodNote | null {
  if (progressStretchOf(campaign, month)) return null;
  if (monthWindow(month).end < campaign.phases.build.start) return { id: 'periodBeforeCampaign', data: { period: month, start: campaign.phases.build.start } };
  const first = campaign.progress[0]!.first;
  return month < first ? { id: 'monthOutsideOpen', data: { month, first } } : { id: 'monthNoReport', data: { month } };
}

/** A quarter that ends before the campaign starts. */
export function quarterNote(campaign: Campaign, quarter: string): PeriodNote | null {
  return beforeCampaign(campaign, quarterWindow(quarter));
}

/** A year before the campaign starts, or before the first annual review. */
export function yearNote(campaign: Campaign, year: number): PeriodNote | null {
  return beforeCampaign(campaign, yearWindow(year)) ?? (year < campaign.annual.first ? { id: 'yearBeforeAnnual', data: { year, first: campaign.annual.first } } : null);
}

function beforeCampaign(campaign: Campaign, window: Window): PeriodNote | null {
  return window.end < campaign.phases.build.start ? { id: 'periodBeforeCampaign', data: { period: window.period ?? '', start: campaign.phases.build.start } } : null;
}

/**
 * The as-of date of a period's report (DESIGN §4): the one given, else today — what the office knows
 * now. A report made before its period closes is open, and says so.
 */
export function periodAsOf(given: IsoDate | undefined, close: IsoDate, today: IsoDate): { asOf: IsoDate; asOfIsToday: boolean; open: boolean } {
  const asOf = given ?? today;
  return { asOf, asOfIsToday: given === undefined, open: asOf < close };
}

/** The previous period is read as the office knew it at its own close (its bulletin as issued then), never later than A. */
export function previousAsOf(campaign: Campaign, previous: Window, asOf: IsoDate): IsoDate {
  const close = windowClose(campaign, previous);
  return close < asOf ? close : asOf;
}

export type PeriodKind = 'month' | 'quarter' | 'year';

const windowOf = (kind: PeriodKind, period: string): Window =>
  kind === 'month' ? monthWindow(period) : kind === 'quarter' ? quarterWindow(period) : yearWindow(Number(period));

/** The month, quarter or year that holds a date: `2026-12`, `2026-Q4`, `2026`. */
function periodHolding(kind: PeriodKind, date: IsoDate): string {
  if (kind === 'month') return monthOf(date);
  if (kind === 'quarter') return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
  return date.slice(0, 4);
}

/**
 * The period a report takes when none is given (DESIGN §4): the latest month, quarter or year that has
 * closed by the as-of date — its close (windowClose) on or before it. A period closes within a few
 * months of its end, so the walk back is short.
 */
export function latestClosedPeriod(campaign: Campaign, kind: PeriodKind, asOf: IsoDate): string {
  let window = windowOf(kind, periodHolding(kind, asOf));
  while (windowClose(campaign, window) > asOf) window = previousWindow(window)!;
  return window.period!;
}
