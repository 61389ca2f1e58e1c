import { RulesInputError } from '../errors';
import { civilFromDays, formatCivil, requireCivil, daysFromCivil } from './day-number';
import { requireMinutesOfDay } from './parse';
import { dstSundays } from './us-dst';
import type { LocalDateTime } from './types';

const EST = -300;
const EDT = -240;
const TRANSITION_MINUTE = 120; // both changes happen at 02:00 local wall time
const MINUTES_PER_DAY = 1440;

interface WallClock {
  day: number;
  minute: number;
}

function wallClockOf(ldt: LocalDateTime): WallClock {
  const { year, month, day } = requireCivil(ldt.date, 'date');
  return { day: daysFromCivil(year, month, day), minute: requireMinutesOfDay(ldt.time, 'time') };
}

// Returns the offset and the wall minute after resolving the spring-forward gap: a nonexistent
// 02:xx is read as 03:xx EDT (the time after the gap), an ambiguous fall-back 01:xx as the first
// occurrence (EDT). Both choices follow the brief's contract for this library.
function resolve(ldt: LocalDateTime): { offset: number; wall: number } {
  const { day, minute } = wallClockOf(ldt);
  const { year } = civilFromDays(day);
  const { start, end } = dstSundays(year);
  const wall = day * MINUTES_PER_DAY + minute;
  if (day < start || day > end) {
    return { offset: EST, wall };
  }
  if (day === start) {
    if (minute < TRANSITION_MINUTE) {
      return { offset: EST, wall };
    }
    return { offset: EDT, wall: minute < TRANSITION_MINUTE + 60 ? wall + 60 : wall };
  }
  if (day === end) {
    return { offset: minute < TRANSITION_MINUTE ? EDT : EST, wall };
  }
  return { offset: EDT, wall };
}

/** UTC offset in minutes (−300 EST or −240 EDT) of a New York wall time; gap → EDT, overlap → first (EDT). */
export function utcOffsetMinutes(ldt: LocalDateTime): number {
  return resolve(ldt).offset;
}

/** Minutes since 1970-01-01T00:00Z of a New York wall time (gap times move forward to EDT). */
export function toEpochMinutes(ldt: LocalDateTime): number {
  const { offset, wall } = resolve(ldt);
  return wall - offset;
}

/** New York wall-clock date and time of an instant given in minutes since 1970-01-01T00:00Z. */
export function fromEpochMinutes(m: number): LocalDateTime {
  if (!Number.isInteger(m)) {
    throw new RulesInputError(
      'INVALID_INPUT',
      'epochMinutes',
      'Expected a whole number of minutes.',
    );
  }
  const estDay = Math.floor((m + EST) / MINUTES_PER_DAY);
  const { start, end } = dstSundays(civilFromDays(estDay).year);
  const dstFrom = start * MINUTES_PER_DAY + TRANSITION_MINUTE - EST;
  const dstUntil = end * MINUTES_PER_DAY + TRANSITION_MINUTE - EDT;
  const wall = m + (m >= dstFrom && m < dstUntil ? EDT : EST);
  const day = Math.floor(wall / MINUTES_PER_DAY);
  const minute = wall - day * MINUTES_PER_DAY;
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const hh = Math.floor(minute / 60);
  const mm = minute % 60;
  return {
    date: formatCivil(year, month, dayOfMonth),
    time: `${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}`,
  };
}

/** `ldt` plus `hours` of elapsed (real) time, DST-aware; hours may be fractional in whole minutes. */
export function addHours(ldt: LocalDateTime, hours: number): LocalDateTime {
  const minutes = hours * 60;
  if (!Number.isInteger(minutes)) {
    throw new RulesInputError('INVALID_INPUT', 'hours', 'Expected a whole number of minutes.');
  }
  return fromEpochMinutes(toEpochMinutes(ldt) + minutes);
}
