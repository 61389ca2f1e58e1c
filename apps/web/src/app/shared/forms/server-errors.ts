import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';

import type { ErrorResponse, FieldError, ValidationErrorResponse } from '@haven/contracts';

/** The `fields` of a 400 validation answer, or null for any other error. */
export function validationFieldsOf(err: unknown): FieldError[] | null {
  if (!(err instanceof HttpErrorResponse) || err.status !== 400) {
    return null;
  }
  const body = err.error as Partial<ValidationErrorResponse> | null;
  return body?.error === 'validation_failed' && Array.isArray(body.fields) ? body.fields : null;
}

/**
 * How a server message reads: a `fragment` of validation ("is required") follows the field's
 * label; a `sentence` (a domain refusal such as a conflict or an eligibility answer) stands alone.
 */
export type ServerMessageStyle = 'fragment' | 'sentence';

/**
 * Puts each server message on the control its dotted path names, as the `server` (or
 * `serverSentence`) error, and returns the messages that name no control (shown above the form).
 */
export function applyFieldErrors(
  form: AbstractControl,
  fields: readonly FieldError[],
  style: ServerMessageStyle = 'fragment',
): string[] {
  const unplaced: string[] = [];
  for (const { field, message } of fields) {
    const control = form.get(field);
    if (control) {
      const key = style === 'fragment' ? 'server' : 'serverSentence';
      control.setErrors({ ...control.errors, [key]: message });
      control.markAsTouched();
    } else {
      unplaced.push(style === 'fragment' ? `${field} ${message}` : message);
    }
  }
  return unplaced;
}

/** A refused request (4xx): its status, its stable code, its message and any fields it names. */
export interface Refusal {
  status: number;
  code: string | null;
  message: string | null;
  fields: FieldError[];
}

/** The refusal a 4xx answer describes, or null for a network error, a 5xx or a non-HTTP error. */
export function refusalOf(err: unknown): Refusal | null {
  if (!(err instanceof HttpErrorResponse) || err.status < 400 || err.status >= 500) {
    return null;
  }
  const body = (typeof err.error === 'object' ? err.error : null) as Partial<ErrorResponse> & {
    fields?: unknown;
  };
  return {
    status: err.status,
    code: typeof body?.error === 'string' ? body.error : null,
    message: typeof body?.message === 'string' && body.message.length > 0 ? body.message : null,
    fields: Array.isArray(body?.fields) ? (body.fields as FieldError[]).filter(isFieldError) : [],
  };
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && typeof candidate.message === 'string';
}
