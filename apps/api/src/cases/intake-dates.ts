import {
  assertBirthDate,
  assertNotBefore,
  assertNotFuture,
  assertOpenedOn,
} from '@api/common/validation/plausible-dates';

import type { CreateCaseDto } from './dto/create-case.dto';

/**
 * The intake's dates against common sense: no one born in the future or before 1900, no case
 * opened tomorrow or decades ago (the reference takes its year), no act of abuse or end of living
 * together that has not happened or that precedes the client's birth.
 */
export function checkIntakeDates(dto: CreateCaseDto, today: string): void {
  assertOpenedOn('openedOn', dto.openedOn, today);
  assertBirthDate('client.dateOfBirth', dto.client.dateOfBirth, today);
  assertBirthDate('respondent.dateOfBirth', dto.respondent.dateOfBirth, today);
  const { lastActOfAbuseOn, cohabitationEndedOn } = dto.intake;
  assertNotFuture('intake.lastActOfAbuseOn', lastActOfAbuseOn, today);
  assertNotBefore(
    'intake.lastActOfAbuseOn',
    lastActOfAbuseOn,
    dto.client.dateOfBirth,
    "the client's date of birth",
  );
  assertNotFuture('intake.cohabitationEndedOn', cohabitationEndedOn, today);
}

/** A corrected birth date, by the same rule as at intake. */
export function checkPartyDates(
  field: string,
  dateOfBirth: string | null | undefined,
  today: string,
): void {
  assertBirthDate(field, dateOfBirth, today);
}
