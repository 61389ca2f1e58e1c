import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

import type { CourtKind } from '@haven/contracts';

/** Court kinds a DTO accepts (rules-spec §4). */
export const COURT_KINDS: readonly CourtKind[] = Object.keys({
  JDR: true,
  GDC: true,
  CIRCUIT: true,
  MAGISTRATE: true,
} satisfies Record<CourtKind, true>) as CourtKind[];

/** 'HH:MM' on a 24-hour clock, as courts write times on orders. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const CLOCK_TIME_MESSAGE = 'must be a time written HH:MM (24-hour)';

/** Text a person typed: at least one visible character. */
export const NOT_BLANK = /\S/;

/** The property may only be given together with `other` (a time needs its date, an override its expiry). */
export function RequiresField(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'requiresField',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options: { message: `may only be given with ${other}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value === undefined ||
          value === null ||
          ((args.object as Record<string, unknown>)[other] ?? null) !== null,
      },
    });
  };
}

/**
 * Out-of-state facts (issuing state, Virginia registration) belong only to kind 'OOS'
 * (ck_protective_order_out_of_state). With `required`, the property is a non-blank name of at most
 * 100 characters that an OOS order must give (R36–R38); without, combine it with @IsOptional.
 */
export function OutOfStateOnly(required: boolean, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'outOfStateOnly',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          (args.object as { kind?: unknown }).kind === 'OOS'
            ? 'is required for an out-of-state order: text of 1 to 100 characters'
            : 'may only be given for an out-of-state order (kind OOS)',
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const absent = value === undefined || value === null;
          if ((args.object as { kind?: unknown }).kind !== 'OOS') return absent;
          if (!required) return true;
          return typeof value === 'string' && NOT_BLANK.test(value) && value.length <= 100;
        },
      },
    });
  };
}

/**
 * The court's finding of a prior family-abuse order, and that order's issue date, belong only to a
 * family-abuse final order, kind 'FA_PO' (R10 version 2, ck_protective_order_prior_finding).
 * Combine with @IsOptional: any given value on another kind is refused.
 */
export function FamilyAbuseFinalOrderOnly(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'familyAbuseFinalOrderOnly',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: 'may only be given for a family-abuse final order (kind FA_PO)',
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value === undefined ||
          value === null ||
          (args.object as { kind?: unknown }).kind === 'FA_PO',
      },
    });
  };
}

/**
 * A civil date (`YYYY-MM-DD`) not after the civil date in `other`; passes when either is missing
 * or not a string (their own validators refuse those). Same-format dates compare as text.
 */
export function NotAfterField(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'notAfterField',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options: { message: `must not be after ${other}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const bound = (args.object as Record<string, unknown>)[other];
          return typeof value !== 'string' || typeof bound !== 'string' || value <= bound;
        },
      },
    });
  };
}
