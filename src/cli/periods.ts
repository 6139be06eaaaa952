// The period options of the commands (--month, --quarter, --year; --as-of is rules/check.ts parseAsOf):
// their form, and the years ebz supports (2000–2100), checked at the command line.
import { isIsoMonth, isSupportedYear, SUPPORTED_YEARS, type IsoMonth } from '../calendar/dates.js';
import { EbzError } from '../model/errors.js';

function inRange(option: string, value: string, year: number): void {
  if (!isSupportedYear(year)) throw new EbzError('yearOutOfRange', { option, value, first: SUPPORTED_YEARS.first, last: SUPPORTED_YEARS.last });
}

export function parseMonthOption(value: string | undefined, option = '--month'): IsoMonth {
  if (value === undefined || !isIsoMonth(value)) throw new EbzError('badMonth', { value: value ?? '' });
  inRange(option, value, Number(value.slice(0, 4)));
  return value;
}

export function parseQuarterOption(value: string | undefined, option = '--quarter'): string {
  if (value === undefined || !/^\d{4}-Q[1-4]$/.test(value)) throw new EbzError('badQuarter', { value: value ?? '' });
  inRange(option, value, Number(value.slice(0, 4)));
  return value;
}

export function parseYearOption(value: string | undefined, option = '--year'): number {
  if (value === undefined || !/^\d{4}$/.test(value)) throw new EbzError('badYear', { value: value ?? '' });
  inRange(option, value, Number(value));
  return Number(value);
}
