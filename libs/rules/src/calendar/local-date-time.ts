import { toDayNumber } from './day-number';
import { requireMinutesOfDay } from './parse';
import type { IsoDate, LocalDateTime } from './types';

// Rules-spec conventions: "end of day" is 11:59 p.m. local, stored as '23:59', compared inclusively.
const END_OF_DAY = '23:59';

/** Compares two New York wall-clock times by date, then time (negative, zero or positive). */
export function compareLocalDateTimes(a: LocalDateTime, b: LocalDateTime): number {
  const byDate = toDayNumber(a.date) - toDayNumber(b.date);
  if (byDate !== 0) {
    return byDate;
  }
  return requireMinutesOfDay(a.time) - requireMinutesOfDay(b.time);
}

/** End of day `d`: 23:59 local (rules-spec conventions, A-22). */
export function endOfDay(d: IsoDate): LocalDateTime {
  toDayNumber(d);
  return { date: d, time: END_OF_DAY };
}
