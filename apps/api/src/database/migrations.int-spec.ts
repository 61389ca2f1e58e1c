import { Client } from 'pg';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';

import { MIGRATIONS } from '@migrations';
import { sqlIdentifier } from '@api/common/sql/sql-identifier';
import { TENANT_TABLES } from '@api/testing/tenant-tables';

import { dataSourceOptions } from './data-source';

function scratchUrl(name: string): string {
  const u = new URL(process.env['DATABASE_URL'] ?? '');
  u.pathname = `/${name}`;
  return u.toString();
}

async function recreate(name: string): Promise<void> {
  const u = new URL(process.env['DATABASE_URL'] ?? '');
  u.pathname = '/postgres';
  const admin = new Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${sqlIdentifier(name)} with (force)`);
    await admin.query(`create database ${sqlIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

async function schemaFingerprint(ds: DataSource): Promise<string> {
  const rows = (await ds.query(
    `select table_name, column_name, data_type, is_nullable from information_schema.columns
      where table_schema = 'public' order by table_name, column_name`,
  )) as unknown[];
  const constraints =
    (await ds.query(`select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' order by conname`)) as unknown[];
  return JSON.stringify([rows, constraints]);
}

class FailsHalfway1999999999999 implements MigrationInterface {
  name = 'FailsHalfway1999999999999';
  async up(q: QueryRunner): Promise<void> {
    await q.query('create table half_written (id int)');
    throw new Error('deliberate failure halfway through a migration');
  }
  async down(): Promise<void> {
    // nothing: up never completes
  }
}

describe('migrations (security-checks H1, H3)', () => {
  const name = `haven_test_migrations_${process.pid}`;
  let ds: DataSource;

  beforeAll(async () => {
    await recreate(name);
    ds = new DataSource(dataSourceOptions(scratchUrl(name)));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    const u = new URL(process.env['DATABASE_URL'] ?? '');
    u.pathname = '/postgres';
    const admin = new Client({ connectionString: u.toString() });
    await admin.connect();
    await admin.query(`drop database if exists ${sqlIdentifier(name)} with (force)`);
    await admin.end();
  });

  it('runs every migration up, all the way down, and up again to the same schema', async () => {
    await ds.runMigrations({ transaction: 'all' });
    const first = await schemaFingerprint(ds);
    for (let i = 0; i < MIGRATIONS.length; i += 1)
      await ds.undoLastMigration({ transaction: 'all' });
    const [{ n }] = (await ds.query(
      `select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name <> 'schema_migration'`,
    )) as [{ n: number }];
    expect(n).toBe(0);
    await ds.runMigrations({ transaction: 'all' });
    expect(await schemaFingerprint(ds)).toBe(first);
  });

  it('leaves the schema untouched when a migration fails halfway', async () => {
    const before = await schemaFingerprint(ds);
    const failing = new DataSource({
      ...dataSourceOptions(scratchUrl(name)),
      migrations: [...MIGRATIONS, FailsHalfway1999999999999],
    });
    await failing.initialize();
    try {
      await expect(failing.runMigrations({ transaction: 'all' })).rejects.toThrow(
        /deliberate failure/,
      );
    } finally {
      await failing.destroy();
    }
    expect(await schemaFingerprint(ds)).toBe(before);
    const [{ n }] = (await ds.query(
      `select count(*)::int as n from schema_migration where name = 'FailsHalfway1999999999999'`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('keeps the invariants in the database: tenant columns, keys, checks and foreign keys', async () => {
    const nullable = (await ds.query(
      `select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'organisation_id' and is_nullable = 'YES'
          and table_name = any($1)`,
      [TENANT_TABLES],
    )) as unknown[];
    expect(nullable).toEqual([]);
    const withOrg = (await ds.query(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'organisation_id'`,
    )) as Array<{ table_name: string }>;
    expect(withOrg.map((r) => r.table_name)).toEqual(expect.arrayContaining(TENANT_TABLES));

    const constraints = new Set(
      (
        (await ds.query(
          `select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public'`,
        )) as Array<{
          conname: string;
        }>
      ).map((r) => r.conname),
    );
    const indexes = new Set(
      (
        (await ds.query(`select indexname from pg_indexes where schemaname = 'public'`)) as Array<{
          indexname: string;
        }>
      ).map((r) => r.indexname),
    );
    expect(indexes.has('uq_task_followup_slot')).toBe(true);
    expect(indexes.has('uq_followup_case_key')).toBe(true);
    for (const expected of [
      'fk_petition_case',
      'fk_hearing_case',
      'fk_protective_order_case',
      'fk_service_attempt_order',
      'fk_violation_order',
      'fk_case_note_case',
      'fk_case_deadline_case',
      'fk_task_case',
      'fk_case_file_client',
      'fk_case_file_respondent',
      'ck_app_user_role',
      'ck_case_file_stage',
      'ck_protective_order_kind',
      'ck_protective_order_expiry_after_issue',
      'ck_protective_order_served_after_issue',
      'ck_hearing_outcome',
      'ck_service_attempt_outcome',
      'ck_violation_acts',
      'ck_client_encrypted',
      'ck_case_note_encrypted',
      'ck_task_completion',
      'ck_case_deadline_act_by',
      'ck_app_user_password_argon2id',
    ]) {
      expect({ expected, present: constraints.has(expected) }).toEqual({ expected, present: true });
    }
  });

  it('refuses a child row that points at a case of another organisation', async () => {
    const [orgA] = (await ds.query(
      "insert into organisation (name, slug) values ('Fictional A', 'fictional-a') returning id",
    )) as [{ id: string }];
    const [orgB] = (await ds.query(
      "insert into organisation (name, slug) values ('Fictional B', 'fictional-b') returning id",
    )) as [{ id: string }];
    const [client] = (await ds.query(
      "insert into client (organisation_id, full_name, name_key) values ($1, 'Ada Quill', 'ada quill') returning id",
      [orgA.id],
    )) as [{ id: string }];
    const [respondent] = (await ds.query(
      "insert into respondent (organisation_id, full_name, name_key) values ($1, 'Bo Fern', 'bo fern') returning id",
      [orgA.id],
    )) as [{ id: string }];
    const [caseRow] = (await ds.query(
      "insert into case_file (organisation_id, reference, client_id, respondent_id, stage, opened_on) values ($1, 'HV-X-1', $2, $3, 'intake', '2026-11-23') returning id",
      [orgA.id, client.id, respondent.id],
    )) as [{ id: string }];
    await expect(
      ds.query(
        "insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality) values ($1, $2, 'FA_PPO', '2026-11-24', 'jdr', 'JDR', 'Fairfax County')",
        [orgB.id, caseRow.id],
      ),
    ).rejects.toThrow(/fk_petition_case/);
  });
});
