import { addCalendarMonths, addDays, isValidIsoDate } from '@haven/rules';

/** The two ways the calendar lays out days. */
export type CalendarView = 'month' | 'week';

// Court dates have no time zone: all arithmetic is on civil dates, formatted in UTC.
function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const LONG = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
});
const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** 0 for Sunday … 6 for Saturday. */
export function weekday(day: string): number {
  return utc(day).getUTCDay();
}

/** The Sunday that starts `day`'s week (weeks run Sunday to Saturday, as US court calendars do). */
export function startOfWeek(day: string): string {
  return addDays(day, -weekday(day));
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** Whether `a` and `b` fall in the same calendar month. */
export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The weeks the view shows around `day`: the whole month (Sunday-first rows), or `day`'s week. */
export function visibleWeeks(view: CalendarView, day: string): string[][] {
  const first = view === 'month' ? startOfWeek(startOfMonth(day)) : startOfWeek(day);
  const weeks: string[][] = [];
  for (let start = first; weeks.length === 0 || (view === 'month' && sameMonth(start, day));) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
    start = addDays(start, 7);
  }
  return weeks;
}

/** Where a key moves the focused day, or null for a key the grid does not handle. */
export function moveByKey(view: CalendarView, day: string, key: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return startOfWeek(day);
    case 'End':
      return addDays(startOfWeek(day), 6);
    case 'PageUp':
      return view === 'month' ? addCalendarMonths(day, -1) : addDays(day, -7);
    case 'PageDown':
      return view === 'month' ? addCalendarMonths(day, 1) : addDays(day, 7);
    default:
      return null;
  }
}

/** The previous or next month or week, keeping the weekday or day of month where possible. */
export function step(view: CalendarView, day: string, direction: -1 | 1): string {
  return view === 'month' ? addCalendarMonths(day, direction) : addDays(day, 7 * direction);
}

/** 'Monday, March 9, 2026'. */
export function longDay(day: string): string {
  return LONG.format(utc(day));
}

/** 'March 2026'. */
export function monthTitle(day: string): string {
  return MONTH.format(utc(day));
}

/** A `?date=` value, or `fallback` when it is missing or not a real date. */
export function parseDay(value: string | null, fallback: string): string {
  return value !== null && isValidIsoDate(value) ? value : fallback;
}
