import type { CaseEntity } from '@api/case-files/case.entity';
import { DomainError } from '@api/common/errors/domain-error';
import {
  assertNotFuture,
  assertOpenedOn,
  implausibleDate,
} from '@api/common/validation/plausible-dates';

import type { CorrectIntakeDto } from './dto/correct-parties.dto';
import { eligibilityForIntake } from './eligibility';

interface Lookups {
  today: string;
  /** The first petition's filing day: an act of abuse after it belongs to a new petition. */
  firstPetitionOn: string | null;
  locality(name: string): Promise<string>;
  court(id: string): Promise<void>;
}

type CaseFacts = Pick<
  CaseEntity,
  | 'relationship'
  | 'livesWithRespondent'
  | 'cohabitationEndedOn'
  | 'lastActOn'
  | 'petitionerIsMinor'
  | 'respondentIsParentOrGuardian'
  | 'hasMedicalEvidence'
  | 'venueLocality'
  | 'courtId'
  | 'courtKind'
  | 'orderKind'
  | 'openedOn'
>;

/** Request field → case column, for the fields that map one to one. */
const COLUMNS = {
  relationship: 'relationship',
  livesWithRespondent: 'livesWithRespondent',
  cohabitationEndedOn: 'cohabitationEndedOn',
  lastActOfAbuseOn: 'lastActOn',
  petitionerIsMinor: 'petitionerIsMinor',
  respondentIsParentOrGuardian: 'respondentIsParentOrGuardian',
  hasMedicalEvidence: 'hasMedicalEvidence',
  orderKind: 'orderKind',
  openedOn: 'openedOn',
} as const satisfies Partial<Record<keyof CorrectIntakeDto, keyof CaseFacts>>;

/**
 * The case's facts after a correction, checked as intake checks them (dates against today and
 * the first petition, locality and court against the directory, eligibility by R14–R16, which
 * also decides the court kind again). Returns the columns to write and the request fields that
 * changed.
 */
export async function correctedCaseFacts(
  found: CaseEntity,
  dto: CorrectIntakeDto,
  lookups: Lookups,
): Promise<{ values: Partial<CaseFacts>; changed: string[] }> {
  const values: Partial<CaseFacts> = {};
  const changed: string[] = [];
  const set = <K extends keyof CaseFacts>(field: string, column: K, value: CaseFacts[K]) => {
    if (value !== found[column]) {
      values[column] = value;
      changed.push(field);
    }
  };
  for (const [field, column] of Object.entries(COLUMNS) as Array<
    [keyof typeof COLUMNS, (typeof COLUMNS)[keyof typeof COLUMNS]]
  >) {
    const value = dto[field];
    if (value !== undefined) set(field, column, value as never);
  }
  if (dto.venueLocality !== undefined) {
    const name = dto.venueLocality?.trim() ? await lookups.locality(dto.venueLocality) : null;
    set('venueLocality', 'venueLocality', name);
  }
  if (dto.courtId !== undefined) {
    const id = dto.courtId?.trim() || null;
    if (id) await lookups.court(id);
    set('courtId', 'courtId', id);
  }

  const next = { ...found, ...values };
  if (values.openedOn) assertOpenedOn('openedOn', values.openedOn, lookups.today);
  if (values.lastActOn) {
    assertNotFuture('lastActOfAbuseOn', values.lastActOn, lookups.today);
    if (lookups.firstPetitionOn && values.lastActOn > lookups.firstPetitionOn) {
      throw implausibleDate(
        'ACT_AFTER_PETITION',
        'lastActOfAbuseOn',
        `must not be after the petition was filed (${lookups.firstPetitionOn}): a later act belongs to a new petition`,
      );
    }
  }
  if (values.cohabitationEndedOn) {
    assertNotFuture('cohabitationEndedOn', values.cohabitationEndedOn, lookups.today);
  }
  const eligibilityChanged = changed.some((f) =>
    [
      'relationship',
      'livesWithRespondent',
      'cohabitationEndedOn',
      'lastActOfAbuseOn',
      'petitionerIsMinor',
      'respondentIsParentOrGuardian',
    ].includes(f),
  );
  if (eligibilityChanged && next.relationship && next.lastActOn) {
    let member: boolean;
    try {
      member = eligibilityForIntake({
        relationship: next.relationship,
        livesWithRespondent: next.livesWithRespondent,
        lastActOfAbuseOn: next.lastActOn,
        ...(next.cohabitationEndedOn ? { cohabitationEndedOn: next.cohabitationEndedOn } : {}),
        petitionerIsMinor: next.petitionerIsMinor,
        respondentIsParentOrGuardian: next.respondentIsParentOrGuardian,
      }).familyOrHouseholdMember;
    } catch (err) {
      // Intake names its fields under 'intake.'; a correction's fields stand at the top.
      if (err instanceof DomainError && err.field?.startsWith('intake.')) {
        throw new DomainError(err.code, err.kind, err.message, err.field.slice(7), { cause: err });
      }
      throw err;
    }
    // R15/R16: a family or household member goes to the JDR court, anyone else to the GDC.
    const courtKind = member ? 'JDR' : 'GDC';
    if (courtKind !== found.courtKind) values.courtKind = courtKind;
  }
  return { values, changed };
}
