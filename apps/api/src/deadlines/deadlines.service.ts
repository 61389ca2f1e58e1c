import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  computeDeadlines,
  RulesInputError,
  type CaseComputation,
  type CaseDeadline,
} from '@haven/rules';

import { Clock, virginiaDateTime } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';

import type { CaseRecord } from './case-record';
import { CaseRecordRepository } from './case-record.repository';
import { CaseDeadlinesRepository, type NewCaseDeadline } from './case-deadlines.repository';
import { toCalendar, toCaseFacts } from './case-facts.mapper';
import { deriveCaseStanding } from './case-stage';

/** The identity of a deadline across recomputations: its rule, kind and subject. */
export function deadlineKey(d: CaseDeadline): string {
  return [d.ruleId, d.kind, d.orderId ?? d.hearingId ?? d.petitionId ?? 'case'].join(':');
}

/**
 * Every stored deadline comes from @haven/rules and nowhere else. Services call `recompute` inside
 * the transaction that changes a fact, so the stored deadlines never disagree with the facts.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    private readonly records: CaseRecordRepository,
    private readonly deadlines: CaseDeadlinesRepository,
    private readonly clock: Clock,
  ) {}

  /** Computes the case from its stored facts without writing anything. */
  async compute(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<{ record: CaseRecord; result: CaseComputation }> {
    const record = await this.records.load(manager, organisationId, caseId);
    try {
      const result = computeDeadlines(
        toCaseFacts(record),
        toCalendar(record),
        virginiaDateTime(this.clock.now()),
      );
      return { record, result };
    } catch (err) {
      if (err instanceof RulesInputError) {
        throw new DomainError(
          err.code,
          'invalid',
          err.citation ? `${err.message} (${err.citation})` : err.message,
          err.field,
          { cause: err },
        );
      }
      throw err;
    }
  }

  /** Recomputes and stores a case's deadlines in the caller's transaction; returns the computation. */
  async recompute(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<CaseComputation> {
    const { record, result } = await this.compute(manager, organisationId, caseId);
    const computedAt = this.clock.now();
    const seen = new Map<string, number>();
    const rows: NewCaseDeadline[] = result.deadlines.map((d) => {
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
    await this.deadlines.replaceForCase(manager, organisationId, caseId, rows);
    await this.records.saveStanding(
      manager,
      organisationId,
      caseId,
      deriveCaseStanding(record, result),
    );
    return result;
  }
}
