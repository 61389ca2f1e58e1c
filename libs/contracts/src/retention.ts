/** An organisation's retention period after a case closes (security-checks D6). */
export interface RetentionSettings {
  /** Whole years after closing before a case's confidential data is purged. */
  retentionYears: number;
  /** The longest minimum the organisation's funders require; retentionYears may not be less. */
  funderMinimumYears: number;
}

/** GET/PUT /api/settings/retention. */
export interface RetentionSettingsResponse {
  settings: RetentionSettings;
  defaults: RetentionSettings;
  updatedAt: string | null;
}

/** PUT /api/settings/retention. */
export type UpdateRetentionSettingsRequest = RetentionSettings;

/** PUT /api/cases/:caseId/legal-hold. */
export interface PlaceLegalHoldRequest {
  reason: string;
}

/** A case's standing under the retention policy, for the case page. */
export interface CaseRetentionResponse {
  caseId: string;
  closedOn: string | null;
  /** The first day the purge may run ('YYYY-MM-DD'), null while the case is open. */
  purgeDueOn: string | null;
  purgedAt: string | null;
  legalHold: { placedAt: string; placedBy: string | null; reason: string } | null;
}

/** GET /api/admin/audit: one audit row as an admin sees it (references, never case data). */
export interface AuditEventView {
  id: string;
  occurredAt: string;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  targetType: string | null;
  targetId: string | null;
  caseReference: string | null;
  requestId: string | null;
  ip: string | null;
  route: string | null;
}

/** GET /api/admin/audit: one page, newest first; pass nextCursor to get the next. */
export interface AuditPageResponse {
  events: AuditEventView[];
  nextCursor: string | null;
}

/**
 * POST /api/admin/audit/verify: the whole hash chain is checked (it spans every organisation), but
 * the answer speaks of the asking organisation's rows only.
 */
export interface AuditVerifyResponse {
  verified: boolean;
  /** How many audit rows the organisation has. */
  rows: number;
  /** The first row that does not verify, when it is one of the organisation's rows. */
  firstBrokenRow: { id: string; reason: string } | null;
  /** The chain breaks first at a row outside the organisation: its operator can find it. */
  brokenOutsideOrganisation: boolean;
}
