import type { ViolationActCode, ViolationActionTaken } from './domain';

/** The highest potential class of a violation (R18, R19); charging is for the prosecutor. */
export type ViolationPotentialClass = 'class_1_misdemeanor' | 'class_6_felony' | 'none_identified';

/** Where a violation may be prosecuted (R20). */
export type ViolationProsecutionVenue =
  'issuing_locality' | 'violation_locality' | 'petitioner_residence_at_violation';

/** POST /api/cases/:caseId/violations body. `narrative` is stored encrypted and never returned. */
export interface CreateViolationRequest {
  orderId: string;
  occurredOn: string;
  occurredTime?: string;
  acts: ViolationActCode[];
  basedOnViolence: boolean;
  policeReportNumber?: string;
  officerName?: string;
  officerBadge?: string;
  actionsTaken?: ViolationActionTaken[];
  criminalProsecution?: boolean;
  narrative?: string;
}

/** One reason for a classification, with the rule and citation that give it. */
export interface ClassificationReasonResponse {
  ruleId: string;
  /**
   * The rule version in force on the day of the violation ('R18@2021-01-01'); null on a
   * classification stored before versions were recorded.
   */
  ruleVersion: string | null;
  text: string;
  citation: string;
  citationNote: string | null;
}

/** The rules library's potential classification of a violation (R18–R21). */
export interface ViolationClassificationResponse {
  potentialClass: ViolationPotentialClass;
  reasons: ClassificationReasonResponse[];
  contempt: 'available' | 'barred_by_prosecution';
  contemptReason: ClassificationReasonResponse;
  prosecutionVenues: ViolationProsecutionVenue[];
  prosecutionVenueCitation: string | null;
  considered: ClassificationReasonResponse[];
  alternativeReading: {
    potentialClass: ViolationPotentialClass;
    reasons: ClassificationReasonResponse[];
  } | null;
  tasks: ClassificationReasonResponse[];
  assumptions: string[];
  needsAttorneyReview: boolean;
}

/** One recorded violation. The narrative is never part of it; `hasNarrative` says one exists. */
export interface ViolationResponse {
  id: string;
  caseId: string;
  orderId: string;
  occurredOn: string;
  occurredTime: string | null;
  acts: ViolationActCode[];
  basedOnViolence: boolean;
  policeReportNumber: string | null;
  officerName: string | null;
  officerBadge: string | null;
  actionsTaken: ViolationActionTaken[];
  criminalProsecution: boolean;
  hasNarrative: boolean;
  classification: ViolationClassificationResponse;
  createdAt: string;
}

/** GET /api/cases/:caseId/violations, in the order they occurred. */
export interface ViolationListResponse {
  items: ViolationResponse[];
}
