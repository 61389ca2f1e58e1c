import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  computeDeadlines,
  RulesInputError,
  type CaseComputation,
  type CaseDeadline,
  type ComputeOptions,
} from '@haven/rules';

import { Clock, virginiaDate, virginiaDateTime } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';

import { CaseDeadlinesRepository, type NewCaseDeadline } from './case-deadlines.repository';
import { CaseNoticesRepository, toNoticeRows } from './case-notices.repository';
import { toCalendar, toCaseFacts } from './case-facts.mapper';
import type { CaseRecord, KnownOrderFacts } from './case-record';
import { CaseRecordReader } from './case-record.reader';
import { deriveCaseStanding } from './case-stage';
import { CaseStandingRepository } from './case-standing.repository';
import { FollowupPlanningService } from './followup-planning.service';
import { toOrderProtectionFacts } from './order-protection-facts';
import { OrderProtectionFactsRepository } from './order-protection-facts.repository';
import { rulesRefusal, toRequestRefusal, type RefusalFields } from './rules-refusal';

/** The identity of a deadline across recomputations: its rule, kind and subject. */
export function deadlineKey(d: CaseDeadline): string {
  // R26a: a notice deadline follows one move, and two moves may fall under the same order.
  const subject = d.orderId ?? d.hearingId ?? d.petitionId ?? 'case';
  return [d.ruleId, d.kind, d.moveId ? `${subject}:${d.moveId}` : subject].join(':');
}

/**
 * The rows `recompute` stores for a computation: one per deadline, keyed by `deadlineKey` (a
 * second deadline with the same key gets `:2`, and so on). Pure, so the scale seed stores exactly
 * what the API would for the cases it loads in bulk.
 */
export function toDeadlineRows(
  organisationId: string,
  caseId: string,
  result: CaseComputation,
  computedAt: Date,
): NewCaseDeadline[] {
  const seen = new Map<string, number>();
  return result.deadlines.map((d) => {
    const base = deadlineKey(d);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      organisationId,
      caseId,
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
      computedAt,
    };
  });
}

/**
 * The one path from a case's stored facts to its deadlines, notices, standing and follow-ups. Every service
 * that changes a fact calls `recompute` inside the transaction that changed it, so the stored
 * deadlines and follow-up rows never disagree with the facts (a follow-up row exists if and only
 * if its fact committed; its job is published after commit), and a refusal of the rules library
 * always answers the same way: 400 naming the request's field, with the rule's citation.
 */
@Injectable()
export class CaseComputationService {
  constructor(
    private readonly records: CaseRecordReader,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly notices: CaseNoticesRepository,
    private readonly standing: CaseStandingRepository,
    private readonly followups: FollowupPlanningService,
    private readonly protection: OrderProtectionFactsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Computes the case from its stored facts as of now, without writing anything. `options.ruleSet`
   * (default the current rule set) is for the law-change impact, which compares two sets.
   */
  async compute(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    options?: ComputeOptions,
    known?: KnownOrderFacts,
  ): Promise<{ record: CaseRecord; result: CaseComputation }> {
    const record = await this.records.load(manager, organisationId, caseId, known);
    return { record, result: this.computeRecord(record, options) };
  }

  /**
   * For reads: the computation as of now, or null when the rules refuse the stored facts. `known`
   * are order facts the caller read in this transaction, so they are not read again.
   */
  async computeOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    known?: KnownOrderFacts,
  ): Promise<CaseComputation | null> {
    return this.computeOrNullFrom(await this.records.load(manager, organisationId, caseId, known));
  }

  /** For reads that hold the whole record already: as {@link computeOrNull}, with no read. */
  computeOrNullFrom(record: CaseRecord): CaseComputation | null {
    try {
      return this.computeRecord(record);
    } catch (err) {
      if (err instanceof DomainError && err.kind === 'invalid') return null;
      throw err;
    }
  }

  private computeRecord(record: CaseRecord, options?: ComputeOptions): CaseComputation {
    try {
      return computeDeadlines(
        toCaseFacts(record),
        toCalendar(record),
        virginiaDateTime(this.clock.now()),
        options,
      );
    } catch (err) {
      if (err instanceof RulesInputError) throw rulesRefusal(err);
      throw err;
    }
  }

  /**
   * Recomputes and stores the case's deadlines, standing and follow-ups in the caller's
   * transaction. A refusal of the rules library, computing the deadlines or planning the
   * follow-ups, becomes a 400 naming the request's field (per `fields`), and the caller's
   * transaction stores nothing.
   */
  async recompute(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    fields: RefusalFields,
    options?: ComputeOptions,
  ): Promise<CaseComputation> {
    // Two writers of one case recompute one after the other, each from the other's committed
    // facts: none stores a derivation that misses the other's fact (most writers hold this lock
    // already; the closure and law-change sweeps do not).
    await this.records.lockCase(manager, organisationId, caseId);
    let computed: { record: CaseRecord; result: CaseComputation };
    try {
      computed = await this.compute(manager, organisationId, caseId, options);
    } catch (err) {
      throw toRequestRefusal(err, fields);
    }
    const { record, result } = computed;
    const now = this.clock.now();
    const deadlineRows = toDeadlineRows(organisationId, caseId, result, now);
    await this.deadlines.replaceForCase(manager, organisationId, caseId, deadlineRows);
    await this.notices.replaceForCase(
      manager,
      organisationId,
      caseId,
      toNoticeRows(organisationId, caseId, result, now),
    );
    await this.protection.replaceForCase(
      manager,
      organisationId,
      caseId,
      toOrderProtectionFacts(organisationId, record, deadlineRows, virginiaDate(now)),
    );
    await this.standing.save(manager, organisationId, caseId, deriveCaseStanding(record, result));
    try {
      await this.followups.sync(manager, organisationId, record, result);
    } catch (err) {
      // Planning the follow-ups reads the same facts: a date the rules cannot place there (one
      // before 1967 has no known New York time) is a refusal like any other, not a 500.
      if (err instanceof RulesInputError) throw toRequestRefusal(rulesRefusal(err), fields);
      throw err;
    }
    return result;
  }
}
