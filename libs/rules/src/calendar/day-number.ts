import { RulesInputError } from '../errors';
import type { IsoDate } from './types';

// The library accepts civil dates in 1900..2200 only: wide enough for prior convictions and every
// order term, narrow enough that a typo such as '20266-03-01' is refused rather than computed.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** Whether `year` is a Gregorian leap year (2000 is, 2100 is not). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in `month` (1..12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A civil date split into numbers. */
export interface CivilParts {
  year: number;
  month: number;
  day: number;
}

/** Inverse of daysFromCivil (H. Hinnant's civil_from_days). */
export function civilFromDays(n: number): CivilParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** 'YYYY-MM-DD' of in-range civil parts, without validation (internal). */
export function formatCivil(year: number, month: number, day: number): IsoDate {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

// Hand-rolled rather than a regex because every court-day test goes through it (performance target
// in the brief: ≥200k expiries/sec).
/** Strict 'YYYY-MM-DD' (real date, years 1900..2200) to civil parts, or undefined. */
export function parseCivil(value: unknown): CivilParts | undefined {
  if (typeof value !== 'string' || value.length !== 10) {
    return undefined;
  }
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return undefined;
  }
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) {
    return undefined;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
    return undefined;
  }
  if (day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

const MIN_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31);

/** Civil parts of an IsoDate; throws RulesInputError('INVALID_DATE', field) when malformed. */
export function requireCivil(d: unknown, field = 'date'): CivilParts {
  const parts = parseCivil(d);
  if (parts === undefined) {
    throw new RulesInputError(
      'INVALID_DATE',
      field,
      `Expected a real calendar date 'YYYY-MM-DD' in ${MIN_YEAR}..${MAX_YEAR}.`,
    );
  }
  return parts;
}

/** Days since 1970-01-01 of an IsoDate; throws RulesInputError('INVALID_DATE') when malformed. */
export function toDayNumber(d: IsoDate): number {
  const parts = requireCivil(d);
  return daysFromCivil(parts.year, parts.month, parts.day);
}

/** IsoDate of a day number; throws OUTSIDE_CALENDAR_RANGE beyond 1900..2200 or for non-integers. */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n) || n < MIN_DAY_NUMBER || n > MAX_DAY_NUMBER) {
    throw new RulesInputError(
      'OUTSIDE_CALENDAR_RANGE',
      'date',
      `The computed date is outside the supported years ${MIN_YEAR}..${MAX_YEAR}.`,
    );
  }
  const { year, month, day } = civilFromDays(n);
  return formatCivil(year, month, day);
}
