import type {
  CaseDetailResponse,
  CaseSummaryResponse,
  DeadlineResponse,
  EligibilityResponse,
  OrderKind,
} from '@haven/contracts';
import type { EligibilityResult } from '@haven/rules';

import type { CaseDeadlineEntity } from '@api/case-computation/case-deadline.entity';
import type { ShownDeadline } from '@api/case-computation/case-deadlines.repository';

import type { CaseloadRow, CaseWithParties } from '../cases.repository';

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

/** The caseload row of a case loaded whole (the case page), as the caseload reads it. */
function caseloadRowOf(row: CaseWithParties, next: ShownDeadline | null): CaseloadRow {
  return {
    id: row.id,
    reference: row.reference,
    clientName: row.client?.fullName ?? '',
    respondentName: row.respondent?.fullName ?? '',
    stage: row.stage,
    orderKind: row.orderKind,
    openedOn: row.openedOn,
    advocates: (row.assignments ?? []).flatMap((a) =>
      a.user ? [{ id: a.userId, displayName: a.user.displayName }] : [],
    ),
    nextDeadline: next,
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
      text: r.text,
      citation: r.citation.text,
    })),
  };
}

/** The case page's data: still no confidential field (those come only from a reveal). */
export function toCaseDetailResponse(
  row: CaseWithParties,
  deadlines: CaseDeadlineEntity[],
  eligibility: EligibilityResult | null,
): CaseDetailResponse {
  const next = deadlines.find((d) => d.state === 'open') ?? null;
  return {
    ...toCaseSummaryResponse(caseloadRowOf(row, next)),
    relationship: row.relationship,
    livesWithRespondent: row.livesWithRespondent,
    cohabitationEndedOn: row.cohabitationEndedOn,
    lastActOfAbuseOn: row.lastActOn,
    venueLocality: row.venueLocality,
    courtKind: row.courtKind,
    courtId: row.courtId,
    respondentKnownFirearms: row.respondent?.knownFirearms ?? false,
    eligibility: eligibility ? toEligibilityResponse(eligibility) : null,
    deadlines: deadlines.map(toDeadlineResponse),
    closedOn: row.closedOn,
  };
}
