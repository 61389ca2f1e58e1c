/** The only source of "now" in the API and worker, so tests inject time instead of sleeping. */
export abstract class Clock {
  abstract now(): Date;
}

/** Wall-clock time for production. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

// Built once: constructing an Intl.DateTimeFormat loads ICU time-zone data and costs about a
// millisecond, far more than formatting with it (the scale seed calls these 100,000s of times).
const VIRGINIA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const VIRGINIA_DATE_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The civil date (YYYY-MM-DD) of an instant in Virginia, whatever the host time zone. */
export function virginiaDate(instant: Date): string {
  return VIRGINIA_DATE.format(instant);
}

/** The wall-clock date and minute of an instant in Virginia ('YYYY-MM-DD', 'HH:MM'). */
export function virginiaDateTime(instant: Date): { date: string; time: string } {
  const parts = VIRGINIA_DATE_TIME.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}
