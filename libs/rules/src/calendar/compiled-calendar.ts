import { RulesInputError } from '../errors';
import { daysFromCivil, requireCivil } from './day-number';
import type { Closure, ClosureKind, CourtCalendarData } from './court-calendar-data';

/** Calendar data indexed for O(1) day tests. */
export interface CompiledCalendar {
  closuresByDay: ReadonlyMap<number, readonly Closure[]>;
  /** Bit w (1..7) set when the court sits on ISO weekday w. */
  sessionMasks: ReadonlyMap<string, number>;
}

interface CacheEntry {
  closures: readonly Closure[];
  closuresLength: number;
  sessionWeekdays: CourtCalendarData['sessionWeekdays'];
  compiled: CompiledCalendar;
}

const CLOSURE_KINDS: readonly ClosureKind[] = [
  'governor_or_president_day',
  'clerk_closure',
  'court_closure',
];
const WEEKDAYS_MASK = 0b111110; // Monday..Friday

// Memoised per calendar object so a roll over many days validates and indexes the data once. A
// replaced or resized closures array is noticed; calendar data is otherwise treated as immutable.
const cache = new WeakMap<CourtCalendarData, CacheEntry>();

function invalid(field: string, message: string): RulesInputError {
  return new RulesInputError('INVALID_INPUT', field, message);
}

function validateClosure(closure: Closure, i: number): number {
  const field = `calendar.closures[${i}]`;
  if (typeof closure !== 'object' || closure === null) {
    throw invalid(field, 'Expected a closure object.');
  }
  const { year, month, day } = requireCivil(closure.date, `${field}.date`);
  const { courtIds } = closure;
  if (
    courtIds !== 'statewide' &&
    !(Array.isArray(courtIds) && courtIds.every((id) => typeof id === 'string'))
  ) {
    throw invalid(`${field}.courtIds`, "Expected 'statewide' or a list of court ids.");
  }
  if (typeof closure.allDay !== 'boolean') {
    throw invalid(`${field}.allDay`, 'Expected true or false.');
  }
  if (!CLOSURE_KINDS.includes(closure.kind)) {
    throw invalid(`${field}.kind`, `Expected one of ${CLOSURE_KINDS.join(', ')}.`);
  }
  if (typeof closure.name !== 'string' || closure.name === '') {
    throw invalid(`${field}.name`, 'Expected the name of the closure.');
  }
  // every closure names the authority for it (Governor's order, statute, chief judge).
  if (typeof closure.authority !== 'string' || closure.authority === '') {
    throw invalid(`${field}.authority`, 'Expected the authority for the closure.');
  }
  return daysFromCivil(year, month, day);
}

function sessionMask(weekdays: unknown, courtId: string): number {
  const field = 'calendar.sessionWeekdays';
  if (!Array.isArray(weekdays)) {
    throw invalid(field, `Expected a list of ISO weekdays for court ${courtId}.`);
  }
  let mask = 0;
  for (const w of weekdays) {
    if (!Number.isInteger(w) || w < 1 || w > 7) {
      throw invalid(field, `Expected ISO weekdays 1 (Monday) to 7 (Sunday) for court ${courtId}.`);
    }
    mask |= 1 << (w as number);
  }
  // Saturdays and Sundays are never court days (§2.1 condition 1), so a court must sit on a weekday;
  // otherwise no court day exists and a roll could never end.
  if ((mask & WEEKDAYS_MASK) === 0) {
    throw invalid(field, `Court ${courtId} sits on no weekday (Monday to Friday).`);
  }
  return mask;
}

function compile(calendar: CourtCalendarData): CompiledCalendar {
  if (typeof calendar !== 'object' || calendar === null || !Array.isArray(calendar.closures)) {
    throw invalid('calendar.closures', 'Expected court calendar data with a list of closures.');
  }
  const closuresByDay = new Map<number, Closure[]>();
  calendar.closures.forEach((closure, i) => {
    const day = validateClosure(closure, i);
    const existing = closuresByDay.get(day);
    if (existing === undefined) {
      closuresByDay.set(day, [closure]);
    } else {
      existing.push(closure);
    }
  });
  const sessionMasks = new Map<string, number>();
  const { sessionWeekdays } = calendar;
  if (sessionWeekdays !== undefined) {
    if (typeof sessionWeekdays !== 'object' || sessionWeekdays === null) {
      throw invalid('calendar.sessionWeekdays', 'Expected weekdays per court id.');
    }
    for (const [courtId, weekdays] of Object.entries(sessionWeekdays)) {
      sessionMasks.set(courtId, sessionMask(weekdays, courtId));
    }
  }
  return { closuresByDay, sessionMasks };
}

/** Validated, indexed view of `calendar` (memoised per object); throws INVALID_INPUT / INVALID_DATE. */
export function compileCalendar(calendar: CourtCalendarData): CompiledCalendar {
  if (typeof calendar !== 'object' || calendar === null) {
    throw invalid('calendar', 'Expected court calendar data.');
  }
  const hit = cache.get(calendar);
  if (
    hit !== undefined &&
    hit.closures === calendar.closures &&
    hit.closuresLength === calendar.closures.length &&
    hit.sessionWeekdays === calendar.sessionWeekdays
  ) {
    return hit.compiled;
  }
  const compiled = compile(calendar);
  cache.set(calendar, {
    closures: calendar.closures,
    closuresLength: calendar.closures.length,
    sessionWeekdays: calendar.sessionWeekdays,
    compiled,
  });
  return compiled;
}
