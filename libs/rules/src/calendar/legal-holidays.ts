import { RulesInputError } from '../errors';
import {
  civilFromDays,
  formatCivil,
  MAX_YEAR,
  MIN_YEAR,
  toDayNumber,
  weekdayOfDayNumber,
} from './day-number';
import { VIRGINIA_HOLIDAY_RULES } from './holiday-rules';
import type { Citation, IsoDate } from './types';

/** A Virginia legal holiday; `date` is the observed date, `actualDate` the date the rule names. */
export interface LegalHoliday {
  date: IsoDate;
  name: string;
  actualDate: IsoDate;
  observed: boolean;
  citation: Citation;
}

/** The statute that makes these days legal holidays. */
export const LEGAL_HOLIDAY_CITATION: Citation = 'Va. Code § 2.2-3300';

interface YearHolidays {
  list: readonly LegalHoliday[];
  byDay: ReadonlyMap<number, readonly LegalHoliday[]>;
}

// Pure memoisation: holidays depend only on the year, and every court-day test needs them.
const cache = new Map<number, YearHolidays>();

function dateOf(day: number): IsoDate {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return formatCivil(year, month, dayOfMonth);
}

function observedDay(actual: number): number {
  // § 2.2-3300, final sentence: Saturday → the Friday next preceding, Sunday → the Monday next following.
  const weekday = weekdayOfDayNumber(actual);
  return weekday === 6 ? actual - 1 : weekday === 7 ? actual + 1 : actual;
}

function derive(year: number): YearHolidays {
  const found: Array<{ day: number; holiday: LegalHoliday }> = [];
  // The next year's New Year's Day can be observed on Dec 31 of this one (Jan 1 2028 → Fri 2027-12-31).
  for (const ruleYear of [year - 1, year, year + 1]) {
    for (const rule of VIRGINIA_HOLIDAY_RULES) {
      const actual = rule.actualDay(ruleYear);
      const day = rule.fixedDate ? observedDay(actual) : actual;
      if (civilFromDays(day).year !== year) {
        continue;
      }
      const holiday: LegalHoliday = Object.freeze({
        date: dateOf(day),
        name: rule.name,
        actualDate: dateOf(actual),
        observed: day !== actual,
        citation: LEGAL_HOLIDAY_CITATION,
      });
      found.push({ day, holiday });
    }
  }
  found.sort((a, b) => a.day - b.day || (a.holiday.name < b.holiday.name ? -1 : 1));
  const byDay = new Map<number, LegalHoliday[]>();
  for (const { day, holiday } of found) {
    const existing = byDay.get(day);
    if (existing === undefined) {
      byDay.set(day, [holiday]);
    } else {
      existing.push(holiday);
    }
  }
  return { list: Object.freeze(found.map((f) => f.holiday)), byDay };
}

function holidaysOfYear(year: number): YearHolidays {
  let entry = cache.get(year);
  if (entry === undefined) {
    entry = derive(year);
    cache.set(year, entry);
  }
  return entry;
}

/** Legal holidays on day number `day` (internal fast path for court-day tests). */
export function holidaysOnDayNumber(
  day: number,
  year: number,
): readonly LegalHoliday[] | undefined {
  return holidaysOfYear(year).byDay.get(day);
}

/** Virginia legal holidays whose observed date falls in `year`, sorted by date (Va. Code § 2.2-3300). */
export function legalHolidays(year: number): LegalHoliday[] {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RulesInputError(
      'OUTSIDE_CALENDAR_RANGE',
      'year',
      `Expected a whole year in ${MIN_YEAR}..${MAX_YEAR}.`,
    );
  }
  return holidaysOfYear(year).list.slice();
}

/** The legal holiday observed on `d`, if any. */
export function legalHolidayOn(d: IsoDate): LegalHoliday | undefined {
  const day = toDayNumber(d);
  return holidaysOnDayNumber(day, civilFromDays(day).year)?.[0];
}
