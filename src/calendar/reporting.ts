// Whether a report's period lies in the campaign's reporting window, so a report of nothing is not silent.
import type { Campaign } from '../model/types.js';
import type { IsoMonth } from './dates.js';
import { monthWindow, quarterWindow, yearWindow, type Window } from './window.js';

export type PeriodNote =
  | { id: 'monthOutside'; data: { month: string; first: string; last: string } }
  | { id: 'monthOutsideOpen'; data: { month: string; first: string } }
  | { id: 'periodBeforeCampaign'; data: { period: string; start: string } }
  | { id: 'yearBeforeAnnual'; data: { year: number; first: number } };

/** A month outside the months progress is reported for (progress.first … progress.last). */
export function monthNote(campaign: Campaign, month: IsoMonth): PeriodNote | null {
  const { first, last } = campaign.progress;
  if (month >= first && (last === null || month <= last)) return null;
  if (month < first && monthWindow(month).end < campaign.phases.build.start) return { id: 'periodBeforeCampaign', data: { period: month, start: campaign.phases.build.start } };
  return last === null ? { id: 'monthOutsideOpen', data: { month, first } } : { id: 'monthOutside', data: { month, first, last } };
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
