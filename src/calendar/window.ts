// Evaluation windows (DESIGN §5) as values: a window W, its evaluation date E and the collection cut-off A.
import type { Campaign } from '../model/types.js';
import { addDays, lastDayOfMonth, monthOf, quarterMonths, type IsoDate, type IsoMonth } from './dates.js';
import { annualDueDate, expectedDocuments, previousQuarter, progressDueDate, progressPeriods, type ExpectedDocument } from './schedule.js';

export type WindowKind = 'month' | 'quarter' | 'year' | 'cumulative';

export interface Window {
  kind: WindowKind;
  /** `2022-03`, `2022-Q1`, `2022`; null for the cumulative window. */
  period: string | null;
  start: IsoDate;
  end: IsoDate;
}

/** A report the schedule calls for: a progress period's or a year's annual file, with the date it stands for and its due date. */
export interface ReportSlot {
  kind: 'progress' | 'annual';
  /** `2022-03` (the month a progress report is named by) or `2022`. */
  period: string;
  /** The date it stands for: the last day of its month, or 31 December. */
  end: IsoDate;
  due: IsoDate;
}

/**
 * A window judged on E (its end, or A when the window is still open) with documents counted up to A,
 * and its evidence date D (DESIGN §5): the end of the latest report period ≤ E whose report is due by A.
 */
export interface Evaluation {
  window: Window;
  /** E: the date the window is judged on. */
  evaluatedOn: IsoDate;
  /** A: a document submitted after it does not exist for this evaluation. */
  asOf: IsoDate;
  /** The report whose period ends on D, null while no report is due yet (then nothing is read at D). */
  evidence: ReportSlot | null;
}

/** Past its due date on A: a document is counted from the day after it was due (DESIGN §5.1). */
export function isPastDue(due: IsoDate, asOf: IsoDate): boolean {
  return due < asOf;
}

/** Which reports must carry an indicator's value (benchmark.yaml `frequency`, DESIGN §2). */
export type Frequency = 'month' | 'quarter' | 'year';

export const frequencyOf = (indicator: { frequency?: string }): Frequency => (indicator.frequency as Frequency | undefined) ?? 'quarter';

/** Whether a report slot must carry the value of an indicator of this frequency: every progress report, a quarter's last month's, or the annual review. */
export function carries(slot: Pick<ReportSlot, 'kind' | 'period'>, frequency: Frequency): boolean {
  if (frequency === 'year') return slot.kind === 'annual';
  if (slot.kind !== 'progress') return false;
  return frequency === 'month' || Number(slot.period.slice(5)) % 3 === 0;
}

/** Every report slot standing for a date up to `until`, by date; on one date the one due later comes last. */
export function reportSlots(campaign: Campaign, until: IsoDate): ReportSlot[] {
  const slots: ReportSlot[] = progressPeriods(campaign, monthOf(until))
    .map(({ month }) => ({ kind: 'progress' as const, period: month, end: lastDayOfMonth(month), due: progressDueDate(campaign, month) }))
    .filter((slot) => slot.end <= until);
  for (let year = campaign.annual.first; `${year}-12-31` <= until; year++) {
    slots.push({ kind: 'annual', period: String(year), end: `${year}-12-31`, due: annualDueDate(campaign, year) });
  }
  return slots.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** The latest slot standing for a date ≤ `on` whose report is past due on A and passes `accept`; null when none. */
export function latestDueSlot(campaign: Campaign, on: IsoDate, asOf: IsoDate, accept: (slot: ReportSlot) => boolean = () => true): ReportSlot | null {
  let found: ReportSlot | null = null;
  for (const slot of reportSlots(campaign, on)) if (isPastDue(slot.due, asOf) && accept(slot)) found = slot;
  return found;
}

export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-Q[1-4]$/.test(value);
}

export function monthWindow(month: IsoMonth): Window {
  return { kind: 'month', period: month, start: `${month}-01`, end: lastDayOfMonth(month) };
}

export function quarterWindow(quarter: string): Window {
  const months = quarterMonths(quarter);
  return { kind: 'quarter', period: quarter, start: `${months[0]}-01`, end: lastDayOfMonth(months[2]!) };
}

export function yearWindow(year: number): Window {
  return { kind: 'year', period: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The whole campaign so far: from the build phase's start to A. */
export function cumulativeWindow(campaign: Campaign, asOf: IsoDate): Window {
  return { kind: 'cumulative', period: null, start: campaign.phases.build.start, end: asOf };
}

/** The window before: the previous month, quarter or year; null for the cumulative window. */
export function previousWindow(window: Window): Window | null {
  const period = window.period;
  if (period === null) return null;
  switch (window.kind) {
    case 'month': {
      const [y, m] = period.split('-').map(Number) as [number, number];
      return monthWindow(m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`);
    }
    case 'quarter':
      return quarterWindow(previousQuarter(period));
    case 'year':
      return yearWindow(Number(period) - 1);
    case 'cumulative':
      return null;
  }
}

/**
 * A period's close (DESIGN §4): the later of the day after it ends and the day after the latest due
 * date of a document of its window (December and the fourth quarter close after the annual file is due).
 */
export function windowClose(campaign: Campaign, window: Window): IsoDate {
  if (window.kind === 'cumulative') return window.end;
  let close = addDays(window.end, 1);
  for (const doc of expectedDocuments(campaign, window.end)) {
    if (inWindow(documentDate(doc), window) && addDays(doc.due, 1) > close) close = addDays(doc.due, 1);
  }
  return close;
}

/** E = W.end, or A while the window is still open on A; D from the reports due by A. */
export function evaluate(campaign: Campaign, window: Window, asOf: IsoDate): Evaluation {
  const evaluatedOn = window.end <= asOf ? window.end : asOf;
  return { window, evaluatedOn, asOf, evidence: latestDueSlot(campaign, evaluatedOn, asOf) };
}

export function inWindow(date: IsoDate, window: Window): boolean {
  return date >= window.start && date <= window.end;
}

/** The date a period stands for: a month its last day, a year its 31 December. */
export function periodEnd(period: { month: IsoMonth } | { year: number }): IsoDate {
  return 'month' in period ? lastDayOfMonth(period.month) : `${period.year}-12-31`;
}

/** The one date a document belongs to: benchmark, research and plan their deadline; progress and annual their period's end. */
export function documentDate(expected: ExpectedDocument): IsoDate {
  if (expected.kind === 'progress') return periodEnd({ month: expected.period! });
  if (expected.kind === 'annual') return periodEnd({ year: Number(expected.period) });
  return expected.due;
}
