import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import type { FollowupContent } from '@api/followups/followups.repository';
import { FollowupScheduler } from '@api/followups/jobs/followup-scheduler';

/** The review follow-up every new case gets, due the moment it is opened (also the scale seed's). */
export function openingReviewFollowup(openedAt: Date): FollowupContent {
  return {
    kind: 'case_opened_review',
    key: 'case.opened_review',
    dueAt: openedAt,
    actBy: virginiaDate(openedAt),
    title: 'Review the new case: safety plan, eligibility and venue',
    ruleId: null,
    citation: null,
    explanation: null,
    audience: 'advocate',
  };
}

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
    await this.scheduler.schedule(manager, {
      organisationId: actor.organisationId,
      caseId,
      ...openingReviewFollowup(this.clock.now()),
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
