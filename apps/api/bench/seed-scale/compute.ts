import {
  computeDeadlines,
  planFollowups,
  type CaseComputation,
  type CourtCalendarData,
  type FollowupLeadTimes,
  type LocalDateTime,
} from '@haven/rules';

import { deadlineKey } from '@api/case-computation/case-computation.service';
import { toCaseFacts } from '@api/case-computation/case-facts.mapper';
import type { CaseRecord } from '@api/case-computation/case-record';
import { deriveCaseStanding, type CaseStanding } from '@api/case-computation/case-stage';
import { virginiaInstant } from '@api/case-computation/followup-planning.service';

import type { SeedCase } from './scenarios';

/** A deadline row as CaseComputationService stores it. */
export interface DeadlineRow {
  deadlineKey: string;
  ruleId: string;
  ruleVersion: string;
  kind: string;
  orderId: string | null;
  hearingId: string | null;
  dueOn: string;
  dueTime: string | null;
  actByOn: string | null;
  citation: string;
  explanation: string;
  confidence: string;
  assumptions: string[];
  statedCheck: string | null;
  state: string;
}

/** A follow-up row as FollowupPlanningService stores it. */
export interface FollowupRow {
  kind: string;
  key: string;
  dueAt: Date;
  actBy: string;
  title: string;
  ruleId: string | null;
  citation: string | null;
  explanation: string | null;
  audience: 'advocate' | 'supervisor' | 'both';
}

export interface ComputedCase {
  deadlines: DeadlineRow[];
  standing: CaseStanding;
  followups: FollowupRow[];
}

/** The facts of a seeded case as CaseRecordReader would load them from its rows. */
export function toRecord(c: SeedCase, calendar: CaseRecord['closures']): CaseRecord {
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
    closures: calendar,
  };
}

/**
 * What `CaseComputationService.recompute` would store for the case, computed with the same
 * mapper, rules library, stage derivation and follow-up planner, so the seeded deadlines, stage,
 * next due date and follow-ups are exactly what the API would have written.
 */
export function computeCase(
  c: SeedCase,
  now: LocalDateTime,
  calendar: CourtCalendarData,
  closures: CaseRecord['closures'],
  leads: FollowupLeadTimes,
): ComputedCase {
  const record = toRecord(c, closures);
  const result: CaseComputation = computeDeadlines(toCaseFacts(record), calendar, now);
  const seen = new Map<string, number>();
  const deadlines = result.deadlines.map((d): DeadlineRow => {
    const base = deadlineKey(d);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      deadlineKey: n === 1 ? base : `${base}:${n}`,
      ruleId: d.ruleId,
      ruleVersion: d.ruleVersion,
      kind: d.kind,
      orderId: d.orderId ?? null,
      hearingId: d.hearingId ?? null,
      dueOn: d.due.date,
      dueTime: d.due.time ?? null,
      actByOn: d.actBy ?? null,
      citation: d.citation.text,
      explanation: d.explanation,
      confidence: d.confidence,
      assumptions: d.assumptions,
      statedCheck: d.statedValueCheck?.status ?? null,
      state: d.state,
    };
  });
  const followups = c.closedOn
    ? []
    : planFollowups(
        result,
        { petitions: c.petitions.map((p) => ({ sought: p.orderKindSought, filedOn: p.filedOn })) },
        leads,
        calendar,
      ).map((p): FollowupRow => ({
        kind: p.kind,
        key: p.key,
        dueAt: virginiaInstant(p.due),
        actBy: p.actBy,
        title: p.title,
        ruleId: p.ruleId,
        citation: p.citation || null,
        explanation: p.explanation,
        audience: p.audience,
      }));
  return { deadlines, standing: deriveCaseStanding(record, result), followups };
}
