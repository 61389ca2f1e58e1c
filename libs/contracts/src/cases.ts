import type { CourtKind, DeadlineConfidence, Relationship, StatedCheck } from './domain';

/** Order-kind codes of the rules library (rules-spec §1). */
export type OrderKind =
  'FA_EPO' | 'FA_PPO' | 'FA_PO' | 'AOV_EPO' | 'AOV_PPO' | 'AOV_PO' | 'ESRO' | 'FSRO' | 'OOS';

/** Where a case stands on the path from intake to an order in effect. */
export type CaseStage =
  | 'intake'
  | 'petition_filed'
  | 'awaiting_service'
  | 'hearing_scheduled'
  | 'order_in_effect'
  | 'extension_pending'
  | 'order_ended'
  | 'closed';

/** Every stage, in path order. */
export const CASE_STAGES: readonly CaseStage[] = [
  'intake',
  'petition_filed',
  'awaiting_service',
  'hearing_scheduled',
  'order_in_effect',
  'extension_pending',
  'order_ended',
  'closed',
];

/** A deadline as the rules library computed it, with what a person needs to check it. */
export interface DeadlineResponse {
  ruleId: string;
  /** The rule version the deadline was computed under ('R10@2025-07-01'; rules-spec §1.12). */
  ruleVersion: string;
  kind: string;
  orderId: string | null;
  hearingId: string | null;
  dueOn: string;
  dueTime: string | null;
  actByOn: string | null;
  citation: string;
  explanation: string;
  confidence: DeadlineConfidence;
  assumptions: string[];
  statedCheck: StatedCheck | null;
  state: string;
}

/** What a notice asks of a person: do something, beware of something, or have an attorney decide. */
export type CaseNoticeKind = 'task' | 'warning' | 'attorney_review';

/**
 * A task, warning or attorney-review flag the rules library raised for the case (not a dated
 * deadline), with its rule, version and citation, as the last recompute stored it.
 */
export interface CaseNoticeResponse {
  kind: CaseNoticeKind;
  ruleId: string;
  /** The rule version in force on the day of the fact that raised it ('R12@2025-07-01'). */
  ruleVersion: string;
  text: string;
  citation: string;
  assumptions: string[];
  orderId: string | null;
  hearingId: string | null;
  violationId: string | null;
}

/** An advocate on a case. */
export interface AdvocateRef {
  id: string;
  displayName: string;
}

/** One row of a caseload. No confidential field ever appears here. */
export interface CaseSummaryResponse {
  id: string;
  reference: string;
  clientName: string;
  respondentName: string;
  stage: CaseStage;
  orderKind: OrderKind | null;
  advocates: AdvocateRef[];
  openedOn: string;
  nextDeadline: DeadlineResponse | null;
}

/** A page of cases; pass `nextCursor` back as `cursor` for the next page. */
export interface CaseListResponse {
  items: CaseSummaryResponse[];
  nextCursor: string | null;
  /**
   * Over the whole filtered caseload, not just this page: cases whose next deadline is overdue or
   * due within 7 days. Null when a search matches more than {@link CASE_SEARCH_COUNT_CAP} cases.
   */
  dueSoon: { overdue: number; dueWithin7Days: number } | null;
  /** With `q` only: how many cases of the filtered caseload match, counted up to a cap. */
  searchMatches: CappedCount | null;
}

/** The most cases a caseload search counts (and summarises) before it answers "more than". */
export const CASE_SEARCH_COUNT_CAP = 1000;

/** A count that stops at a cap: `{ count: 1000, more: true }` reads "more than 1,000". */
export interface CappedCount {
  count: number;
  more: boolean;
}

/** The orders a caseload can be listed in. */
export type CaseSort = 'newest' | 'oldest' | 'next_deadline';

/** Query parameters of GET /api/cases; every filter narrows the caseload. */
export interface CaseListQuery {
  cursor?: string;
  limit?: number;
  sort?: CaseSort;
  stage?: CaseStage;
  orderKind?: OrderKind;
  courtId?: string;
  /** The venue county or city. */
  locality?: string;
  /** Matches the reference, the client's or the respondent's name. */
  q?: string;
}

/** When, how and where it is safe to contact the client (confidential). */
export interface SafeContactPreferences {
  safeToCall: boolean;
  safeToText: boolean;
  safeToLeaveVoicemail: boolean;
  safeToEmail: boolean;
  codeWord?: string;
  safeTimes?: string;
}

/** The survivor at intake; contact details are stored encrypted and never listed. */
export interface ClientInput {
  fullName: string;
  dateOfBirth?: string;
  aliases?: string[];
  address?: string;
  phone?: string;
  email?: string;
  employer?: string;
  safeContact?: SafeContactPreferences;
}

/** The respondent at intake. */
export interface RespondentInput {
  fullName: string;
  dateOfBirth?: string;
  aliases?: string[];
  address?: string;
  description?: string;
  knownFirearms?: boolean;
  outOfStateAddress?: boolean;
}

/** The relationship and household questions that decide eligibility and court (R14–R16). */
export interface IntakeInput {
  relationship: Relationship;
  livesWithRespondent: boolean;
  cohabitationEndedOn?: string;
  lastActOfAbuseOn: string;
  petitionerIsMinor?: boolean;
  respondentIsParentOrGuardian?: boolean;
  hasMedicalEvidence?: boolean;
  venueLocality?: string;
  courtId?: string;
}

/** POST /api/cases/conflict-check body. */
export interface ConflictCheckRequest {
  client: Pick<ClientInput, 'fullName' | 'dateOfBirth' | 'aliases'>;
  respondent: Pick<RespondentInput, 'fullName' | 'dateOfBirth' | 'aliases'>;
}

/** One match of a new party against the organisation's existing parties. */
export interface ConflictHit {
  /** Which new party matched. */
  party: 'client' | 'respondent';
  /** Whom it matched: an existing client or respondent of the organisation. */
  matchedRole: 'client' | 'respondent';
  matchedName: string;
  matchedOn: Array<'name' | 'alias' | 'date_of_birth'>;
  caseReferences: string[];
}

/** The conflict check's answer; any hit blocks opening until a supervisor overrides it. */
export interface ConflictCheckResponse {
  hits: ConflictHit[];
}

/** POST /api/cases body: the intake. */
export interface CreateCaseRequest {
  client: ClientInput;
  respondent: RespondentInput;
  intake: IntakeInput;
  openedOn: string;
  orderKind?: OrderKind;
  /** A supervisor's reason for opening despite conflict-check hits (audited). */
  conflictOverrideReason?: string;
}

/** Which orders the rules library says the petitioner may seek, and where. */
export interface EligibilityResponse {
  familyOrHouseholdMember: boolean;
  borderline: boolean;
  orders: Array<{ kind: OrderKind; court: CourtKind; reason: string; citation: string }>;
  /** Each reason with its rule version: in force on the last act's day (rules-spec §1.12). */
  reasons: Array<{ ruleId: string; ruleVersion: string; text: string; citation: string }>;
}

/** GET /api/cases/:caseId. Confidential fields are absent: they come only from a reveal. */
export interface CaseDetailResponse extends CaseSummaryResponse {
  relationship: Relationship | null;
  livesWithRespondent: boolean;
  cohabitationEndedOn: string | null;
  lastActOfAbuseOn: string | null;
  venueLocality: string | null;
  courtKind: CourtKind | null;
  courtId: string | null;
  respondentKnownFirearms: boolean;
  eligibility: EligibilityResponse | null;
  deadlines: DeadlineResponse[];
  /** Attorney reviews first, then tasks, then warnings. */
  notices: CaseNoticeResponse[];
  closedOn: string | null;
}

/** PUT /api/cases/:caseId/advocates body (supervisors reassign). */
export interface AssignAdvocatesRequest {
  advocateIds: string[];
}

/** Confidential fields that a reveal can return, per party. */
export type ClientSecretField = 'address' | 'phone' | 'email' | 'employer' | 'safeContact';
export type RespondentSecretField = 'address' | 'description';

/** POST /api/cases/:caseId/reveal body: one field, with the reason (audited). */
export interface RevealRequest {
  party: 'client' | 'respondent';
  field: ClientSecretField | RespondentSecretField;
  reason: string;
}

/**
 * The one revealed value. `empty` when nothing was recorded; `unavailable` when the stored value
 * could not be decrypted (tampering or a retired key), which is logged as an alert.
 */
export interface RevealResponse {
  party: 'client' | 'respondent';
  field: string;
  status: 'revealed' | 'empty' | 'unavailable';
  value: string | SafeContactPreferences | null;
}

/**
 * LSC Case Service Report closing codes (LSC CSR Handbook, 2017 ed., ch. VIII): how the
 * organisation's work on the case ended.
 */
export type LscClosingCode = 'A' | 'B' | 'F' | 'G' | 'H' | 'IA' | 'IB' | 'IC' | 'K' | 'L';
export const LSC_CLOSING_CODES: Readonly<Record<LscClosingCode, string>> = {
  A: 'Counsel and advice',
  B: 'Limited action',
  F: 'Negotiated settlement without litigation',
  G: 'Negotiated settlement with litigation',
  H: 'Administrative agency decision',
  IA: 'Uncontested court decision',
  IB: 'Contested court decision',
  IC: 'Appeals',
  K: 'Other',
  L: 'Extensive service',
};

/** POST /api/cases/:caseId/close body. Closing ends the organisation's work, not any order. */
export interface CloseCaseRequest {
  closedOn: string;
  lscClosingCode: LscClosingCode;
}
