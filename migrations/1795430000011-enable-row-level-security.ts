import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that belong to one organisation; row-level security limits them to the current one. */
const TENANT_TABLES = [
  'client',
  'respondent',
  'case_file',
  'case_assignment',
  'petition',
  'hearing',
  'protective_order',
  'order_extension',
  'extension_motion',
  'service_attempt',
  'violation',
  'case_note',
  'case_deadline',
  'followup',
  'task',
  'court_closure',
];

/**
 * A second layer under the application's own tenant filters (security-checks A4): the application
 * connects as `haven_app`, which owns nothing and cannot bypass row-level security, and every
 * connection it uses carries `app.org_id` for the signed-in user's organisation. A query that
 * forgets its organisation filter still sees only that organisation's rows; with no organisation
 * set it sees none. The audit table is append-only for the application: INSERT and SELECT only.
 * Owners (migrations, the worker, operators) are not subject to the policies.
 */
export class EnableRowLevelSecurity1795430000011 implements MigrationInterface {
  name = 'EnableRowLevelSecurity1795430000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'haven_app') then
          create role haven_app nologin nosuperuser nobypassrls;
        end if;
      end $$`);
    for (const table of TENANT_TABLES) {
      await q.query(`alter table ${table} enable row level security`);
      await q.query(`
        create policy tenant_isolation on ${table}
          using (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)
          with check (organisation_id = nullif(current_setting('app.org_id', true), '')::uuid)`);
      await q.query(`grant select, insert, update, delete on ${table} to haven_app`);
    }
    // Not tenant-filtered: sign-in must find a user (and its organisation) before any is known.
    await q.query(`grant select on organisation to haven_app`);
    await q.query(`grant select, update on app_user to haven_app`);
    await q.query(`grant select, insert, update on user_session to haven_app`);
    await q.query(`grant select, insert on audit_event to haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke all on organisation, app_user, user_session, audit_event from haven_app`);
    for (const table of TENANT_TABLES) {
      await q.query(`revoke all on ${table} from haven_app`);
      await q.query(`drop policy tenant_isolation on ${table}`);
      await q.query(`alter table ${table} disable row level security`);
    }
  }
}
