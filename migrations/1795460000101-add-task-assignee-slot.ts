import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A follow-up for the supervisors makes one task per supervisor, each still exactly once: the
 * unique key becomes (follow-up, version, assignee slot), where the slot is 'advocate' or
 * 'supervisor:<user id>'. Tasks also keep the citation of the rule they come from.
 */
export class AddTaskAssigneeSlot1795460000101 implements MigrationInterface {
  name = 'AddTaskAssigneeSlot1795460000101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table task
        add column assignee_slot text not null default 'advocate',
        add column source_citation text`);
    await q.query(`drop index uq_task_followup_version`);
    await q.query(`
      create unique index uq_task_followup_slot on task (followup_id, followup_version, assignee_slot)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index uq_task_followup_slot`);
    await q.query(`delete from task where assignee_slot <> 'advocate' and followup_id is not null`);
    await q.query(
      `create unique index uq_task_followup_version on task (followup_id, followup_version)`,
    );
    await q.query(`alter table task drop column source_citation, drop column assignee_slot`);
  }
}
