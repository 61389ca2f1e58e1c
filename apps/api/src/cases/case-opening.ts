import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/auth/actor';
import { Clock } from '@api/common/clock/clock';
import { DeadlinesService } from '@api/deadlines/deadlines.service';
import type { FollowupEntity } from '@api/followups/followup.entity';
import { FollowupScheduler } from '@api/jobs/followup-scheduler';

/** What opening a case sets in motion, inside the intake's transaction. */
@Injectable()
export class CaseOpening {
  constructor(
    private readonly deadlines: DeadlinesService,
    private readonly scheduler: FollowupScheduler,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Computes the first deadlines, schedules the review follow-up and audits the opening. */
  async afterInsert(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    override: { reason: string; hits: number } | null,
  ): Promise<FollowupEntity> {
    await this.deadlines.recompute(manager, actor.organisationId, caseId);
    const followup = await this.scheduler.schedule(manager, {
      organisationId: actor.organisationId,
      caseId,
      kind: 'case_opened_review',
      dueAt: this.clock.now(),
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
    return followup;
  }

  publish(followup: FollowupEntity): Promise<void> {
    return this.scheduler.publish(followup);
  }
}
