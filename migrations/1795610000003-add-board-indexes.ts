import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supervisor's board and the at-risk list start from the open deadlines inside their horizon
 * (issue 18), not from every open case. A partial index holds only open deadlines, so the range
 * "due on or before the horizon" reads just those rows.
 */
export class AddBoardIndexes1795610000003 implements MigrationInterface {
  name = 'AddBoardIndexes1795610000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index ix_case_deadline_org_open_due on case_deadline (organisation_id, due_on)
        where state = 'open'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_case_deadline_org_open_due`);
  }
}
