import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The task inbox asks for the caller's own open tasks in due order (`assignee=me`). Walking the
 * organisation's open tasks by due date and skipping everyone else's read 2,665 task rows to find
 * an advocate's first 51 at 100,000 cases (issue 18); with the assignee in the index it reads 52.
 */
export class AddTaskAssigneeIndex1795680000000 implements MigrationInterface {
  name = 'AddTaskAssigneeIndex1795680000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index ix_task_org_assignee_due on task (organisation_id, assignee_id, status, due_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_task_org_assignee_due`);
  }
}
