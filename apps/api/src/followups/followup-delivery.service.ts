import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { Clock } from '@api/common/clock/clock';
import type { DeliverFollowupPayload } from '@api/jobs/queues';

import type { FollowupEntity } from './followup.entity';
import { FollowupTasksRepository } from './followup-tasks.repository';
import { FollowupsRepository } from './followups.repository';

export type DeliveryOutcome = 'created' | 'already_created' | 'stale' | 'missing' | 'case_closed';

/** One task a follow-up makes: its slot in the unique key, and who it is assigned to. */
interface TaskSlot {
  slot: string;
  assigneeId: string | null;
}

/**
 * Turns a due follow-up into its tasks, exactly once: the row is locked, its version and state
 * checked (a job for an old version does nothing: G9), and each task insert relies on the unique
 * (followup_id, followup_version, assignee_slot) key, never on job ids.
 */
@Injectable()
export class FollowupDeliveryService {
  private readonly logger = new Logger(FollowupDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly followups: FollowupsRepository,
    private readonly tasks: FollowupTasksRepository,
    private readonly clock: Clock,
  ) {}

  deliver(payload: DeliverFollowupPayload): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.followups.getCaseRefOrNull(manager, payload.followupId);
      if (!ref) return 'missing';
      const { closed } = await this.followups.lockCaseForDelivery(
        manager,
        ref.organisationId,
        ref.caseId,
      );
      const followup = await this.followups.getForUpdateOrNull(manager, payload.followupId);
      if (!followup) return 'missing';
      if (followup.version !== payload.version) return 'stale';
      if (followup.state !== 'pending')
        return followup.state === 'delivered' ? 'already_created' : 'stale';
      // A closed case's work has ended: no task. Reopening it replans what is still owed.
      if (closed) {
        await this.followups.cancel(manager, followup.id);
        return 'case_closed';
      }

      let created = 0;
      const slots = await this.slotsFor(manager, followup);
      // Deliveries of one organisation take its board lock one at a time: at commit, it is held
      // for the refresh alone (G11: 80 tasks a second when held across the statements below).
      await this.tasks.refreshBoardAtCommit(manager);
      for (const { slot, assigneeId } of slots) {
        const inserted = await this.tasks.insertOnce(manager, {
          organisationId: followup.organisationId,
          caseId: followup.caseId,
          followupId: followup.id,
          followupVersion: followup.version,
          title: followup.title,
          dueOn: followup.actBy,
          assigneeId,
          assigneeSlot: slot,
          sourceRule: followup.ruleId,
          sourceCitation: followup.citation,
        });
        if (inserted) created += 1;
      }
      await this.followups.markDelivered(manager, followup.id, followup.version, this.clock.now());
      this.logger.log(
        `follow-up ${followup.id} v${followup.version} for case ${followup.caseId}: ${created} of ${slots.length} task(s) created`,
      );
      return created > 0 ? 'created' : 'already_created';
    });
  }

  // The advocate's task goes to the case's first-assigned advocate (an unassigned case: to nobody
  // yet, for a supervisor to assign). Supervisor tasks go to each active supervisor; with none, one
  // unassigned task, so the warning is never lost.
  private async slotsFor(manager: EntityManager, followup: FollowupEntity): Promise<TaskSlot[]> {
    const slots: TaskSlot[] = [];
    if (followup.audience === 'advocate' || followup.audience === 'both') {
      slots.push({
        slot: 'advocate',
        assigneeId: await this.followups.findFirstAdvocateId(
          manager,
          followup.organisationId,
          followup.caseId,
        ),
      });
    }
    if (followup.audience === 'supervisor' || followup.audience === 'both') {
      const supervisors = await this.followups.findSupervisorIds(manager, followup.organisationId);
      if (supervisors.length === 0) slots.push({ slot: 'supervisor', assigneeId: null });
      for (const id of supervisors) slots.push({ slot: `supervisor:${id}`, assigneeId: id });
    }
    return slots;
  }
}
