import { parseIsoDate, parseIsoTime, type IsoDate } from '../calendar';
import { RulesInputError } from '../errors';
import type { StatedExpiryOverride } from '../model/case-facts';
import type { PartialDateTime } from '../model/deadline';

// Inputs arrive from the API and the worker as plain data; every field is checked here so a bad
// value is refused with its path (e.g. 'events[3].order.issuedAt.date'), never computed.

function invalid(field: string, message: string): RulesInputError {
  return new RulesInputError('INVALID_INPUT', field, message);
}

/** `value` as an object, or INVALID_INPUT naming `field`. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(field, 'Expected an object.');
  }
  return value as Record<string, unknown>;
}

/** `value` as an array, or INVALID_INPUT naming `field`. */
export function requireArray(value: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw invalid(field, 'Expected a list.');
  }
  return value;
}

/** A non-empty string (ids, names), or INVALID_INPUT naming `field`. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(field, 'Expected a non-empty string.');
  }
  return value;
}

/** An optional non-empty string. */
export function optionalText(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : requireText(value, field);
}

/** A boolean, or INVALID_INPUT naming `field`. */
export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw invalid(field, 'Expected true or false.');
  }
  return value;
}

/** An optional boolean. */
export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  return value === undefined ? undefined : requireBoolean(value, field);
}

/** One of `options`, or INVALID_INPUT naming `field` and listing them. */
export function requireOneOf<T extends string>(
  value: unknown,
  options: readonly T[],
  field: string,
): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw invalid(field, `Expected one of ${options.join(', ')}.`);
  }
  return value as T;
}

/** A civil date, or INVALID_DATE naming `field`. */
export function requireDate(value: unknown, field: string): IsoDate {
  return parseIsoDate(value, field);
}

/** An optional civil date. */
export function optionalDate(value: unknown, field: string): IsoDate | undefined {
  return value === undefined ? undefined : parseIsoDate(value, field);
}

/** `{ date, time? }` with a real date and, if present, a real 'HH:MM' time. */
export function requirePartialDateTime(value: unknown, field: string): PartialDateTime {
  const obj = requireObject(value, field);
  const date = parseIsoDate(obj['date'], `${field}.date`);
  if (obj['time'] === undefined) {
    return { date };
  }
  return { date, time: parseIsoTime(obj['time'], `${field}.time`) };
}

/** An optional `{ date, time? }`. */
export function optionalPartialDateTime(
  value: unknown,
  field: string,
): PartialDateTime | undefined {
  return value === undefined ? undefined : requirePartialDateTime(value, field);
}

/** An optional supervisor override; it must give a reason. */
export function optionalOverride(value: unknown, field: string): StatedExpiryOverride | undefined {
  if (value === undefined) {
    return undefined;
  }
  const obj = requireObject(value, field);
  return { reason: requireText(obj['reason'], `${field}.reason`) };
}
