// Public API of the court-day calendar and civil-date arithmetic (contract with src/rules).
export type { Citation, IsoDate, IsoTime, LocalDateTime } from './types';

export { parseIsoDate, parseIsoTime, isValidIsoDate } from './parse';
export { toDayNumber, fromDayNumber } from './day-number';
export {
  addDays,
  addCalendarMonths,
  addCalendarYears,
  daysBetween,
  compareIsoDates,
  isoWeekday,
} from './civil-date';
export { compareLocalDateTimes, endOfDay } from './local-date-time';
export { formatDayShort, formatDayLong, formatDateRange, formatTime12h } from './format';

export { utcOffsetMinutes, toEpochMinutes, fromEpochMinutes, addHours } from './new-york-time';

export type { LegalHoliday } from './legal-holidays';
export { legalHolidays, legalHolidayOn } from './legal-holidays';

export type {
  NonCourtDayReason,
  Closure,
  CourtCalendarData,
  RollDirection,
} from './court-calendar-data';
export { STATEWIDE_CALENDAR } from './court-calendar-data';
export { nonCourtDayReasons, isCourtDay } from './court-day';
export type { Rollover } from './rollover';
export { rollForward, rollBackward, nextCourtDay, addCourtDays } from './rollover';
export { describeClosedRun } from './describe-closed-run';
export type { CalendarCoverage } from './calendar-coverage';
export { calendarCoverage } from './calendar-coverage';
