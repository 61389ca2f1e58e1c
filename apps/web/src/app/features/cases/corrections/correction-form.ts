import { FormSubmission } from '../../../shared/forms/form-submission';

/** What every correction dialog is opened with. */
export interface CorrectionDialogData {
  caseId: string;
  /** Today in Virginia, 'YYYY-MM-DD', for "not in the future" checks. */
  today: string;
}

/** The minimum a reason must have, as the API checks it. */
export const REASON_MIN_LENGTH = 10;

/** The save half of a correction dialog, in the words of correcting a record. */
export class CorrectionSubmission<T> extends FormSubmission<T> {
  constructor() {
    super({
      forbidden: 'Your role cannot correct this.',
      notFound: 'This case, or the record it refers to, is no longer visible to you.',
      fallback: 'The correction was not saved. Please check it and try again.',
    });
  }
}

/**
 * Only what the person changed: a correction names the fields it corrects, so the API checks
 * and audits those and nothing else. Text is trimmed; '' stands for "clear" where `clearable`.
 */
export function changedFields<T extends Record<string, unknown>>(
  initial: T,
  current: T,
  clearable: readonly (keyof T)[] = [],
): Partial<{ [K in keyof T]: T[K] | null }> {
  const out: Partial<{ [K in keyof T]: T[K] | null }> = {};
  for (const key of Object.keys(current) as Array<keyof T>) {
    const now = typeof current[key] === 'string' ? (current[key] as string).trim() : current[key];
    const was = typeof initial[key] === 'string' ? (initial[key] as string).trim() : initial[key];
    if (now === was) {
      continue;
    }
    out[key] = now === '' && clearable.includes(key) ? null : (now as T[keyof T]);
  }
  return out;
}
