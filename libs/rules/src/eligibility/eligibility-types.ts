import type { IsoDate } from '../calendar';
import type { Citation } from '../model/citation';
import type { CourtKind, OrderKind } from '../model/order-kind';

/** The respondent's relationship to the petitioner (R15). */
export type Relationship =
  | 'spouse'
  | 'former_spouse'
  | 'parent'
  | 'child'
  | 'stepparent'
  | 'stepchild'
  | 'brother'
  | 'sister'
  | 'half_brother'
  | 'half_sister'
  | 'grandchild'
  | 'grandparent'
  | 'mother_in_law'
  | 'father_in_law'
  | 'son_in_law'
  | 'daughter_in_law'
  | 'brother_in_law'
  | 'sister_in_law'
  | 'child_in_common'
  | 'cohabitant'
  | 'former_cohabitant'
  | 'cohabitants_child_in_home'
  | 'none';

/** Every relationship code, in the order of R15's table. */
export const RELATIONSHIPS: readonly Relationship[] = [
  'spouse',
  'former_spouse',
  'parent',
  'child',
  'stepparent',
  'stepchild',
  'brother',
  'sister',
  'half_brother',
  'half_sister',
  'grandchild',
  'grandparent',
  'mother_in_law',
  'father_in_law',
  'son_in_law',
  'daughter_in_law',
  'brother_in_law',
  'sister_in_law',
  'child_in_common',
  'cohabitant',
  'former_cohabitant',
  'cohabitants_child_in_home',
  'none',
];

/** Facts for eligibility and court selection (rules-spec §4). */
export interface EligibilityInput {
  relationship: Relationship;
  /** Living in the same home at the time of the act. */
  livesWithRespondent: boolean;
  /** Required for former cohabitants. */
  cohabitationEndedOn?: IsoDate;
  lastActOfAbuseOn: IsoDate;
  petitionFiledOn?: IsoDate;
  petitionerIsMinor?: boolean;
  respondentIsParentOrGuardian?: boolean;
}

/** One order the petitioner may seek, and where. */
export interface EligibleOrder {
  kind: OrderKind;
  court: CourtKind;
  reason: string;
  citation: Citation;
  /** An alternative to the default court (A-23: circuit court for FA PPO and final orders). */
  alternative: boolean;
}

/** R14–R16 result (rules-spec §4). */
export interface EligibilityResult {
  familyOrHouseholdMember: boolean;
  /** eligible measured from the act, not from the filing date: attorney review. */
  borderline: boolean;
  orders: EligibleOrder[];
  nextFriendAvailable: boolean;
  /** Each reason under the rule version in force on the petition's day (else the act's). */
  reasons: Array<{ ruleId: string; ruleVersion: string; text: string; citation: Citation }>;
  assumptions: string[];
  needsAttorneyReview: boolean;
}
