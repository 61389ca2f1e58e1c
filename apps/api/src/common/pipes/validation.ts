import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

import type { FieldError, ValidationErrorResponse } from '@haven/contracts';

/** Flattens class-validator's tree into dotted field paths (`hearing.scheduledAt`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** The 400 every refused body gets: `{ error: 'validation_failed', fields: [...] }`. */
export function validationFailed(errors: ValidationError[]): BadRequestException {
  const body: ValidationErrorResponse = {
    error: 'validation_failed',
    fields: toFieldErrors(errors),
  };
  return new BadRequestException(body);
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
