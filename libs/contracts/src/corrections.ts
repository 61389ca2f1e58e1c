import type { OrderKind, SafeContactPreferences } from './cases';
import type { CourtKind, Relationship } from './domain';

/**
 * Every correction names only the fields it changes; `null` clears an optional fact. A correction
 * of a fact that drives a deadline, eligibility or a confidential value needs `reason` (audited).
 */
export interface CorrectionReason {
  /** Why the recorded fact was wrong (10–1000 characters); required where the fact drives a deadline. */
  reason?: string;
}

/** PATCH /api/cases/:caseId/client body. Confidential fields follow the reveal rules. */
export interface CorrectClientRequest extends CorrectionReason {
  fullName?: string;
  dateOfBirth?: string | null;
  aliases?: string[];
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  employer?: string | null;
  safeContact?: SafeContactPreferences | null;
}

/** PATCH /api/cases/:caseId/respondent body. */
export interface CorrectRespondentRequest extends CorrectionReason {
  fullName?: string;
  dateOfBirth?: string | null;
  aliases?: string[];
  address?: string | null;
  description?: string | null;
  knownFirearms?: boolean;
  outOfStateAddress?: boolean;
}

/** PATCH /api/cases/:caseId/intake body: the facts of eligibility, venue and the case. */
export interface CorrectIntakeRequest extends CorrectionReason {
  relationship?: Relationship;
  livesWithRespondent?: boolean;
  cohabitationEndedOn?: string | null;
  lastActOfAbuseOn?: string;
  petitionerIsMinor?: boolean;
  respondentIsParentOrGuardian?: boolean;
  hasMedicalEvidence?: boolean;
  venueLocality?: string | null;
  courtId?: string | null;
  orderKind?: OrderKind | null;
  openedOn?: string;
}

/** PATCH /api/cases/:caseId/petitions/:petitionId body. */
export interface CorrectPetitionRequest extends CorrectionReason {
  orderKindSought?: OrderKind;
  filedOn?: string;
  courtId?: string;
  courtKind?: CourtKind;
  courtLocality?: string;
  courtCaseNumber?: string | null;
}

/** PATCH /api/cases/:caseId/orders/:orderId body: what the order says, as issued. */
export interface CorrectOrderRequest extends CorrectionReason {
  issuedOn?: string;
  issuedTime?: string | null;
  issuingCourtId?: string;
  issuingCourtKind?: CourtKind;
  issuingLocality?: string;
  statedExpiryOn?: string | null;
  statedExpiryTime?: string | null;
}

/** What a correction changed, and whether the case's deadlines were recomputed. */
export interface CorrectionResponse {
  changed: string[];
  recomputed: boolean;
}
