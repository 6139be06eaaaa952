// What each unit owes and when: the due date of every document, and its state as of a date.
import type { Campaign } from '../model/types.js';
import { hasHolidayData, rollOver } from './workdays.js';
import { addDays, daysBetween, dayOfNextMonth, lastDayOfMonth, monthDayOf, monthOf, monthsFrom, quarterMonths, yearOf, type IsoDate } from './dates.js';

export type DocumentKind = 'benchmark' | 'research' | 'plan' | 'progress' | 'annual';
export type SubmissionState = 'on-time' | 'late' | 'missing' | 'pending';

export interface ExpectedDocument {
  /** `benchmark`, `research`, `plan`, `progress:YYYY-MM` or `annual:YYYY` (DESIGN §4 column keys). */
  key: string;
  kind: DocumentKind;
  /** The month or year it reports on; null for benchmark, research and plan. */
  period: string | null;
  due: IsoDate;
  /** Its path inside the unit folder. */
  file: string;
}

/** The month's progress due date as written in campaign.yaml (`due_day` of the next month), before any rollover. */
export function progressNominalDueDate(campaign: Campaign, month: string): IsoDate {
  return dayOfNextMonth(month, campaign.progress.due_day);
}

/** The month's progress due date: the nominal date, moved past rest days by `calendar.rollover`. */
export function progressDueDate(campaign: Campaign, month: string): IsoDate {
  return rollOver(progressNominalDueDate(campaign, month), campaign.calendar);
}

/** The year's annual review due date as written in campaign.yaml (`annual.due` of the next year), before any rollover. */
export function annualNominalDueDate(campaign: Campaign, year: number): IsoDate {
  return monthDayOf(year + 1, campaign.annual.due);
}

/** The year's annual review due date: the nominal date, moved past rest days by `calendar.rollover`. */
export function annualDueDate(campaign: Campaign, year: number): IsoDate {
  return rollOver(annualNominalDueDate(campaign, year), campaign.calendar);
}

/**
 * The years without holiday data whose recurring due dates, on or before `asOf`, were rolled over
 * past weekends only: the command tells the user once (DESIGN §2 Working days). Empty with `rollover: none`.
 */
export function yearsLackingHolidayData(campaign: Campaign, asOf: IsoDate): number[] {
  if (campaign.calendar.rollover === 'none') return [];
  const years = new Set<number>();
  for (const doc of expectedDocuments(campaign, asOf)) {
    if (doc.kind !== 'progress' && doc.kind !== 'annual') continue;
    const nominal = doc.kind === 'progress' ? progressNominalDueDate(campaign, doc.period!) : annualNominalDueDate(campaign, Number(doc.period));
    if (nominal <= asOf && !hasHolidayData(yearOf(nominal), campaign.calendar)) years.add(yearOf(nominal));
  }
  return [...years].sort((a, b) => a - b);
}

export function progressDocument(campaign: Campaign, month: string): ExpectedDocument {
  return { key: `progress:${month}`, kind: 'progress', period: month, due: progressDueDate(campaign, month), file: `progress/${month}.yaml` };
}

export function annualDocument(campaign: Campaign, year: number): ExpectedDocument {
  return { key: `annual:${year}`, kind: 'annual', period: String(year), due: annualDueDate(campaign, year), file: `annual/${year}.yaml` };
}

/**
 * Every document a unit owes whose period has begun by `asOf`: benchmark, research, plan, each
 * progress month up to the as-of month, each annual year up to the as-of year — in due order.
 */
export function expectedDocuments(campaign: Campaign, asOf: IsoDate): ExpectedDocument[] {
  const documents: ExpectedDocument[] = [
    { key: 'benchmark', kind: 'benchmark', period: null, due: campaign.deadlines.benchmark, file: 'benchmark.yaml' },
    { key: 'research', kind: 'research', period: null, due: campaign.deadlines.research, file: 'research.yaml' },
    { key: 'plan', kind: 'plan', period: null, due: campaign.deadlines.plan, file: 'plan.yaml' },
  ];
  const asOfMonth = monthOf(asOf);
  const lastMonth = campaign.progress.last === null || campaign.progress.last > asOfMonth ? asOfMonth : campaign.progress.last;
  if (campaign.progress.first <= lastMonth) {
    for (const month of monthsFrom(campaign.progress.first, lastMonth)) documents.push(progressDocument(campaign, month));
  }
  for (let year = campaign.annual.first; year <= yearOf(asOf); year++) documents.push(annualDocument(campaign, year));
  return documents.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export interface DocumentStatus {
  state: SubmissionState;
  submitted: IsoDate | null;
  /** Days after the due date it came in (late), or has been outstanding (missing); else null. */
  daysLate: number | null;
}

/** On time when submitted on or before the due date; missing once the as-of date is past it. */
export function documentStatus(due: IsoDate, submitted: IsoDate | null, asOf: IsoDate): DocumentStatus {
  if (submitted !== null) {
    return submitted <= due
      ? { state: 'on-time', submitted, daysLate: null }
      : { state: 'late', submitted, daysLate: daysBetween(due, submitted) };
  }
  return asOf > due ? { state: 'missing', submitted: null, daysLate: daysBetween(due, asOf) } : { state: 'pending', submitted: null, daysLate: null };
}

/** Percent a measure should have reached by `asOf`, going linearly from its start to its due date. */
export function expectedPercent(start: IsoDate, due: IsoDate, asOf: IsoDate): number {
  if (asOf >= due) return 100;
  const span = daysBetween(start, due);
  if (span <= 0) return 0;
  return 100 * Math.min(1, Math.max(0, daysBetween(start, asOf) / span));
}


/** Monthly report of `month`: closes the day after that month's progress is due. */
export function monthlyClose(campaign: Campaign, month: string): IsoDate {
  return addDays(progressDueDate(campaign, month), 1);
}

/** Quarterly bulletin: the day after its last month's progress is due, or after the quarter's last day when no progress falls in it. */
export function quarterlyClose(campaign: Campaign, quarter: string): IsoDate {
  const months = quarterMonths(quarter);
  const last = months[2]!;
  const first = campaign.progress.first;
  const lastProgress = campaign.progress.last;
  const inProgress = months.filter((m) => m >= first && (lastProgress === null || m <= lastProgress));
  const month = inProgress[inProgress.length - 1];
  return month ? monthlyClose(campaign, month) : addDays(lastDayOfMonth(last), 1);
}

/** Annual assessment of `year`: the day after that year's annual review is due. */
export function annualClose(campaign: Campaign, year: number): IsoDate {
  return addDays(annualDueDate(campaign, year), 1);
}

export function previousQuarter(quarter: string): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}
