// All date arithmetic of ebz: ISO date strings (YYYY-MM-DD), months (YYYY-MM), today in a timezone.
// Whole days are counted on the platform's UTC day numbers (Date), today in a time zone comes from
// Intl, months are counted as integers: no date library is needed for any of it.
import type { IsoDate } from '../model/types.js';

export type { IsoDate };
export type IsoMonth = string;

const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function validYmd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function ymd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD (2022-02-30 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read digit by digit: the rules ask this of every date of every file.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && validYmd(year, month, day);
}

/** The number written by `count` ASCII digits from `start`, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isIsoMonth(value: unknown): value is IsoMonth {
  return typeof value === 'string' && ISO_MONTH.test(value);
}

/**
 * The YYYY-MM-DD form of a date a clerk wrote another way — `2022/2/14`, `2022.2.14`, `2022-2-14`,
 * `2022年2月14日`, `20220214` — or null when it is not a real date.
 */
export function suggestIsoDate(raw: string): IsoDate | null {
  const text = raw.trim().replace(/[／．]/g, (c) => (c === '／' ? '/' : '.'));
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYmd(year, month, day) ? ymd(year, month, day) : null;
}

/** Today's date in the given IANA timezone. `now` is injectable for tests. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return ymd(part('year'), part('month'), part('day'));
}

const timeZoneValidity = new Map<string, boolean>();
let canonicalTimeZones: Set<string> | undefined;

/**
 * An IANA time zone Intl knows. The canonical names are looked up in Intl's list (a few milliseconds);
 * only another spelling (an alias, another case) makes a formatter, whose time zone data takes some
 * twenty milliseconds to load.
 */
export function isValidTimeZone(timeZone: string): boolean {
  canonicalTimeZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalTimeZones.has(timeZone)) return true;
  let valid = timeZoneValidity.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    timeZoneValidity.set(timeZone, valid);
  }
  return valid;
}

const DAY_MS = 86_400_000;

/** The day number of a date: days since 1970-01-01 (a YYYY-MM-DD date is read as UTC midnight). */
function dayNumber(date: IsoDate): number {
  return Date.parse(date) / DAY_MS;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The years ebz reasons about: an as-of date, month, quarter or year outside them is refused. */
export const SUPPORTED_YEARS = { first: 2000, last: 2100 } as const;

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/** A month as a number (year × 12 + month − 1), so months compare and count as numbers, never as text. */
export function monthIndex(month: IsoMonth): number {
  return Number(month.slice(0, month.length - 3)) * 12 + Number(month.slice(-2)) - 1;
}

function monthAt(index: number): IsoMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

export function addMonths(month: IsoMonth, count: number): IsoMonth {
  return monthAt(monthIndex(month) + count);
}

const lastDays = new Map<IsoMonth, IsoDate>();

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  let last = lastDays.get(month);
  if (last === undefined) {
    const [year, mon] = month.split('-').map(Number) as [number, number];
    last = ymd(year, mon, daysInMonth(year, mon));
    // Months are few; a text that is no month is not kept.
    if (ISO_MONTH.test(month)) lastDays.set(month, last);
  }
  return last;
}

/** Every month from `first` to `last`, both included. */
export function monthsFrom(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let i = monthIndex(first), end = monthIndex(last); i <= end; i++) months.push(monthAt(i));
  return months;
}

/** `day` of the month after `month`, clamped to that month's length. */
export function dayOfNextMonth(month: IsoMonth, day: number): IsoDate {
  const next = addMonths(month, 1);
  const [year, mon] = next.split('-').map(Number) as [number, number];
  return ymd(year, mon, Math.min(day, daysInMonth(year, mon)));
}

/** `MM-DD` of `year`, clamped to the month's length (02-29 in a common year is 02-28). */
export function monthDayOf(year: number, monthDay: string): IsoDate {
  const [mon, day] = monthDay.split('-').map(Number) as [number, number];
  return ymd(year, mon, Math.min(day, daysInMonth(year, mon)));
}

export function quarterMonths(quarter: string): IsoMonth[] {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`not a quarter: ${quarter}`);
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${m[1]}-${String(first + i).padStart(2, '0')}`);
}
