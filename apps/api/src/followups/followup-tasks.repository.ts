import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { TaskEntity } from './task.entity';

export type NewTask = Pick<
  TaskEntity,
  | 'organisationId'
  | 'caseId'
  | 'followupId'
  | 'followupVersion'
  | 'title'
  | 'dueOn'
  | 'assigneeId'
  | 'assigneeSlot'
  | 'sourceRule'
  | 'sourceCitation'
>;

/** The tasks follow-ups make: created exactly once on delivery, cancelled when a fact changes. */
@Injectable()
export class FollowupTasksRepository {
  /**
   * The task inserts that follow, in this transaction, refresh their cases' board entries at
   * COMMIT rather than at once (migration 1795730000000): the organisation's board lock is then
   * held for the refresh and the commit, not across the transaction's remaining round trips.
   * Only for a transaction that writes no audit event: those take the board lock before the
   * audit chain's.
   */
  async refreshBoardAtCommit(manager: EntityManager): Promise<void> {
    await manager.query(`select set_config('haven.board_at_commit', 'on', true)`);
  }

  /**
   * INSERT … ON CONFLICT DO NOTHING on (followup_id, followup_version, assignee_slot): true when a
   * row was added.
   */
  async insertOnce(manager: EntityManager, task: NewTask): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(TaskEntity)
      .values({ ...task, status: 'open' })
      .orIgnore()
      .returning(['id'])
      .execute();
    return result.raw.length > 0;
  }

  /** Inserts a task that no follow-up made (a law-change review); its caller keeps it unique. */
  async insertReturningId(manager: EntityManager, task: NewTask): Promise<string> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(TaskEntity)
      .values({ ...task, status: 'open' })
      .returning(['id'])
      .execute();
    const [row] = result.raw as Array<{ id: string }>;
    if (!row) throw new Error('task insert returned no id');
    return row.id;
  }

  /** Cancels the still-open tasks a follow-up made (its condition is gone or a new version replaces it). */
  async cancelOpenForFollowup(
    manager: EntityManager,
    organisationId: string,
    followupId: string,
  ): Promise<void> {
    await manager
      .getRepository(TaskEntity)
      .update({ organisationId, followupId, status: 'open' }, { status: 'cancelled' });
  }
}
