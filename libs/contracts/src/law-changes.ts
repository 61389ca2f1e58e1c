/** Who issued a Military Protective Order (R09a): a commanding officer of one of these. */
export type MilitaryCommand =
  'us_armed_forces' | 'virginia_national_guard' | 'other_state_national_guard';

/** A Military Protective Order recorded as a basis of a preliminary-order petition (R09a). */
export interface MilitaryProtectiveOrderBasis {
  issuingCommand: MilitaryCommand;
  /** YYYY-MM-DD. */
  issuedOn: string;
  /** Entered in NCIC, when known. */
  enteredInNcic?: boolean;
}

/**
 * POST /api/cases/:caseId/respondent-moves body (R26a). `newAddress` is sealed at rest and never
 * returned; the date alone drives the 7-day notice deadline.
 */
export interface RecordRespondentMoveRequest {
  movedOn: string;
  noticeReceivedOn?: string;
  newAddress?: string;
}

/** One recorded move of the respondent; the new address is never part of it. */
export interface RespondentMoveResponse {
  id: string;
  caseId: string;
  movedOn: string;
  noticeReceivedOn: string | null;
  hasNewAddress: boolean;
  /** The R26a notice deadline computed for this move, when an order was in effect that day. */
  noticeDueOn: string | null;
  ruleVersion: string | null;
  citation: string | null;
  createdAt: string;
}

/** One stored deadline or follow-up a law update moved, added or removed. */
export interface LawChangeDifference {
  what: 'deadline' | 'followup';
  /** The rule behind it, and the version now applied ('R10@2025-07-01'). */
  ruleId: string;
  ruleVersion: string | null;
  /** What it is ('file_by', 'notice_by', a follow-up title). */
  label: string;
  oldDate: string | null;
  newDate: string | null;
}

/** A case whose deadlines a law update changed, for the supervisor board. */
export interface LawChangeReviewItem {
  reviewId: string;
  caseId: string;
  caseReference: string;
  rulesSet: string;
  previousRulesSet: string | null;
  reviewedAt: string;
  taskId: string | null;
  taskStatus: 'open' | 'done' | 'cancelled' | null;
  assigneeName: string | null;
  changes: LawChangeDifference[];
}

/** GET /api/board/law-changes. */
export interface LawChangeReviewsResponse {
  /** The rule set this deployment computes under. */
  currentRulesSet: string;
  items: LawChangeReviewItem[];
  /** Cases still waiting for their review under the current rule set. */
  pending: number;
}
