import { eligibility, RulesInputError, type EligibilityResult } from '@haven/rules';

import { refusalMessage } from '@api/case-computation/rules-refusal';
import { DomainError } from '@api/common/errors/domain-error';

import type { CaseEntity } from '@api/case-files/case.entity';
import type { IntakeDto } from './dto/create-case.dto';

/**
 * R14–R16 for the intake answers; a refused answer becomes a 400 naming the intake field, with the
 * rule's citation, as a refusal of the case computation does.
 */
export function eligibilityForIntake(intake: IntakeDto): EligibilityResult {
  try {
    return eligibility({
      relationship: intake.relationship,
      livesWithRespondent: intake.livesWithRespondent,
      lastActOfAbuseOn: intake.lastActOfAbuseOn,
      ...(intake.cohabitationEndedOn ? { cohabitationEndedOn: intake.cohabitationEndedOn } : {}),
      petitionerIsMinor: intake.petitionerIsMinor ?? false,
      respondentIsParentOrGuardian: intake.respondentIsParentOrGuardian ?? false,
    });
  } catch (err) {
    if (err instanceof RulesInputError) {
      throw new DomainError(
        err.code,
        'invalid',
        refusalMessage(err),
        `intake.${err.field.split('.').pop() ?? err.field}`,
        { cause: err },
      );
    }
    throw err;
  }
}

/** Eligibility recomputed from a stored case's intake answers, or null when they are incomplete. */
export function eligibilityOfCase(
  row: Pick<
    CaseEntity,
    | 'relationship'
    | 'livesWithRespondent'
    | 'lastActOn'
    | 'cohabitationEndedOn'
    | 'petitionerIsMinor'
    | 'respondentIsParentOrGuardian'
  >,
): EligibilityResult | null {
  if (!row.relationship || !row.lastActOn) return null;
  try {
    return eligibility({
      relationship: row.relationship,
      livesWithRespondent: row.livesWithRespondent,
      lastActOfAbuseOn: row.lastActOn,
      ...(row.cohabitationEndedOn ? { cohabitationEndedOn: row.cohabitationEndedOn } : {}),
      petitionerIsMinor: row.petitionerIsMinor,
      respondentIsParentOrGuardian: row.respondentIsParentOrGuardian,
    });
  } catch {
    return null;
  }
}
