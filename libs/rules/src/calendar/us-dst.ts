import { RulesInputError } from '../errors';
import { nthWeekdayOfMonth } from './civil-date';
import { daysFromCivil, MAX_YEAR } from './day-number';

// Instants are supported from the Uniform Time Act of 1966 (first applied 1967); before it New York
// kept its own local DST rules, which the library does not encode.
export const MIN_INSTANT_YEAR = 1967;

/** Day numbers of the Sundays on which New York DST starts and ends (both at 02:00 local). */
export interface DstSundays {
  start: number;
  end: number;
}

const SUNDAY = 7;

// 15 U.S.C. § 260a: from 2007 (Energy Policy Act of 2005) 2nd Sunday of March to 1st Sunday of
// November; 1987–2006 1st Sunday of April to last Sunday of October; 1967–1986 last Sunday of April
// to last Sunday of October, except the 1974–75 energy-crisis starts. Later years are assumed to keep
// the 2005 rule.
/** The Sundays New York DST starts and ends in `year`; throws OUTSIDE_CALENDAR_RANGE before 1967. */
export function dstSundays(year: number): DstSundays {
  if (!Number.isInteger(year) || year < MIN_INSTANT_YEAR || year > MAX_YEAR) {
    throw new RulesInputError(
      'OUTSIDE_CALENDAR_RANGE',
      'date',
      `Instants are supported for ${MIN_INSTANT_YEAR}..${MAX_YEAR} only (US DST rules before 1967 were local).`,
    );
  }
  if (year >= 2007) {
    return {
      start: nthWeekdayOfMonth(year, 3, SUNDAY, 2),
      end: nthWeekdayOfMonth(year, 11, SUNDAY, 1),
    };
  }
  const end = nthWeekdayOfMonth(year, 10, SUNDAY, -1);
  if (year >= 1987) {
    return { start: nthWeekdayOfMonth(year, 4, SUNDAY, 1), end };
  }
  // Emergency Daylight Saving Time Energy Conservation Act of 1973.
  if (year === 1974) {
    return { start: daysFromCivil(1974, 1, 6), end };
  }
  if (year === 1975) {
    return { start: daysFromCivil(1975, 2, 23), end };
  }
  return { start: nthWeekdayOfMonth(year, 4, SUNDAY, -1), end };
}
