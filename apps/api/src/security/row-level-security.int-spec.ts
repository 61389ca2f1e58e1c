import { Client } from 'pg';

import { seedCast } from '@api/testing/cast';
import { insertCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/** The test database as the application role, which owns nothing and cannot bypass policies. */
function appRoleUrl(): string {
  const u = new URL(process.env['DATABASE_URL'] ?? '');
  u.username = 'haven_app';
  u.password = 'haven_app';
  return u.toString();
}

describe('row-level security under the application role (security-checks A4, F2)', () => {
  let t: TestApp;
  let app: Client;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query("alter role haven_app login password 'haven_app'");
    ({ orgId: orgA, otherOrgId: orgB } = await seedCast(t, {}));
    await insertCase(t.dataSource, orgA);
    await insertCase(t.dataSource, orgA);
    await insertCase(t.dataSource, orgB);
    app = new Client({ connectionString: appRoleUrl() });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  const asOrg = (orgId: string) => app.query("select set_config('app.org_id', $1, false)", [orgId]);

  it('is a role that neither is a superuser nor bypasses row-level security', async () => {
    const { rows } = await app.query(
      'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('sees only the current organisation in a query with no WHERE clause', async () => {
    await asOrg(orgA);
    const cases = await app.query('select organisation_id from case_file');
    expect(cases.rows.map((r: { organisation_id: string }) => r.organisation_id)).toEqual([
      orgA,
      orgA,
    ]);
    const clients = await app.query('select organisation_id from client');
    expect(
      new Set(clients.rows.map((r: { organisation_id: string }) => r.organisation_id)),
    ).toEqual(new Set([orgA]));
  });

  it('sees nothing when no organisation is set', async () => {
    await asOrg('');
    expect((await app.query('select * from case_file')).rowCount).toBe(0);
  });

  it('cannot write a row into another organisation', async () => {
    await asOrg(orgA);
    await expect(
      app.query(
        "insert into court_closure (organisation_id, closed_on, kind, name, authority) values ($1, '2026-12-24', 'clerk_closure', 'x', 'y')",
        [orgB],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("keeps the statewide court directory read-only and each organisation's courts and corrections its own", async () => {
    await asOrg(orgA);
    // A statewide row changes by no organisation's hand (migration 1795780000000).
    const statewide = await app.query(`update court set name = 'Renamed' where id = 'jdr-fairfax'`);
    expect(statewide.rowCount).toBe(0);
    await expect(
      app.query(
        `update court_locality set jdr_court_id = 'jdr-arlington' where id = 'fairfax-city'`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      app.query(
        `insert into court (id, kind, name, organisation_id) values ('jdr-rls-b', 'JDR', 'B court', $1)`,
        [orgB],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      app.query(
        `insert into court_override (organisation_id, court_id, name, active) values ($1, 'jdr-fairfax', 'x', true)`,
        [orgB],
      ),
    ).rejects.toThrow(/row-level security/);
    // B's own court is invisible to A, in the table and in what A's directory reads.
    await t.dataSource.query(
      `insert into court (id, kind, name, organisation_id) values ('jdr-rls-b', 'JDR', 'B court', $1)`,
      [orgB],
    );
    try {
      const inTable = await app.query(`select id from court where id = 'jdr-rls-b'`);
      const inDirectory = await app.query(`select id from court_in_force where id = 'jdr-rls-b'`);
      expect([inTable.rowCount, inDirectory.rowCount]).toEqual([0, 0]);
      await asOrg(orgB);
      expect(
        (await app.query(`select id from court_in_force where id = 'jdr-rls-b'`)).rowCount,
      ).toBe(1);
    } finally {
      await t.dataSource.query(`delete from court where id = 'jdr-rls-b'`);
    }
  });

  it('may only append to the audit table', async () => {
    await asOrg(orgA);
    await expect(app.query("update audit_event set action = 'sign_in'")).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query('delete from audit_event')).rejects.toThrow(/permission denied/);
  });

  it('has row-level security on every table that holds an organisation id, except the sign-in tables', async () => {
    const { rows } = await app.query(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity
          and exists (select 1 from information_schema.columns col where col.table_name = c.relname and col.column_name = 'organisation_id')`,
    );
    // The second-factor tables are read at sign-in too, before any organisation is known
    // (migration 1795520000000).
    expect(rows.map((r: { relname: string }) => r.relname).sort()).toEqual([
      'app_user',
      'audit_event',
      'user_mfa',
      'user_recovery_code',
      'user_session',
    ]);
  });
});
