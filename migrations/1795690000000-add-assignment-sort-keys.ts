import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An advocate's caseload as a true keyset at any depth (issue 18). The page read every one of the
 * advocate's cases (1,899 at 100,000 cases: 8,774 buffers) and sorted them for 26, because the
 * sort keys lived on case_file and the advocate on case_assignment. Each assignment now carries
 * its case's sort keys (created_at for newest/oldest; for next_deadline, next_due_on or 9999-12-31
 * when nothing is due), indexed per advocate in the caseload's order, so a page is the next
 * entries of one index and the due-soon summary an index-only range. The next-deadline key is a
 * plain non-null column, not an expression: COALESCE is not leakproof, so under row-level
 * security a keyset condition on `coalesce(...)` is a filter after the index, not a range of it
 * (an organisation's next-deadline page 39,000 cases deep read 904 buffers for 26 rows).
 *
 * The copies are kept by triggers in the writer's transaction: an assignment takes its case's keys
 * when inserted, reading the case row FOR SHARE, and a change of the case's keys (the recompute
 * writing next_due_on) is written to its assignments. The share lock makes the two orders of a
 * concurrent assignment and recompute agree: whichever commits second sees the other's row.
 * Bulk loads with triggers off (seed:scale) write the copies themselves.
 */
export class AddAssignmentSortKeys1795690000000 implements MigrationInterface {
  name = 'AddAssignmentSortKeys1795690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table case_assignment
        add column case_created_at timestamptz,
        add column case_next_due_key date`);
    await q.query(`
      update case_assignment a
         set case_created_at = c.created_at,
             case_next_due_key = coalesce(c.next_due_on, date '9999-12-31')
        from case_file c where c.id = a.case_id`);
    await q.query(`
      alter table case_assignment
        alter column case_created_at set not null,
        alter column case_next_due_key set not null`);

    await q.query(`
      create function case_assignment_sort_keys() returns trigger language plpgsql as $$
      begin
        select c.created_at, coalesce(c.next_due_on, date '9999-12-31')
          into new.case_created_at, new.case_next_due_key
          from case_file c
         where c.id = new.case_id and c.organisation_id = new.organisation_id
           for share;
        return new;
      end $$`);
    await q.query(`
      create trigger tr_case_assignment_sort_keys
        before insert or update of case_id, organisation_id on case_assignment
        for each row execute function case_assignment_sort_keys()`);
    await q.query(`
      create function case_file_assignment_sort_keys() returns trigger language plpgsql as $$
      begin
        update case_assignment
           set case_created_at = new.created_at,
               case_next_due_key = coalesce(new.next_due_on, date '9999-12-31')
         where case_id = new.id and organisation_id = new.organisation_id;
        return null;
      end $$`);
    await q.query(`
      create trigger tr_case_file_assignment_sort_keys
        after update on case_file
        for each row
        when (old.created_at is distinct from new.created_at
              or old.next_due_on is distinct from new.next_due_on)
        execute function case_file_assignment_sort_keys()`);

    // Organisation first (the row-level security policy filters on it), then the advocate, then
    // the key in the caseload's order; the case id makes each key unique for the keyset.
    await q.query(`
      create index ix_case_assignment_caseload_created
        on case_assignment (organisation_id, user_id, case_created_at, case_id)`);
    await q.query(`
      create index ix_case_assignment_caseload_next_due
        on case_assignment (organisation_id, user_id, case_next_due_key, case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_case_assignment_caseload_next_due`);
    await q.query(`drop index ix_case_assignment_caseload_created`);
    await q.query(`drop trigger tr_case_file_assignment_sort_keys on case_file`);
    await q.query(`drop function case_file_assignment_sort_keys()`);
    await q.query(`drop trigger tr_case_assignment_sort_keys on case_assignment`);
    await q.query(`drop function case_assignment_sort_keys()`);
    await q.query(`
      alter table case_assignment drop column case_next_due_key, drop column case_created_at`);
  }
}
