import { RulesInputError } from '../errors';
import type { CourtCalendarData, NonCourtDayReason, RollDirection } from './court-calendar-data';
import { courtDayQuery, isCourtDayNumber, reasonsForDay, type CourtDayQuery } from './court-day';
import { fromDayNumber, toDayNumber } from './day-number';
import type { Citation, IsoDate } from './types';

/** A date moved to a court day: from, to, each skipped day with its reasons, and the rule allowing it. */
export interface Rollover {
  direction: RollDirection;
  from: IsoDate;
  to: IsoDate;
  /** Closed days passed over, in calendar order (earliest first) whichever the direction. */
  skipped: Array<{ date: IsoDate; reasons: NonCourtDayReason[] }>;
  basis: Citation;
}

// A year of consecutive closed days means the calendar data is wrong; refuse rather than loop.
const MAX_ROLL_DAYS = 366;
// Court-day counts in the rules are small ("2 court days"); a huge n is a caller error.
const MAX_COURT_DAYS = 1000;

function nearestCourtDay(start: number, step: 1 | -1, q: CourtDayQuery): number {
  for (let i = 0, day = start; i <= MAX_ROLL_DAYS; i += 1, day += step) {
    if (isCourtDayNumber(day, q.compiled, q.courtId, q.direction)) {
      return day;
    }
  }
  throw new RulesInputError(
    'INVALID_INPUT',
    'calendar.closures',
    `No court day within ${MAX_ROLL_DAYS} days of ${fromDayNumber(start)}; check the closures entered.`,
  );
}

function roll(
  d: IsoDate,
  calendar: CourtCalendarData,
  basis: Citation,
  courtId: string | undefined,
  direction: RollDirection,
): Rollover | null {
  const q = courtDayQuery(calendar, courtId, direction);
  const from = toDayNumber(d);
  const step = direction === 'forward' ? 1 : -1;
  const to = nearestCourtDay(from, step, q);
  if (to === from) {
    return null;
  }
  const skipped: Rollover['skipped'] = [];
  const [first, last] = step === 1 ? [from, to - 1] : [to + 1, from];
  for (let day = first; day <= last; day += 1) {
    skipped.push({
      date: fromDayNumber(day),
      reasons: reasonsForDay(day, q.compiled, q.courtId, q.direction),
    });
  }
  return { direction, from: d, to: fromDayNumber(to), skipped, basis };
}

/** The first court day on or after `d`, with what was skipped; null when `d` is a court day. */
export function rollForward(
  d: IsoDate,
  calendar: CourtCalendarData,
  basis: Citation,
  courtId?: string,
): Rollover | null {
  return roll(d, calendar, basis, courtId, 'forward');
}

/** The last court day on or before `d` (part-day closures count as closed); null when `d` is one. */
export function rollBackward(
  d: IsoDate,
  calendar: CourtCalendarData,
  basis: Citation,
  courtId?: string,
): Rollover | null {
  return roll(d, calendar, basis, courtId, 'backward');
}

/** The first court day strictly after `d`. */
export function nextCourtDay(d: IsoDate, calendar: CourtCalendarData, courtId?: string): IsoDate {
  const q = courtDayQuery(calendar, courtId, 'forward');
  return fromDayNumber(nearestCourtDay(toDayNumber(d) + 1, 1, q));
}

// Day 0 is not counted (Va. Code § 1-210(A)); counting backward treats part-day closures as closed
// (§2.1) so the day to act is the earlier one.
/** The n-th court day after `d` (n < 0: before it); n = 0 returns `d`. */
export function addCourtDays(
  d: IsoDate,
  n: number,
  calendar: CourtCalendarData,
  courtId?: string,
): IsoDate {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_COURT_DAYS) {
    throw new RulesInputError(
      'INVALID_INPUT',
      'courtDays',
      `Expected a whole number of court days between -${MAX_COURT_DAYS} and ${MAX_COURT_DAYS}.`,
    );
  }
  const step = n < 0 ? -1 : 1;
  const q = courtDayQuery(calendar, courtId, step === 1 ? 'forward' : 'backward');
  let day = toDayNumber(d);
  for (let counted = 0; counted < Math.abs(n); counted += 1) {
    day = nearestCourtDay(day + step, step, q);
  }
  return fromDayNumber(day);
}
