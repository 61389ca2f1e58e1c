import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

import type { FieldError, ValidationErrorResponse } from '@haven/contracts';

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

/** One global pipe: unknown fields are refused, never silently stored (security-checks A7). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationFailed,
  });
}
