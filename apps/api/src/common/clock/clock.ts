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

/** The civil date (YYYY-MM-DD) of an instant in Virginia, whatever the host time zone. */
export function virginiaDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
