import type { Actor } from '@api/common/actor';
import { assertReasonGiven } from '@api/common/corrections/corrections';
import { DomainError } from '@api/common/errors/domain-error';
import { roleHasPermission } from '@api/common/permissions';

/**
 * Facts whose correction changes a deadline, the client's eligibility or the court: the reason
 * is required and audited, so a later reader sees why a computed date moved.
 */
const NEEDS_REASON: Record<'client' | 'respondent' | 'case', ReadonlySet<string>> = {
  client: new Set(['dateOfBirth']),
  respondent: new Set(['knownFirearms']),
  case: new Set([
    'relationship',
    'livesWithRespondent',
    'cohabitationEndedOn',
    'lastActOfAbuseOn',
    'petitionerIsMinor',
    'respondentIsParentOrGuardian',
    'hasMedicalEvidence',
    'orderKind',
    'openedOn',
    'courtId',
    'venueLocality',
  ]),
};

/**
 * The reveal rules hold for writing a sealed value as for reading one (security-checks A6): only
 * a role that may reveal confidential fields may write them, and always with a reason. Returns
 * the trimmed reason, or undefined when none was needed nor given.
 */
export function assertCorrectionAllowed(
  actor: Actor,
  subject: 'client' | 'respondent' | 'case',
  changed: readonly string[],
  confidential: readonly string[],
  reason: string | undefined,
): string | undefined {
  if (confidential.length > 0 && !roleHasPermission(actor.role, 'case:reveal_confidential')) {
    throw new DomainError(
      'CONFIDENTIAL_CORRECTION_FORBIDDEN',
      'forbidden',
      'Your role may not write confidential fields.',
      confidential[0],
    );
  }
  const why = reason?.trim();
  const needs =
    confidential.length > 0 || changed.some((field) => NEEDS_REASON[subject].has(field));
  if (needs) assertReasonGiven(why);
  return why || undefined;
}
