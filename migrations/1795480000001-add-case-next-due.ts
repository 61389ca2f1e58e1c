import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A caseload sorted by what is due next must page by keyset over thousands of cases, so each case
 * carries its earliest open deadline, written in the same transaction as the deadlines themselves.
 * Cases with nothing due sort last (9999-12-31 in the index, never stored).
 */
export class AddCaseNextDue1795480000001 implements MigrationInterface {
  name = 'AddCaseNextDue1795480000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table case_file add column next_due_on date`);
    await q.query(`
      update case_file c set next_due_on = (
        select min(d.due_on) from case_deadline d where d.case_id = c.id and d.state = 'open')`);
    await q.query(`
      create index ix_case_file_org_next_due on case_file
        (organisation_id, (coalesce(next_due_on, date '9999-12-31')), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_case_file_org_next_due`);
    await q.query(`alter table case_file drop column next_due_on`);
  }
}
