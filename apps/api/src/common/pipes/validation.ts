import {
  BadRequestException,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';

import type { FieldError, ValidationErrorResponse } from '@haven/contracts';

import { findUnsafeText, withoutUnsafeText } from '@api/common/validation/unsafe-text';

/**
 * Flattens class-validator's tree into dotted field paths (`hearing.scheduledAt`). An error without
 * a property is about the value itself, which at the top is a body that is no object (`[]`).
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    // Typed as a string, but class-validator leaves it undefined for the validated value itself.
    const property: string | undefined = error.property;
    const field = [parent, property].filter(Boolean).join('.') || 'body';
    // class-validator starts its messages with the property; a client-sent property name is no
    // pattern to build a RegExp from (`a)` would throw), so the prefix is cut as text.
    const prefix = `${error.property} `;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(prefix) ? message.slice(prefix.length) : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/**
 * The 400 every refused input gets, from the validation pipe or from the checks at the edge that
 * run before it (body parser, input hygiene, path ids): `{ error: 'validation_failed', fields }`.
 */
export function fieldsRefused(fields: FieldError[]): BadRequestException {
  const body: ValidationErrorResponse = { error: 'validation_failed', fields };
  return new BadRequestException(body);
}

/** The 400 for class-validator's errors, each field named by its dotted path. */
export function validationFailed(errors: ValidationError[]): BadRequestException {
  return fieldsRefused(toFieldErrors(errors));
}

/** The fields a refusal of the validation pipe names, or null for any other error. */
function refusedFields(err: unknown): FieldError[] | null {
  if (!(err instanceof BadRequestException)) return null;
  const body = err.getResponse() as Partial<ValidationErrorResponse>;
  return Array.isArray(body.fields) ? body.fields : null;
}

/**
 * Every wrong field of a body in one answer: text no field may hold (a control character, a lone
 * surrogate: PostgreSQL cannot store it) together with what class-validator refuses, so a client
 * that sent a NUL in one field still learns about the others.
 */
export function bodyFieldErrors(unsafe: FieldError[], validated: FieldError[]): FieldError[] {
  const all = [...unsafe, ...validated];
  const seen = new Set<string>();
  return all.filter(({ field, message }) => {
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The global pipe: a body's unsafe text is refused with, not before, its other wrong fields. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Read before the parent pipe runs: it strips `__proto__` and `constructor` keys in place.
    const unsafe = metadata.type === 'body' ? findUnsafeText(value, 'body') : [];
    if (unsafe.length === 0) return super.transform(value, metadata);
    let validated: FieldError[] = [];
    try {
      // The other checks see the text with what is unsafe taken out: some validators (IsEmail)
      // throw on a lone surrogate instead of refusing it.
      await super.transform(withoutUnsafeText(value), metadata);
    } catch (err) {
      const fields = refusedFields(err);
      if (!fields) throw err;
      validated = fields;
    }
    throw fieldsRefused(bodyFieldErrors(unsafe, validated));
  }
}

/** One global pipe: unknown fields are refused, never silently stored (security-checks A7). */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailed,
  });
}
