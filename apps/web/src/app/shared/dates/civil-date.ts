const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// A court date has no time zone: format it in UTC so no browser zone can shift it by a day.
const FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** 'YYYY-MM-DD' → 'Mar 9, 2026'; anything else is returned unchanged. */
export function formatCivilDate(value: string): string {
  const match = CIVIL_DATE.exec(value);
  if (!match) {
    return value;
  }
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return Number.isNaN(date.getTime()) ? value : FORMAT.format(date);
}

const COURT_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date of `now` in Virginia, as 'YYYY-MM-DD': the day the courts and the API count
 * in ("not in the future" is judged by it), whatever zone the browser's machine is set to.
 */
export function courtCivilDate(now: Date): string {
  return COURT_DATE.format(now);
}

const CIVIL_TIME = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/** 'HH:MM' (court time, 24-hour) → '5:00 PM'; anything else is returned unchanged. */
export function formatCivilTime(value: string): string {
  const match = CIVIL_TIME.exec(value);
  if (!match) {
    return value;
  }
  const hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  if (hours > 23 || Number(minutes) > 59) {
    return value;
  }
  const suffix = hours < 12 ? 'AM' : 'PM';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${suffix}`;
}

/** An ISO instant → its day in Virginia, 'Mar 9, 2026' (when a record was made, not a court date). */
export function formatInstantDay(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : formatCivilDate(courtCivilDate(date));
}
