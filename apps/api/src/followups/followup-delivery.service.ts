import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { CaseAssignmentEntity } from '@api/cases/case-assignment.entity';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import type { DeliverFollowupPayload } from '@api/jobs/queues';
import { TasksRepository } from '@api/tasks/tasks.repository';

import type { FollowupEntity } from './followup.entity';
import { FollowupsRepository } from './followups.repository';

export type DeliveryOutcome = 'created' | 'already_created' | 'stale' | 'missing';

/**
 * Turns a due follow-up into its task, exactly once: the row is locked, its version checked, and
 * the task insert relies on the unique (followup_id, followup_version) key, never on job ids.
 */
@Injectable()
export class FollowupDeliveryService {
  private readonly logger = new Logger(FollowupDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly followups: FollowupsRepository,
    private readonly tasks: TasksRepository,
    private readonly clock: Clock,
  ) {}

  deliver(payload: DeliverFollowupPayload): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const followup = await this.followups.getForUpdateOrNull(manager, payload.followupId);
      if (!followup) return 'missing';
      if (followup.version !== payload.version) return 'stale';
      if (followup.state !== 'pending')
        return followup.state === 'delivered' ? 'already_created' : 'stale';

      // The task goes to the case's first-assigned advocate (unassigned cases: to nobody yet).
      const [assignee] = await manager.getRepository(CaseAssignmentEntity).find({
        where: { organisationId: followup.organisationId, caseId: followup.caseId },
        order: { assignedAt: 'ASC' },
        take: 1,
      });
      const inserted = await this.tasks.insertOnce(manager, {
        organisationId: followup.organisationId,
        caseId: followup.caseId,
        followupId: followup.id,
        followupVersion: followup.version,
        ...taskFor(followup),
        assigneeId: assignee?.userId ?? null,
      });
      await this.followups.markDelivered(manager, followup.id, followup.version, this.clock.now());
      this.logger.log(
        `follow-up ${followup.id} v${followup.version} for case ${followup.caseId}: task ${inserted ? 'created' : 'existed'}`,
      );
      return inserted ? 'created' : 'already_created';
    });
  }
}

function taskFor(followup: FollowupEntity): {
  title: string;
  dueOn: string;
  sourceRule: string | null;
} {
  switch (followup.kind) {
    case 'case_opened_review':
      return {
        title: 'Review the new case: safety plan, eligibility and venue',
        dueOn: virginiaDate(followup.dueAt),
        sourceRule: null,
      };
  }
}
