import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';

import type { FieldError, ValidationErrorResponse } from '@haven/contracts';

/** The `fields` of a 400 validation answer, or null for any other error. */
export function validationFieldsOf(err: unknown): FieldError[] | null {
  if (!(err instanceof HttpErrorResponse) || err.status !== 400) {
    return null;
  }
  const body = err.error as Partial<ValidationErrorResponse> | null;
  return body?.error === 'validation_failed' && Array.isArray(body.fields) ? body.fields : null;
}

/**
 * Puts each server message on the control its dotted path names, as the `server` error, and
 * returns the messages that name no control (shown above the form instead).
 */
export function applyFieldErrors(form: AbstractControl, fields: readonly FieldError[]): string[] {
  const unplaced: string[] = [];
  for (const { field, message } of fields) {
    const control = form.get(field);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else {
      unplaced.push(`${field} ${message}`);
    }
  }
  return unplaced;
}
