import type { OrderKind } from './cases';
import type {
  CourtKind,
  HearingKind,
  HearingOutcome,
  OrderStatus,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
} from './domain';
import type { MilitaryProtectiveOrderBasis } from './law-changes';

// The proceedings of a case: petitions, hearings (with continuances) and service attempts.
// Dates are civil dates 'YYYY-MM-DD'; times are 'HH:MM' (24-hour, Virginia wall clock).

/** POST /api/cases/:caseId/petitions body. */
export interface CreatePetitionRequest {
  orderKindSought: OrderKind;
  filedOn: string;
  courtId: string;
  courtKind: CourtKind;
  courtLocality: string;
  courtCaseNumber?: string;
  /** R09a: a Military Protective Order the petition rests on (preliminary-order petitions). */
  militaryProtectiveOrder?: MilitaryProtectiveOrderBasis;
}

/** A petition filed for the case. */
export interface PetitionResponse {
  id: string;
  caseId: string;
  orderKindSought: OrderKind;
  filedOn: string;
  courtId: string;
  courtKind: CourtKind;
  courtLocality: string;
  courtCaseNumber: string | null;
  militaryProtectiveOrder: MilitaryProtectiveOrderBasis | null;
  createdAt: string;
}

/** POST /api/cases/:caseId/hearings body. */
export interface ScheduleHearingRequest {
  kind: HearingKind;
  scheduledOn: string;
  scheduledTime?: string;
  /** The order the hearing is about (e.g. the PPO whose full hearing this is), of the same case. */
  orderId?: string;
}

/** Outcomes recorded directly; a continuance has its own request. */
export type HeldHearingOutcome = Exclude<HearingOutcome, 'continued'>;

/** POST /api/cases/:caseId/hearings/:hearingId/outcome body. */
export interface RecordHearingOutcomeRequest {
  outcome: HeldHearingOutcome;
  heldOn: string;
}

/** POST /api/cases/:caseId/hearings/:hearingId/continuance body: the new date and why. */
export interface ContinueHearingRequest {
  scheduledOn: string;
  scheduledTime?: string;
  reason: string;
  /**
   * The court extended (reissued) the hearing's preliminary order to the new hearing date:
   * recorded as a new preliminary order following the old one, stating the new date as its expiry.
   */
  preliminaryOrderExtended?: boolean;
  /** With `preliminaryOrderExtended`: the respondent was in court and served with it there. */
  servedInOpenCourt?: boolean;
}

/** One hearing; a continued hearing links to the hearing that replaced it, and back. */
export interface HearingResponse {
  id: string;
  caseId: string;
  orderId: string | null;
  kind: HearingKind;
  scheduledOn: string;
  scheduledTime: string | null;
  /** Null while the hearing is open. */
  outcome: HearingOutcome | null;
  /** The day the hearing was held, or, for a continuance, the day it was continued on. */
  heldOn: string | null;
  continuanceReason: string | null;
  continuedFromId: string | null;
  continuedToId: string | null;
}

/** The answer to a continuance: the closed hearing and the one that replaces it. */
export interface HearingContinuanceResponse {
  continued: HearingResponse;
  next: HearingResponse;
  /** The preliminary order recorded as extended to the new date, when the court extended it. */
  extendedOrderId: string | null;
}

/** POST /api/cases/:caseId/service-attempts body; `notes` are stored encrypted. */
export interface RecordServiceAttemptRequest {
  orderId: string;
  attemptedOn: string;
  attemptedTime?: string;
  servedBy: ServedBy;
  method: ServiceMethod;
  outcome: ServiceOutcome;
  notes?: string;
}

/** One attempt to serve the respondent. Notes are never listed; `hasNotes` says whether any exist. */
export interface ServiceAttemptResponse {
  id: string;
  caseId: string;
  orderId: string;
  attemptedOn: string;
  attemptedTime: string | null;
  servedBy: ServedBy;
  method: ServiceMethod;
  outcome: ServiceOutcome;
  hasNotes: boolean;
  createdAt: string;
}

/** The served order after an attempt was recorded: its recorded service and computed status. */
export interface ServiceAttemptOrderState {
  id: string;
  servedOn: string | null;
  servedTime: string | null;
  recordedStatus: OrderStatus;
  /** The status @haven/rules computes for today from every fact of the case. */
  computedStatus:
    | 'not_yet_issued'
    | 'awaiting_service'
    | 'in_effect'
    | 'expired'
    | 'ended_at_hearing'
    | 'superseded'
    | 'dissolved'
    | null;
}

/** The answer to POST /api/cases/:caseId/service-attempts. */
export interface RecordServiceAttemptResponse extends ServiceAttemptResponse {
  order: ServiceAttemptOrderState;
}

/** POST /api/cases/:caseId/service-attempts/:attemptId/notes/reveal body (audited). */
export interface RevealServiceNotesRequest {
  reason: string;
}

/**
 * The decrypted notes of one attempt. `empty` when none were recorded; `unavailable` when the stored
 * value could not be decrypted (tampering or a retired key), which is logged as an alert.
 */
export interface RevealServiceNotesResponse {
  attemptId: string;
  status: 'revealed' | 'empty' | 'unavailable';
  notes: string | null;
}
