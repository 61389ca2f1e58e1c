import { RulesInputError } from '../errors';
import { parseCivil, requireCivil } from './day-number';
import type { IsoDate, IsoTime } from './types';

/** Validates an untrusted 'YYYY-MM-DD' (real date, years 1900..2200) or throws INVALID_DATE naming `field`. */
export function parseIsoDate(value: unknown, field: string): IsoDate {
  requireCivil(value, field);
  return value as IsoDate;
}

/** Whether `value` is a real 'YYYY-MM-DD' civil date in 1900..2200. */
export function isValidIsoDate(value: unknown): value is IsoDate {
  return parseCivil(value) !== undefined;
}

/** Minutes after midnight of a strict 'HH:MM' (00:00..23:59), or undefined. */
export function parseMinutesOfDay(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) {
    return undefined;
  }
  const h0 = value.charCodeAt(0) - 48;
  const h1 = value.charCodeAt(1) - 48;
  const m0 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(4) - 48;
  if (h0 < 0 || h0 > 2 || h1 < 0 || h1 > 9 || m0 < 0 || m0 > 5 || m1 < 0 || m1 > 9) {
    return undefined;
  }
  const hours = h0 * 10 + h1;
  return hours > 23 ? undefined : hours * 60 + m0 * 10 + m1;
}

/** Validates an untrusted 24-hour 'HH:MM' or throws INVALID_TIME naming `field`. */
export function parseIsoTime(value: unknown, field: string): IsoTime {
  if (parseMinutesOfDay(value) === undefined) {
    throw new RulesInputError(
      'INVALID_TIME',
      field,
      "Expected a 24-hour time 'HH:MM' (00:00..23:59).",
    );
  }
  return value as IsoTime;
}

/** Minutes after midnight of an IsoTime; throws INVALID_TIME naming `field` when malformed. */
export function requireMinutesOfDay(value: unknown, field = 'time'): number {
  const minutes = parseMinutesOfDay(value);
  if (minutes === undefined) {
    throw new RulesInputError(
      'INVALID_TIME',
      field,
      "Expected a 24-hour time 'HH:MM' (00:00..23:59).",
    );
  }
  return minutes;
}
