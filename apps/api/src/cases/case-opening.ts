import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { FollowupScheduler } from '@api/followups/jobs/followup-scheduler';

/** What opening a case sets in motion, inside the intake's transaction. */
@Injectable()
export class CaseOpening {
  constructor(
    private readonly computation: CaseComputationService,
    private readonly scheduler: FollowupScheduler,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Computes the first deadlines and follow-ups, schedules the review follow-up and audits the
   * opening; the follow-ups' jobs are enqueued once the intake's transaction commits.
   */
  async afterInsert(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    override: { reason: string; hits: number } | null,
  ): Promise<void> {
    await this.computation.recompute(manager, actor.organisationId, caseId, {
      other: 'openedOn',
    });
    const now = this.clock.now();
    await this.scheduler.schedule(manager, {
      organisationId: actor.organisationId,
      caseId,
      kind: 'case_opened_review',
      key: 'case.opened_review',
      dueAt: now,
      actBy: virginiaDate(now),
      title: 'Review the new case: safety plan, eligibility and venue',
      ruleId: null,
      citation: null,
      explanation: null,
      audience: 'advocate',
    });
    const base = {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'case',
      targetId: caseId,
    };
    await this.audit.record({ ...base, action: 'case_created' }, manager);
    if (override) {
      await this.audit.record(
        {
          ...base,
          action: 'conflict_override',
          reason: override.reason,
          details: { hits: override.hits },
        },
        manager,
      );
    }
  }
}
