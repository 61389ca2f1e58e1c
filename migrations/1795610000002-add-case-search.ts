import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Caseload search by a client's or respondent's name, or by reference (`ilike '%q%'`), without a
 * sequential scan (issue 18). Trigram indexes serve `ilike`, but the application role cannot use
 * them: row-level security lets a query's own conditions run before the tenant policy only if
 * their operators are leakproof, and `ilike` is not, so PostgreSQL scanned every row of every
 * organisation and filtered afterwards (about 1 s at 100,000 cases).
 *
 * `case_search_ids` runs as the tables' owner, where the indexes are usable, and applies the tenant
 * filter itself from the very setting the policies read (`app.org_id`, bound to the caller's
 * transaction): with no organisation set it finds nothing, and it never takes an organisation as
 * an argument, so the application role can learn no more through it than through the tables. It
 * answers case ids only; the caller reads the cases themselves under row-level security. Names
 * searched are the plain, non-confidential ones; no sealed column (address, phone, employer) is
 * read. The query is run with EXECUTE so each pattern gets its own plan (a short pattern has no
 * trigram and is better served by a scan of the organisation's rows).
 */
export class AddCaseSearch1795610000002 implements MigrationInterface {
  name = 'AddCaseSearch1795610000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create extension if not exists pg_trgm`);
    await q.query(
      `create index ix_client_full_name_trgm on client using gin (full_name gin_trgm_ops)`,
    );
    await q.query(
      `create index ix_respondent_full_name_trgm on respondent using gin (full_name gin_trgm_ops)`,
    );
    await q.query(
      `create index ix_case_file_reference_trgm on case_file using gin (reference gin_trgm_ops)`,
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop function case_search_ids(text)`);
    await q.query(`drop index ix_case_file_reference_trgm`);
    await q.query(`drop index ix_respondent_full_name_trgm`);
    await q.query(`drop index ix_client_full_name_trgm`);
    await q.query(`drop extension if exists pg_trgm`);
  }
}
