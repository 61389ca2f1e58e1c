import type { ApiPropertyOptions } from '@nestjs/swagger';

import { CLOCK_TIME } from '../validation/record-validators';

// Wire formats shared by request DTOs and response docs, spread into @ApiProperty options so every
// date, time and id reads the same in the OpenAPI document.

/** A record id (PostgreSQL `uuid`). */
export const UUID_SCHEMA = { type: String, format: 'uuid' } as const satisfies ApiPropertyOptions;

/** A calendar date in Virginia, `YYYY-MM-DD`, as the rules library reads it (never a `Date`). */
export const CIVIL_DATE_SCHEMA = {
  type: String,
  format: 'date',
  example: '2026-11-23',
} as const satisfies ApiPropertyOptions;

/** A wall-clock time in Virginia, `HH:MM` on a 24-hour clock, as courts write times on orders. */
export const CLOCK_TIME_SCHEMA = {
  type: String,
  format: 'time',
  pattern: CLOCK_TIME.source,
  example: '09:30',
} as const satisfies ApiPropertyOptions;

/** An instant, full ISO 8601 with offset (when a row was written). */
export const INSTANT_SCHEMA = {
  type: String,
  format: 'date-time',
} as const satisfies ApiPropertyOptions;

/**
 * The members of a string union as a list for `enum:`. The Record makes the compiler refuse a member
 * left out or misspelt, so a list written here cannot drift from the @haven/contracts union.
 */
export function valuesOf<T extends string>(members: Record<T, true>): T[] {
  return Object.keys(members) as T[];
}
