import type {
  CaseDetailResponse,
  CaseNoticeResponse,
  CaseSummaryResponse,
  DeadlineResponse,
  EligibilityResponse,
  OrderKind,
} from '@haven/contracts';
import type { EligibilityResult } from '@haven/rules';

import type { ShownDeadline } from '@api/case-computation/case-deadlines.repository';
import type { ShownNotice } from '@api/case-computation/case-notices.repository';

import type { CaseDetailRow, CaseloadRow } from '../cases.repository';

/** Allow-list of a stored deadline's fields. */
export function toDeadlineResponse(d: ShownDeadline): DeadlineResponse {
  return {
    ruleId: d.ruleId,
    ruleVersion: d.ruleVersion,
    kind: d.kind,
    orderId: d.orderId,
    hearingId: d.hearingId,
    dueOn: d.dueOn,
    dueTime: d.dueTime ? d.dueTime.slice(0, 5) : null,
    actByOn: d.actByOn,
    citation: d.citation,
    explanation: d.explanation,
    confidence: d.confidence,
    assumptions: d.assumptions,
    statedCheck: d.statedCheck,
    state: d.state,
  };
}

/** Allow-list of a stored notice's fields. */
export function toNoticeResponse(n: ShownNotice): CaseNoticeResponse {
  return {
    kind: n.kind,
    ruleId: n.ruleId,
    ruleVersion: n.ruleVersion,
    text: n.text,
    citation: n.citation,
    assumptions: n.assumptions,
    orderId: n.orderId,
    hearingId: n.hearingId,
    violationId: n.violationId,
  };
}

/** Allow-list of what a caseload row shows; no confidential field is ever named here. */
export function toCaseSummaryResponse(row: CaseloadRow): CaseSummaryResponse {
  return {
    id: row.id,
    reference: row.reference,
    clientName: row.clientName,
    respondentName: row.respondentName,
    stage: row.stage,
    orderKind: row.orderKind as OrderKind | null,
    advocates: [...row.advocates].sort((a, b) => a.displayName.localeCompare(b.displayName)),
    openedOn: row.openedOn,
    nextDeadline: row.nextDeadline ? toDeadlineResponse(row.nextDeadline) : null,
  };
}

export function toEligibilityResponse(result: EligibilityResult): EligibilityResponse {
  return {
    familyOrHouseholdMember: result.familyOrHouseholdMember,
    borderline: result.borderline,
    orders: result.orders.map((o) => ({
      kind: o.kind,
      court: o.court,
      reason: o.reason,
      citation: o.citation.text,
    })),
    reasons: result.reasons.map((r) => ({
      ruleId: r.ruleId,
      ruleVersion: r.ruleVersion,
      text: r.text,
      citation: r.citation.text,
    })),
  };
}

/** The case page's data: still no confidential field (those come only from a reveal). */
export function toCaseDetailResponse(
  row: CaseDetailRow,
  eligibility: EligibilityResult | null,
): CaseDetailResponse {
  const { deadlines } = row;
  const nextDeadline = deadlines.find((d) => d.state === 'open') ?? null;
  return {
    ...toCaseSummaryResponse({ ...row, nextDeadline }),
    relationship: row.relationship,
    livesWithRespondent: row.livesWithRespondent,
    cohabitationEndedOn: row.cohabitationEndedOn,
    lastActOfAbuseOn: row.lastActOn,
    venueLocality: row.venueLocality,
    courtKind: row.courtKind,
    courtId: row.courtId,
    respondentKnownFirearms: row.respondentKnownFirearms,
    eligibility: eligibility ? toEligibilityResponse(eligibility) : null,
    deadlines: deadlines.map(toDeadlineResponse),
    notices: row.notices.map(toNoticeResponse),
    closedOn: row.closedOn,
  };
}
