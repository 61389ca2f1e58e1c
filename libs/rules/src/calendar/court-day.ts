import { RulesInputError } from '../errors';
import { compileCalendar, type CompiledCalendar } from './compiled-calendar';
import type { CourtCalendarData, NonCourtDayReason, RollDirection } from './court-calendar-data';
import { civilFromDays, toDayNumber, weekdayOfDayNumber } from './day-number';
import { holidaysOnDayNumber } from './legal-holidays';
import type { IsoDate } from './types';

function requireDirection(direction: unknown): RollDirection {
  if (direction !== 'forward' && direction !== 'backward') {
    throw new RulesInputError('INVALID_INPUT', 'direction', "Expected 'forward' or 'backward'.");
  }
  return direction;
}

function requireCourtId(courtId: unknown): string | undefined {
  if (courtId !== undefined && typeof courtId !== 'string') {
    throw new RulesInputError('INVALID_INPUT', 'courtId', 'Expected a court id.');
  }
  return courtId;
}

/** Internal: the reasons day number `day` is not a court day ([] = court day). */
export function reasonsForDay(
  day: number,
  compiled: CompiledCalendar,
  courtId: string | undefined,
  direction: RollDirection,
): NonCourtDayReason[] {
  const reasons: NonCourtDayReason[] = [];
  const weekday = weekdayOfDayNumber(day);
  if (weekday === 6 || weekday === 7) {
    reasons.push({ kind: 'weekend', weekday });
  }
  for (const h of holidaysOnDayNumber(day, civilFromDays(day).year) ?? []) {
    reasons.push({
      kind: 'legal_holiday',
      name: h.name,
      actualDate: h.actualDate,
      observed: h.observed,
      citation: h.citation,
    });
  }
  for (const c of compiled.closuresByDay.get(day) ?? []) {
    // §2.1 / A-03: a part-day closure leaves the court in session for a forward roll (earlier end of
    // protection) but closes the day for a backward roll (earlier day to act).
    if ((c.allDay || direction === 'backward') && appliesTo(c.courtIds, courtId)) {
      reasons.push({ kind: c.kind, name: c.name, authority: c.authority });
    }
  }
  if (weekday <= 5 && !sits(compiled, courtId, weekday)) {
    reasons.push({ kind: 'court_not_sitting', weekday });
  }
  return reasons;
}

/** Internal: allocation-free court-day test on a day number. */
export function isCourtDayNumber(
  day: number,
  compiled: CompiledCalendar,
  courtId: string | undefined,
  direction: RollDirection,
): boolean {
  const weekday = weekdayOfDayNumber(day);
  if (weekday >= 6 || !sits(compiled, courtId, weekday)) {
    return false;
  }
  if (holidaysOnDayNumber(day, civilFromDays(day).year) !== undefined) {
    return false;
  }
  const closures = compiled.closuresByDay.get(day);
  if (closures === undefined) {
    return true;
  }
  return !closures.some(
    (c) => (c.allDay || direction === 'backward') && appliesTo(c.courtIds, courtId),
  );
}

function appliesTo(courtIds: string[] | 'statewide', courtId: string | undefined): boolean {
  return courtIds === 'statewide' || (courtId !== undefined && courtIds.includes(courtId));
}

function sits(compiled: CompiledCalendar, courtId: string | undefined, weekday: number): boolean {
  if (courtId === undefined) {
    return true;
  }
  const mask = compiled.sessionMasks.get(courtId);
  return mask === undefined || (mask & (1 << weekday)) !== 0;
}

/** Validated inputs shared by the court-day functions. */
export interface CourtDayQuery {
  compiled: CompiledCalendar;
  courtId: string | undefined;
  direction: RollDirection;
}

/** Internal: validates calendar, court id and direction once per public call. */
export function courtDayQuery(
  calendar: CourtCalendarData,
  courtId: unknown,
  direction: unknown,
): CourtDayQuery {
  return {
    compiled: compileCalendar(calendar),
    courtId: requireCourtId(courtId),
    direction: requireDirection(direction),
  };
}

// Reasons, in order: weekend, § 2.2-3300 holiday, entered closure, court not sitting that weekday.
/** Why `d` is not a court day for `courtId` ([] = court day; rules-spec §2.1); default 'forward'. */
export function nonCourtDayReasons(
  d: IsoDate,
  calendar: CourtCalendarData,
  courtId?: string,
  direction: RollDirection = 'forward',
): NonCourtDayReason[] {
  const q = courtDayQuery(calendar, courtId, direction);
  return reasonsForDay(toDayNumber(d), q.compiled, q.courtId, q.direction);
}

/** Whether `d` is a court day for `courtId` (rules-spec §2.1); default direction 'forward'. */
export function isCourtDay(
  d: IsoDate,
  calendar: CourtCalendarData,
  courtId?: string,
  direction: RollDirection = 'forward',
): boolean {
  const q = courtDayQuery(calendar, courtId, direction);
  return isCourtDayNumber(toDayNumber(d), q.compiled, q.courtId, q.direction);
}
