import {
  computeDeadlines,
  type CaseComputation,
  type FollowupLeadTimes,
  type LocalDateTime,
} from '@haven/rules';

import { toDeadlineRows } from '@api/case-computation/case-computation.service';
import { toCalendar, toCaseFacts } from '@api/case-computation/case-facts.mapper';
import type { CaseRecord } from '@api/case-computation/case-record';
import { deriveCaseStanding, type CaseStanding } from '@api/case-computation/case-stage';
import { planCaseFollowups } from '@api/case-computation/followup-planning.service';
import {
  toOrderProtectionFacts,
  type OrderProtectionFacts,
} from '@api/case-computation/order-protection-facts';
import type { NewCaseDeadline } from '@api/case-computation/case-deadlines.repository';
import type { CaseNoticeEntity } from '@api/case-computation/case-notice.entity';
import { toNoticeRows } from '@api/case-computation/case-notices.repository';
import type { FollowupContent } from '@api/followups/followups.repository';

import type { SeedCase } from './scenarios';

export interface ComputedCase {
  deadlines: NewCaseDeadline[];
  notices: CaseNoticeEntity[];
  protection: OrderProtectionFacts[];
  standing: CaseStanding;
  followups: FollowupContent[];
}

/** The facts of a seeded case as CaseRecordReader would load them from its rows. */
export function toRecord(c: SeedCase, closures: CaseRecord['closures']): CaseRecord {
  return {
    caseRow: {
      id: c.id,
      orderKind: c.orderKindAtIntake,
      hasMedicalEvidence: c.hasMedicalEvidence,
      closedOn: c.closedOn,
    },
    respondent: { knownFirearms: c.knownFirearms, priorConvictions: [] },
    petitions: c.petitions,
    orders: [...c.orders].sort((a, b) =>
      a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0,
    ),
    orderExtensions: [],
    extensionMotions: c.motions,
    serviceAttempts: c.attempts,
    hearings: c.hearings,
    violations: c.violations,
    respondentMoves: [],
    closures,
    // Without court-specific closures every court keeps the statewide calendar (A-02 moot).
    localityCourts: [],
  };
}

/**
 * What `CaseComputationService.recompute` stores for the case, through the same pure steps it
 * takes (mapper, rules library, deadline and notice rows, order protection facts, stage derivation,
 * follow-up plan) with none of its
 * reads or writes: the seed loads the results in bulk instead of one transaction per case.
 */
export function computeCase(
  organisationId: string,
  c: SeedCase,
  now: LocalDateTime,
  computedAt: Date,
  closures: CaseRecord['closures'],
  leads: FollowupLeadTimes,
): ComputedCase {
  const record = toRecord(c, closures);
  const result: CaseComputation = computeDeadlines(toCaseFacts(record), toCalendar(record), now);
  const deadlines = toDeadlineRows(organisationId, c.id, result, computedAt);
  return {
    deadlines,
    notices: toNoticeRows(organisationId, c.id, result, computedAt),
    protection: toOrderProtectionFacts(organisationId, record, deadlines, now.date),
    standing: deriveCaseStanding(record, result),
    followups: planCaseFollowups(record, result, leads),
  };
}
