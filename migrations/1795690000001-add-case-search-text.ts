import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A caseload search whose page does not depend on how many cases match (issue 18). The search of
 * migration 1795610000002 collected every match (9,968 cases for the commonest family name at
 * 100,000 cases: about 12,000 buffers in the function, 44,000 more to read them back) and sorted
 * them for a page of 26, and the due-soon summary did it all again.
 *
 * The text a search matches (reference, client's and respondent's names) now sits on the case
 * itself, so a broad search can walk the caseload's own sort index and stop after a page of
 * matches, while a narrow one finds its few matches through one trigram index:
 * - `case_file.search_text`, written by triggers from the case and its parties in the writer's own
 *   transaction (intake, party corrections, purges, fixtures), so no writer can forget it; bulk
 *   loads with triggers off (seed:scale) fill it with `case_search_text` afterwards.
 * - `case_search_ids(pattern, max_rows)` (security definer, tenant from `app.org_id` as before)
 *   answers at most `max_rows` matching ids from `ix_case_file_search_trgm`, so the caller learns
 *   whether the match set is small (page from the ids) or large (walk the sort index) at a cost of
 *   at most `max_rows` rows. It replaces `case_search_ids(pattern)`, which had no bound.
 * - The caseload's sort indexes carry the text (INCLUDE), so the walk of a broad search reads
 *   index pages only: a page of the commonest family name is 9 buffers instead of 44,000.
 * - Each assignment carries its case's text too (the triggers of migration 1795690000000 copy it
 *   with the sort keys, and its indexes include it), so an advocate's search walks the
 *   advocate's own index.
 * The text is lower-cased and its fields are joined with a unit separator, so `like lower(q)`
 * matches as `ilike` did, more cheaply, and never across two fields.
 */
export class AddCaseSearchText1795690000001 implements MigrationInterface {
  name = 'AddCaseSearchText1795690000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function case_search_text(reference text, client_name text, respondent_name text)
      returns text language sql immutable parallel safe
      return lower(coalesce(reference, '') || chr(31) || coalesce(client_name, '') || chr(31)
        || coalesce(respondent_name, ''))`);
    await q.query(`alter table case_file add column search_text text not null default ''`);
    await q.query(`
      update case_file c set search_text = case_search_text(c.reference, cl.full_name, r.full_name)
        from client cl, respondent r
       where cl.id = c.client_id and r.id = c.respondent_id`);

    // A case's own row: its text follows its reference and the parties it points to.
    await q.query(`
      create function case_file_search_text() returns trigger language plpgsql as $$
      begin
        new.search_text := case_search_text(
          new.reference,
          (select full_name from client where id = new.client_id),
          (select full_name from respondent where id = new.respondent_id));
        return new;
      end $$`);
    await q.query(`
      create trigger tr_case_file_search_text
        before insert or update of reference, client_id, respondent_id on case_file
        for each row execute function case_file_search_text()`);
    // A party's name: every case it belongs to (corrections, purges).
    for (const party of ['client', 'respondent']) {
      await q.query(`
        create function ${party}_search_text() returns trigger language plpgsql as $$
        begin
          update case_file c
             set search_text = case_search_text(c.reference, cl.full_name, r.full_name)
            from client cl, respondent r
           where c.${party}_id = new.id and c.organisation_id = new.organisation_id
             and cl.id = c.client_id and r.id = c.respondent_id;
          return null;
        end $$`);
      await q.query(`
        create trigger tr_${party}_search_text
          after update of full_name on ${party}
          for each row when (old.full_name is distinct from new.full_name)
          execute function ${party}_search_text()`);
    }

    await q.query(
      `create index ix_case_file_search_trgm on case_file using gin (search_text gin_trgm_ops)`,
    );
    await q.query(`drop index ix_case_file_org_created`);
    await q.query(`
      create index ix_case_file_org_created on case_file (organisation_id, created_at, id)
        include (search_text)`);
    // next_due_on itself too: an index-only scan needs the columns its expression reads.
    await q.query(`drop index ix_case_file_org_next_due`);
    await q.query(`
      create index ix_case_file_org_next_due on case_file
        (organisation_id, (coalesce(next_due_on, date '9999-12-31')), id)
        include (next_due_on, search_text)`);
    await q.query(`drop function case_search_ids(text)`);
    await q.query(`drop index ix_case_file_reference_trgm`);
    await q.query(`drop index ix_client_full_name_trgm`);
    await q.query(`drop index ix_respondent_full_name_trgm`);
    // As its predecessor: runs as the owner (the trigram index is unusable under row-level
    // security, `ilike` not being leakproof), applies the caller's tenant setting itself, takes no
    // organisation as an argument and answers ids only. EXECUTE plans each pattern on its own.
    await q.query(`
      create function case_search_ids(pattern text, max_rows integer) returns setof uuid
        language plpgsql stable strict security definer
        set search_path = pg_catalog, public
      as $fn$
      declare
        org uuid := nullif(current_setting('app.org_id', true), '')::uuid;
      begin
        if org is null or max_rows < 1 then
          return;
        end if;
        return query execute
          'select c.id from case_file c
            where c.organisation_id = $1 and c.search_text like lower($2)
            limit $3'
          using org, pattern, max_rows;
      end
      $fn$`);
    // The advocate's copy, kept with the sort keys by the same two triggers.
    await q.query(
      `alter table case_assignment add column case_search_text text not null default ''`,
    );
    await q.query(`
      update case_assignment a set case_search_text = c.search_text
        from case_file c where c.id = a.case_id`);
    await q.query(`
      create or replace function case_assignment_sort_keys() returns trigger language plpgsql as $$
      begin
        select c.created_at, coalesce(c.next_due_on, date '9999-12-31'), c.search_text
          into new.case_created_at, new.case_next_due_key, new.case_search_text
          from case_file c
         where c.id = new.case_id and c.organisation_id = new.organisation_id
           for share;
        return new;
      end $$`);
    await q.query(`
      create or replace function case_file_assignment_sort_keys() returns trigger
      language plpgsql as $$
      begin
        update case_assignment
           set case_created_at = new.created_at,
               case_next_due_key = coalesce(new.next_due_on, date '9999-12-31'),
               case_search_text = new.search_text
         where case_id = new.id and organisation_id = new.organisation_id;
        return null;
      end $$`);
    // WHEN, not `update of`: the text is set by a BEFORE trigger, not by the statement's SET list.
    await q.query(`drop trigger tr_case_file_assignment_sort_keys on case_file`);
    await q.query(`
      create trigger tr_case_file_assignment_sort_keys
        after update on case_file
        for each row
        when (old.created_at is distinct from new.created_at
              or old.next_due_on is distinct from new.next_due_on
              or old.search_text is distinct from new.search_text)
        execute function case_file_assignment_sort_keys()`);
    await q.query(`drop index ix_case_assignment_caseload_created`);
    await q.query(`
      create index ix_case_assignment_caseload_created
        on case_assignment (organisation_id, user_id, case_created_at, case_id)
        include (case_search_text)`);
    await q.query(`drop index ix_case_assignment_caseload_next_due`);
    await q.query(`
      create index ix_case_assignment_caseload_next_due
        on case_assignment (organisation_id, user_id, case_next_due_key, case_id)
        include (case_search_text)`);

    await q.query(`revoke all on function case_search_ids(text, integer) from public`);
    await q.query(`grant execute on function case_search_ids(text, integer) to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index ix_case_assignment_caseload_next_due`);
    await q.query(`
      create index ix_case_assignment_caseload_next_due
        on case_assignment (organisation_id, user_id, case_next_due_key, case_id)`);
    await q.query(`drop index ix_case_assignment_caseload_created`);
    await q.query(`
      create index ix_case_assignment_caseload_created
        on case_assignment (organisation_id, user_id, case_created_at, case_id)`);
    await q.query(`drop trigger tr_case_file_assignment_sort_keys on case_file`);
    await q.query(`
      create trigger tr_case_file_assignment_sort_keys
        after update on case_file
        for each row
        when (old.created_at is distinct from new.created_at
              or old.next_due_on is distinct from new.next_due_on)
        execute function case_file_assignment_sort_keys()`);
    await q.query(`
      create or replace function case_file_assignment_sort_keys() returns trigger
      language plpgsql as $$
      begin
        update case_assignment
           set case_created_at = new.created_at,
               case_next_due_key = coalesce(new.next_due_on, date '9999-12-31')
         where case_id = new.id and organisation_id = new.organisation_id;
        return null;
      end $$`);
    await q.query(`
      create or replace function case_assignment_sort_keys() returns trigger language plpgsql as $$
      begin
        select c.created_at, coalesce(c.next_due_on, date '9999-12-31')
          into new.case_created_at, new.case_next_due_key
          from case_file c
         where c.id = new.case_id and c.organisation_id = new.organisation_id
           for share;
        return new;
      end $$`);
    await q.query(`alter table case_assignment drop column case_search_text`);
    await q.query(`drop function case_search_ids(text, integer)`);
    await q.query(
      `create index ix_case_file_reference_trgm on case_file using gin (reference gin_trgm_ops)`,
    );
    await q.query(
      `create index ix_client_full_name_trgm on client using gin (full_name gin_trgm_ops)`,
    );
    await q.query(
      `create index ix_respondent_full_name_trgm on respondent using gin (full_name gin_trgm_ops)`,
    );
    await q.query(`
      create function case_search_ids(pattern text) returns setof uuid
        language plpgsql stable strict security definer
        set search_path = pg_catalog, public
      as $fn$
      declare
        org uuid := nullif(current_setting('app.org_id', true), '')::uuid;
      begin
        if org is null then
          return;
        end if;
        return query execute
          'select c.id from case_file c
            where c.organisation_id = $1 and c.reference ilike $2
           union
           select c.id from client p
             join case_file c on c.client_id = p.id and c.organisation_id = p.organisation_id
            where p.organisation_id = $1 and p.full_name ilike $2
           union
           select c.id from respondent p
             join case_file c on c.respondent_id = p.id and c.organisation_id = p.organisation_id
            where p.organisation_id = $1 and p.full_name ilike $2'
          using org, pattern;
      end
      $fn$`);
    await q.query(`revoke all on function case_search_ids(text) from public`);
    await q.query(`grant execute on function case_search_ids(text) to haven_app`);
    await q.query(`drop index ix_case_file_search_trgm`);
    await q.query(`drop index ix_case_file_org_next_due`);
    await q.query(`
      create index ix_case_file_org_next_due on case_file
        (organisation_id, (coalesce(next_due_on, date '9999-12-31')), id)`);
    await q.query(`drop index ix_case_file_org_created`);
    await q.query(
      `create index ix_case_file_org_created on case_file (organisation_id, created_at, id)`,
    );
    for (const party of ['client', 'respondent']) {
      await q.query(`drop trigger tr_${party}_search_text on ${party}`);
      await q.query(`drop function ${party}_search_text()`);
    }
    await q.query(`drop trigger tr_case_file_search_text on case_file`);
    await q.query(`drop function case_file_search_text()`);
    await q.query(`alter table case_file drop column search_text`);
    await q.query(`drop function case_search_text(text, text, text)`);
  }
}
