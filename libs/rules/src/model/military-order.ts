import type { IsoDate } from '../calendar';
import type { Citation } from './citation';
import type { OrderKind } from './order-kind';

/** Who issued a Military Protective Order (R09a): a commanding officer of one of these. */
export type MilitaryCommand =
  'us_armed_forces' | 'virginia_national_guard' | 'other_state_national_guard';

/** Every MilitaryCommand code. */
export const MILITARY_COMMANDS: readonly MilitaryCommand[] = [
  'us_armed_forces',
  'virginia_national_guard',
  'other_state_national_guard',
];

/**
 * R09a (rules-spec §1.12): a Military Protective Order in favour of the petitioner or a family or
 * household member, recorded as a basis of a preliminary-order petition (no free text needed).
 */
export interface MilitaryProtectiveOrderFacts {
  issuingCommand: MilitaryCommand;
  issuedOn: IsoDate;
  /** Entered in NCIC, when known: a violation then calls for the reminder to law enforcement. */
  enteredInNcic?: boolean;
}

/** Input of militaryOrderBasis: the petition and the Military Protective Order it rests on. */
export interface MilitaryOrderBasisInput {
  militaryProtectiveOrder: MilitaryProtectiveOrderFacts;
  /** The petition's filing date: the trigger that chooses the rule version. */
  petitionFiledOn: IsoDate;
  /** The order the petition seeks. */
  sought: OrderKind;
  petitionId?: string;
}

/** Whether a Military Protective Order is accepted as a basis of a petition (R09a). */
export interface MilitaryOrderBasisResult {
  petitionId?: string;
  accepted: boolean;
  ruleId: string;
  /** The rule version applied ('R09a@2025-07-01'); null when the petition predates the rule. */
  ruleVersion: string | null;
  citation: Citation;
  explanation: string;
}
