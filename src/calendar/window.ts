// Evaluation windows (DESIGN §5) as values: a window W, its evaluation date E and the collection cut-off A.
import type { Campaign } from '../model/types.js';
import { addDays, daysBetween, lastDayOfMonth, quarterMonths, type IsoDate, type IsoMonth } from './dates.js';
import { annualClose, monthlyClose, previousQuarter, quarterlyClose, type ExpectedDocument } from './schedule.js';

export type WindowKind = 'month' | 'quarter' | 'year' | 'cumulative';

export interface Window {
  kind: WindowKind;
  /** `2022-03`, `2022-Q1`, `2022`; null for the cumulative window. */
  period: string | null;
  start: IsoDate;
  end: IsoDate;
}

/** A window judged on E (its end, or A when the window is still open) with documents counted up to A. */
export interface Evaluation {
  window: Window;
  /** E: the date the schedule is read on. */
  evaluatedOn: IsoDate;
  /** A: a document submitted after it does not exist for this evaluation. */
  asOf: IsoDate;
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
 * A period's close (DESIGN §4): the default A of its report. A quarter whose last progress month
 * comes before its end (progress stops mid-quarter) closes no earlier than the day after its end, so A ≥ E.
 */
export function windowClose(campaign: Campaign, window: Window): IsoDate {
  switch (window.kind) {
    case 'month':
      return monthlyClose(campaign, window.period!);
    case 'quarter': {
      const close = quarterlyClose(campaign, window.period!);
      const dayAfter = addDays(window.end, 1);
      return close > dayAfter ? close : dayAfter;
    }
    case 'year':
      return annualClose(campaign, Number(window.period));
    case 'cumulative':
      return window.end;
  }
}

/** E = W.end, or A while the window is still open on A. */
export function evaluate(window: Window, asOf: IsoDate): Evaluation {
  return { window, evaluatedOn: window.end <= asOf ? window.end : asOf, asOf };
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

/** clamp((on − start) / (end − start), 0, 1): the share of [start, end] gone by `on`; 1 from `end` on. */
export function elapsedShare(start: IsoDate, end: IsoDate, on: IsoDate): number {
  if (on >= end) return 1;
  const span = daysBetween(start, end);
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, daysBetween(start, on) / span));
}
