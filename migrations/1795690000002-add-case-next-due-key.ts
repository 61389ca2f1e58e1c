import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation's caseload by next deadline as a keyset at any depth (issue 18). Its key was
 * the expression `coalesce(next_due_on, date '9999-12-31')`, and COALESCE is not leakproof: under
 * row-level security PostgreSQL may not run a condition on it before the tenant policy, so the
 * keyset condition was a filter over the index from its start instead of the start of the range
 * (a page 39,000 cases deep read 904 buffers for 26 rows; the first page 4). The key is now a
 * plain column, `next_due_key`, set from next_due_on by a trigger on every write of it (bulk loads
 * with triggers off write it themselves), as case_assignment.case_next_due_key already is.
 */
export class AddCaseNextDueKey1795690000002 implements MigrationInterface {
  name = 'AddCaseNextDueKey1795690000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table case_file add column next_due_key date`);
    await q.query(`update case_file set next_due_key = coalesce(next_due_on, date '9999-12-31')`);
    await q.query(`alter table case_file alter column next_due_key set not null`);
    await q.query(`
      create function case_file_next_due_key() returns trigger language plpgsql as $$
      begin
        new.next_due_key := coalesce(new.next_due_on, date '9999-12-31');
        return new;
      end $$`);
    await q.query(`
      create trigger tr_case_file_next_due_key
        before insert or update of next_due_on, next_due_key on case_file
        for each row execute function case_file_next_due_key()`);
    await q.query(`drop index ix_case_file_org_next_due`);
    await q.query(`
      create index ix_case_file_org_next_due on case_file (organisation_id, next_due_key, id)
        include (search_text)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_case_file_org_next_due`);
    await q.query(`
      create index ix_case_file_org_next_due on case_file
        (organisation_id, (coalesce(next_due_on, date '9999-12-31')), id)
        include (next_due_on, search_text)`);
    await q.query(`drop trigger tr_case_file_next_due_key on case_file`);
    await q.query(`drop function case_file_next_due_key()`);
    await q.query(`alter table case_file drop column next_due_key`);
  }
}
