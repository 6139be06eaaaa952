// `ebz init` for any city and start date: the seed plan's schedule moved to start on that date, with the
// same intervals between its phases and deadlines, and the names written for the city.
import { addDays, addMonths, isIsoDate, lastDayOfMonth, monthOf, yearOf } from '../calendar/dates.js';
import { ORDOS_SETTINGS, type CampaignSettings } from '../model/default-campaign.js';
import { flowScalar } from './templates.js';

export interface CampaignAnswers {
  city: string;
  title?: string;
  office?: string;
  /** The first day of the build phase. */
  start: string;
}

export const SEED_CITY = ORDOS_SETTINGS.city;
export const SEED_START = ORDOS_SETTINGS.phases.build[0];

/** The latest start whose schedule (an annual file due the year after the reach phase) stays within 2100. */
export const LATEST_START = '2098-12-31';

export const defaultTitle = (city: string) => `${city}对标先进提升创建工作`;
export const defaultOffice = (city: string) => `${city}对标先进提升创建工作领导小组办公室`;

/** The first month of `month` or later that ends a quarter (03, 06, 09, 12). */
function quarterEndFrom(month: string): string {
  let m = month;
  while (Number(m.slice(5)) % 3 !== 0) m = addMonths(m, 1);
  return m;
}

/**
 * The seed's schedule from `start`: build 21 days, the benchmark due on its 15th day; compare 41 days,
 * research due on its 31st, the plan on its 36th; reach to the end of the month a year and ten days on;
 * monthly reports from the first whole month of reach, quarterly from the first quarter after it.
 */
export function movedSchedule(start: string): Pick<CampaignSettings, 'phases' | 'deadlines' | 'monthly' | 'quarterly' | 'annualFirst'> {
  const reachStart = addDays(start, 62);
  const reachEnd = lastDayOfMonth(monthOf(addDays(start, 375)));
  const firstMonth = reachStart.endsWith('-01') ? monthOf(reachStart) : addMonths(monthOf(reachStart), 1);
  return {
    phases: { build: [start, addDays(start, 20)], compare: [addDays(start, 21), addDays(start, 61)], reach: [reachStart, reachEnd], create: addDays(reachEnd, 1) },
    deadlines: { benchmark: addDays(start, 14), research: addDays(start, 51), plan: addDays(start, 56) },
    monthly: [firstMonth, monthOf(reachEnd)],
    quarterly: quarterEndFrom(addMonths(monthOf(reachEnd), 1)),
    annualFirst: yearOf(reachStart),
  };
}

/** The settings of a campaign for these answers: the seed's own when they are the seed's. */
export function campaignSettings(answers: CampaignAnswers): CampaignSettings {
  if (!isIsoDate(answers.start)) throw new RangeError(`not a date: ${answers.start}`);
  const { city, start } = answers;
  const title = answers.title ?? defaultTitle(city);
  const office = answers.office ?? defaultOffice(city);
  const schedule = movedSchedule(start);
  const seed = city === SEED_CITY && start === SEED_START && title === ORDOS_SETTINGS.title && office === ORDOS_SETTINGS.office;
  if (seed) return ORDOS_SETTINGS;
  const name = (value: string) => String(flowScalar(value));
  return {
    ...schedule,
    id: `${city === SEED_CITY ? 'ordos' : 'campaign'}-${schedule.annualFirst}`,
    title: name(title),
    city: name(city),
    office: name(office),
    coIssuers: [name(`中共${city}委督查室`), name(`${city}人民政府督查室`)],
    basis: `《${title}实施方案》`,
    note: `各阶段和截止日期按实施方案的间隔，自 ${start} 起推算；请按本市方案核对。`,
  };
}
