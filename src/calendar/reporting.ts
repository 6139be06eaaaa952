// Whether a report's period lies in the campaign's reporting window, so a report of nothing is not silent.
import type { Campaign } from '../model/types.js';
import type { IsoMonth } from './dates.js';
import { progressStretchOf } from './schedule.js';
import { monthWindow, quarterWindow, yearWindow, type Window } from './window.js';

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
