import { RulesInputError } from '../errors';
import {
  daysFromCivil,
  daysInMonth,
  formatCivil,
  fromDayNumber,
  MAX_YEAR,
  MIN_YEAR,
  requireCivil,
  toDayNumber,
  weekdayOfDayNumber,
} from './day-number';
import type { IsoDate } from './types';

function requireInteger(n: number, field: string): void {
  if (!Number.isInteger(n)) {
    throw new RulesInputError('INVALID_INPUT', field, 'Expected a whole number.');
  }
}

/** `d` plus `n` calendar days (n may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'days');
  return fromDayNumber(toDayNumber(d) + n);
}

// Cousins v. Commonwealth, 187 Va. 506 (1948); rules-spec A-07: Aug 31 + 6 months → Feb 28/29.
/** Same day-of-month `n` calendar months later, clamped to the target month's last day. */
export function addCalendarMonths(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'months');
  const parts = requireCivil(d);
  const monthIndex = parts.year * 12 + (parts.month - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RulesInputError(
      'OUTSIDE_CALENDAR_RANGE',
      'date',
      `The computed date is outside the supported years ${MIN_YEAR}..${MAX_YEAR}.`,
    );
  }
  return formatCivil(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** `n` calendar years later as 12·n calendar months, so Feb 29 + 2 years → Feb 28. */
export function addCalendarYears(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'years');
  return addCalendarMonths(d, 12 * n);
}

/** Signed number of days from `from` to `to` (to − from). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** ISO weekday of `d`: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(d));
}

/** Day number of the n-th (1-based) given ISO weekday of a month; n = -1 means the last one. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = daysFromCivil(year, month, 1);
    const offset = (weekday - weekdayOfDayNumber(first) + 7) % 7;
    return first + offset + (n - 1) * 7;
  }
  const last = daysFromCivil(year, month, daysInMonth(year, month));
  return last - ((weekdayOfDayNumber(last) - weekday + 7) % 7);
}
