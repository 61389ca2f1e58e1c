import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseComputation } from '@haven/rules';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/auth/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { DeadlinesService } from '@api/deadlines/deadlines.service';
import { CaseRecomputeService } from '@api/followups/case-recompute.service';

import { toRequestRefusal, type RefusalFields } from './order-checks';

/** The order and violation features' view of the rules: today's date and the case computation. */
@Injectable()
export class CaseRulesService {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly recomputation: CaseRecomputeService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records a supervisor's decision to store a court's stated expiry beyond the statutory maximum
   * with its reason, in the transaction that stores it.
   */
  async auditOverride(
    manager: EntityManager,
    actor: Actor,
    targetType: string,
    targetId: string,
    reason: string | undefined,
  ): Promise<void> {
    if (!reason) return;
    await this.audit.record(
      {
        action: 'stated_expiry_override',
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        targetType,
        targetId,
        reason: reason.trim(),
      },
      manager,
    );
  }

  /** Today in Virginia, for "not in the future" checks. */
  today(): string {
    return virginiaDate(this.clock.now());
  }

  /**
   * Recomputes and stores the case's deadlines and follow-ups in the caller's transaction. A refusal of the rules
   * library becomes a 400 naming the request's field, and the transaction stores nothing.
   */
  async recompute(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    fields: RefusalFields,
  ): Promise<CaseComputation> {
    try {
      return await this.recomputation.recompute(manager, organisationId, caseId);
    } catch (err) {
      throw toRequestRefusal(err, fields);
    }
  }

  /** For reads: the computation for today, or null when the rules refuse the stored facts. */
  async computeOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<CaseComputation | null> {
    try {
      return (await this.deadlines.compute(manager, organisationId, caseId)).result;
    } catch (err) {
      if (err instanceof DomainError && err.kind === 'invalid') return null;
      throw err;
    }
  }
}
