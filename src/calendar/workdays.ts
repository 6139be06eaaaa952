// Working days and rest days (DESIGN §2 Working days): the holiday table, campaign.yaml `calendar`, rollover.
import type { CalendarSettings } from '../model/types.js';
import { addDays, yearOf, type IsoDate } from './dates.js';
import { HOLIDAY_NOTICES } from './holidays.js';

interface WorkCalendar {
  rest: Set<IsoDate>;
  work: Set<IsoDate>;
  /** Years whose arrangement is known: the table's, and any year campaign.yaml lists a rest day for. */
  covered: Set<number>;
}

const EMPTY: CalendarSettings = { rollover: 'next-workday', holidays: [], workdays: [] };
const built = new WeakMap<CalendarSettings, WorkCalendar>();

function workCalendar(settings: CalendarSettings): WorkCalendar {
  let calendar = built.get(settings);
  if (calendar) return calendar;
  const rest = new Set<IsoDate>();
  const work = new Set<IsoDate>();
  const covered = new Set<number>();
  for (const notice of HOLIDAY_NOTICES) {
    covered.add(notice.year);
    for (const [first, last] of notice.rest) for (let d = first; d <= last; d = addDays(d, 1)) rest.add(d);
    for (const day of notice.work) work.add(day);
  }
  // campaign.yaml adds to the table; a day it lists as working overrides a rest day, and the reverse.
  for (const day of settings.holidays) {
    rest.add(day);
    work.delete(day);
    covered.add(yearOf(day));
  }
  for (const day of settings.workdays) {
    work.add(day);
    rest.delete(day);
  }
  calendar = { rest, work, covered };
  built.set(settings, calendar);
  return calendar;
}

function isWeekend(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** A rest day: a listed holiday, or a weekend day not listed as a 调休 working day. */
export function isRestDay(date: IsoDate, settings: CalendarSettings = EMPTY): boolean {
  const calendar = workCalendar(settings);
  if (calendar.work.has(date)) return false;
  return calendar.rest.has(date) || isWeekend(date);
}

/** The first working day on or after `date`. */
export function workdayOnOrAfter(date: IsoDate, settings: CalendarSettings = EMPTY): IsoDate {
  let day = date;
  while (isRestDay(day, settings)) day = addDays(day, 1);
  return day;
}

/**
 * A recurring due date (progress, annual) as it applies: with `rollover: next-workday`, a date on a
 * rest day moves to the next working day; with `none` it stays. Fixed `deadlines` never go through here.
 */
export function rollOver(date: IsoDate, settings: CalendarSettings): IsoDate {
  return settings.rollover === 'next-workday' ? workdayOnOrAfter(date, settings) : date;
}

/** True when the year's rest days are known (the embedded table, or campaign.yaml `calendar.holidays`). */
export function hasHolidayData(year: number, settings: CalendarSettings = EMPTY): boolean {
  return workCalendar(settings).covered.has(year);
}

/** The years of the table, first to last: the notices ebz carries. */
export function holidayTableYears(): number[] {
  return HOLIDAY_NOTICES.map((notice) => notice.year);
}
