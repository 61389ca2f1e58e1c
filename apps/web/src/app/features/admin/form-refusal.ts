import type { RefusalWords } from '../../shared/forms/form-submission';

/**
 * How the admin pages word a refusal (for problemOf): `fallback` names what could not be done;
 * `sentenceCodes` are refusals whose field messages read as sentences (SELF_LOCKOUT).
 */
export function adminRefusal(fallback: string, sentenceCodes?: readonly string[]): RefusalWords {
  return { forbidden: 'Your role cannot make this change.', fallback, sentenceCodes };
}
