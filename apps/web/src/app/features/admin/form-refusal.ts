import type { AbstractControl } from '@angular/forms';

import { applyFieldErrors, refusalOf, validationFieldsOf } from '../../shared/forms/server-errors';

export interface RefusalWording {
  /** What to say when the request was refused for no stated reason. */
  fallback: string;
  /** Codes whose message is a whole sentence rather than a fragment after the field's label. */
  sentenceCodes?: readonly string[];
}

/**
 * Puts the API's field errors on the form's controls and returns what to say above the form (or
 * null when the fields say it all, or when the snackbar and session interceptors own the error).
 */
export function refusalMessage(
  form: AbstractControl,
  err: unknown,
  wording: RefusalWording,
): string | null {
  const fields = validationFieldsOf(err);
  if (fields) {
    const unplaced = applyFieldErrors(form, fields);
    return unplaced.length > 0 ? unplaced.join(' ') : null;
  }
  const refusal = refusalOf(err);
  if (!refusal || refusal.status === 401) {
    return null;
  }
  if (refusal.fields.length > 0) {
    if (wording.sentenceCodes?.includes(refusal.code ?? '')) {
      const sentences = refusal.fields.map((f) => ({ ...f, message: capitalised(f.message) }));
      const unplaced = applyFieldErrors(form, sentences, 'sentence');
      return unplaced.length > 0 ? unplaced.join(' ') : null;
    }
    const unplaced = applyFieldErrors(form, refusal.fields);
    return unplaced.length > 0 ? unplaced.join(' ') : null;
  }
  if (refusal.status === 403) {
    return 'Your role cannot make this change.';
  }
  return refusal.message ?? wording.fallback;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
