// What each unit owes and when: the due date of every document, and its state as of a date.
import type { Campaign, ProgressStretch } from '../model/types.js';
import { hasHolidayData, rollOver } from './workdays.js';
import { addMonths, daysBetween, dayOfNextMonth, monthDayOf, monthIndex, monthOf, yearOf, type IsoDate } from './dates.js';
import type { DocumentStatus, ExpectedDocument } from '../model/documents.js';

export type { DocumentKind, DocumentStatus, ExpectedDocument, SubmissionState } from '../model/documents.js';

/** A report period of the progress schedule: the month it is named by, and the stretch it belongs to. */
export interface ProgressPeriod {
  month: string;
  stretch: ProgressStretch;
}

/** The stretch whose schedule has a report named `month` (a quarterly stretch: every third month from its first). */
export function progressStretchOf(campaign: Campaign, month: string): ProgressStretch | undefined {
  return campaign.progress.find(
    (s) => month >= s.first && (s.last === null || month <= s.last) && (s.every === 'month' || (monthIndex(month) - monthIndex(s.first)) % 3 === 0),
  );
}

/** Every report period of the progress schedule named by a month up to `until`, in order. */
export function progressPeriods(campaign: Campaign, until: string): ProgressPeriod[] {
  const periods: ProgressPeriod[] = [];
  for (const stretch of campaign.progress) {
    const last = stretch.last === null || stretch.last > until ? until : stretch.last;
    for (let month = stretch.first; month <= last; month = addMonths(month, stretch.every === 'quarter' ? 3 : 1)) periods.push({ month, stretch });
  }
  return periods;
}

/** The months a progress report covers: its own month, or the three months of its quarter. */
export function progressCovers(campaign: Campaign, month: string): { first: string; last: string } {
  return progressStretchOf(campaign, month)?.every === 'quarter' ? { first: addMonths(month, -2), last: month } : { first: month, last: month };
}

/** The months a document reports on, for its name: a progress report's (one month, or a quarter); none for the others. */
export function documentCovers(campaign: Campaign, key: string): { first: string; last: string } | undefined {
  return key.startsWith('progress:') ? progressCovers(campaign, key.slice('progress:'.length)) : undefined;
}

/** The period's progress due date as written in campaign.yaml (`due_day` of the next month), before any rollover. */
export function progressNominalDueDate(campaign: Campaign, month: string): IsoDate {
  const stretch = progressStretchOf(campaign, month) ?? campaign.progress[0]!;
  return dayOfNextMonth(month, stretch.due_day);
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

/** A document's due date as campaign.yaml writes it, before any rollover (the deadlines never move). */
export function nominalDueDate(campaign: Campaign, expected: ExpectedDocument): IsoDate {
  if (expected.kind === 'progress') return progressNominalDueDate(campaign, expected.period!);
  if (expected.kind === 'annual') return annualNominalDueDate(campaign, Number(expected.period));
  return expected.due;
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
  for (const { month } of progressPeriods(campaign, monthOf(asOf))) documents.push(progressDocument(campaign, month));
  for (let year = campaign.annual.first; year <= yearOf(asOf); year++) documents.push(annualDocument(campaign, year));
  return documents.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
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

/** A point a schedule passes through: by a date, an amount (a percent, or an indicator's value). */
export interface SchedulePoint {
  date: IsoDate;
  value: number;
}

/**
 * The value on `on` of the straight line through `points` (dates increasing): before the first point
 * its value, from the last point on its value, in between read off the segment `on` falls in.
 */
export function lineValue(points: readonly SchedulePoint[], on: IsoDate): number {
  const first = points[0]!;
  if (on <= first.date) return first.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (on >= b.date) continue;
    const span = daysBetween(a.date, b.date);
    return span <= 0 ? b.value : a.value + ((b.value - a.value) * daysBetween(a.date, on)) / span;
  }
  return points[points.length - 1]!.value;
}

/** The part of a schedule line a date falls in: from one point to the next, `days` of its `span` gone. */
export interface Segment {
  from: SchedulePoint;
  to: SchedulePoint;
  days: number;
  span: number;
}

/** The segment of the line through `points` that `on` falls in; null on or after the last point, or before the first. */
export function segmentOf(points: readonly SchedulePoint[], on: IsoDate): Segment | null {
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    if (on >= from.date && on < to.date) return { from, to, days: daysBetween(from.date, on), span: daysBetween(from.date, to.date) };
  }
  return null;
}

/** A measure's line: (start, 0), its milestones inside (start, due), (due, 100). */
export function measureLine(start: IsoDate, due: IsoDate, milestones: readonly { by: IsoDate; percent: number }[] = []): SchedulePoint[] {
  return [{ date: start, value: 0 }, ...milestones.filter((m) => m.by > start && m.by < due).map((m) => ({ date: m.by, value: m.percent })), { date: due, value: 100 }];
}

/**
 * Percent a measure should have reached on `on`: the line from (start, 0) through its milestones to
 * (due, 100); 100 from `due` on, also when `due` ≤ start. Milestones outside (start, due) are
 * `milestone-order` errors and are passed over here.
 */
export function expectedPercent(start: IsoDate, due: IsoDate, on: IsoDate, milestones: readonly { by: IsoDate; percent: number }[] = []): number {
  if (on >= due) return 100;
  if (due <= start) return 100;
  return Math.min(100, Math.max(0, lineValue(measureLine(start, due, milestones), on)));
}

export function previousQuarter(quarter: string): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}
