import type { IsoDate } from '../calendar';
import type { Citation } from './citation';
import type { OrderKind } from './order-kind';

/** What the respondent did, in the terms of R18 / R19. */
export type ViolationAct =
  | 'entered_premises'
  | 'family_abuse'
  | 'criminal_offense'
  | 'contact'
  | 'furtive_entry_present'
  | 'furtive_entry_remained'
  | 'assault_battery_bodily_injury'
  | 'stalking'
  | 'knowingly_armed'
  | 'other_provision'
  /** R26a: the respondent did not tell the court of a change of residence within 7 days. */
  | 'failed_to_report_address_change';

/** One prior conviction for violating a protective order (R18 item 6, A-18). */
export interface PriorConviction {
  convictedOn: IsoDate;
  basedOnActOrThreatOfViolence: boolean;
}

/** One alleged violation of an order (rules-spec §4). */
export interface ViolationFacts {
  violationId?: string;
  orderId?: string;
  orderKind: OrderKind;
  occurredOn: IsoDate;
  acts: ViolationAct[];
  basedOnActOrThreatOfViolence: boolean;
  priorConvictions: PriorConviction[];
  criminalProsecution?: boolean;
  contemptSought?: boolean;
  /** R21: the violation was reported to the police. */
  reportedToPolice?: boolean;
  /**
   * R09a: the respondent is subject to a Military Protective Order, and whether it was entered in
   * NCIC; computeDeadlines fills it from a petition that records one.
   */
  militaryProtectiveOrder?: { enteredInNcic?: boolean };
}

/** Potential classification of a violation; charging is for the prosecutor. */
export type PotentialClass = 'class_1_misdemeanor' | 'class_6_felony' | 'none_identified';

/** Where a violation may be prosecuted (R20). */
export type ProsecutionVenue =
  'issuing_locality' | 'violation_locality' | 'petitioner_residence_at_violation';

/** One reason for a classification, with the rule and citation that give it. */
export interface ClassificationReason {
  ruleId: string;
  /** The rule version in force on the day of the violation ('R18@2021-01-01'; rules-spec §1.12). */
  ruleVersion: string;
  text: string;
  citation: Citation;
}

/** R18–R21 result (rules-spec §4): the highest potential class and every reason for it. */
export interface ViolationClassification {
  violationId?: string;
  potentialClass: PotentialClass;
  reasons: ClassificationReason[];
  contempt: 'available' | 'barred_by_prosecution';
  contemptReason: ClassificationReason;
  /**
   * R26a: an act punishable only as contempt of court (civil or criminal, as the court decides),
   * never as a criminal violation of the order: a missed change-of-address notice.
   */
  contemptOfCourt?: ClassificationReason;
  prosecutionVenues: ProsecutionVenue[];
  prosecutionVenueCitation?: Citation;
  /** Checks made that did not trigger a class (e.g. a third offense outside 20 years). */
  considered: ClassificationReason[];
  /** the sliding-window reading of the third-offense rule, when it gives another class. */
  alternativeReading?: { potentialClass: PotentialClass; reasons: ClassificationReason[] };
  tasks: ClassificationReason[];
  assumptions: string[];
  needsAttorneyReview: boolean;
}
