import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A caseload page (issue 18). The due-soon summary counts cases whose next deadline is overdue or
 * within a week; a partial index holds only cases with something due, so the count no longer
 * scans every case of the organisation. An advocate's page starts from the advocate's own
 * assignments (organisation first, as the row-level security policy filters on it, then the
 * advocate, with the case id so no table row is read), not from the organisation's whole
 * created_at index checking each case for an assignment.
 */
export class AddCaseloadIndexes1795610000001 implements MigrationInterface {
  name = 'AddCaseloadIndexes1795610000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index ix_case_file_org_due_soon on case_file (organisation_id, next_due_on)
        where next_due_on is not null`);
    await q.query(`
      create index ix_case_assignment_org_user on case_assignment (organisation_id, user_id, case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_case_assignment_org_user`);
    await q.query(`drop index ix_case_file_org_due_soon`);
  }
}
