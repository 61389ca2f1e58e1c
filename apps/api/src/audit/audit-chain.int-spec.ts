import { Client, Pool, type PoolClient } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { MIGRATIONS } from '@migrations';

import { dataSourceOptions } from '@api/database/data-source';
import { castOf, seedCast } from '@api/testing/cast';
import { countRows, type SeededUser } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { findFirstBrokenAuditRow } from './audit-chain';

const WRITERS = 20;
const ROUNDS = 4;

const APPEND = `
  insert into audit_event (occurred_at, organisation_id, actor_user_id, action, target_type, target_id, details)
  select now(), $1, $2, 'reveal', 'case_file', gen_random_uuid()::text, jsonb_build_object('writer', $3::text)
    from generate_series(1, $4::int)`;

describe('audit hash chain under concurrent writers (issue 11, security-checks F2)', () => {
  let t: TestApp;
  let pool: Pool;
  let advocate: SeededUser;

  beforeAll(async () => {
    t = await createTestApp();
    pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: WRITERS + 4 });
  });
  afterAll(async () => {
    await pool.end();
    await t.close();
  });
  beforeEach(async () => {
    advocate = (await seedCast(t, castOf('advocate'))).users.advocate;
  });

  const forks = () =>
    t.dataSource.query(
      'select prev_hash, count(*)::int as rows from audit_event group by prev_hash having count(*) > 1',
    );

  async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (err) {
      await client.query('rollback');
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * One writer's transaction: appends one row (every fifth writer two in one statement), as the
   * application's role for half of them, then stays open a while so the writers overlap; every
   * seventh one rolls back. Answers how many rows it committed.
   */
  async function appendConcurrently(writer: number): Promise<number> {
    const rows = writer % 5 === 0 ? 2 : 1;
    const client = await pool.connect();
    try {
      await client.query('begin');
      if (writer % 2 === 0) await client.query('set local role haven_app');
      await client.query(APPEND, [advocate.organisationId, advocate.id, `w${writer}`, rows]);
      await client.query('select pg_sleep($1)', [Math.random() * 0.04]);
      const rollBack = writer % 7 === 3;
      await client.query(rollBack ? 'rollback' : 'commit');
      return rollBack ? 0 : rows;
    } catch (err) {
      await client.query('rollback');
      throw err;
    } finally {
      client.release();
    }
  }

  async function aRound(): Promise<number> {
    const committed = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) => appendConcurrently(writer)),
    );
    return committed.reduce((a, b) => a + b, 0);
  }

  it('keeps one unbroken, unforked chain when 20 transactions append at once', async () => {
    let expected = 0;
    for (let round = 0; round < ROUNDS; round += 1) expected += await aRound();

    expect(await countRows(t.dataSource, 'audit_event')).toBe(expected);
    expect(await findFirstBrokenAuditRow(t.dataSource)).toBeNull();
    expect(await forks()).toEqual([]);
  });

  it('keeps the chain whole through concurrent failed sign-ins and transactions', async () => {
    const http = () => request(t.app.getHttpServer());
    let expected = 0;
    for (let round = 0; round < 2; round += 1) {
      const [committed, answers] = await Promise.all([
        aRound(),
        Promise.all(
          Array.from({ length: WRITERS }, () =>
            http()
              .post('/api/auth/login')
              .send({ email: advocate.email, password: 'not the right passphrase at all' }),
          ),
        ),
      ]);
      expect(answers.map((res) => res.status)).toEqual(Array(WRITERS).fill(401));
      expected += committed + WRITERS;
    }

    expect(await countRows(t.dataSource, 'audit_event')).toBe(expected);
    expect(await findFirstBrokenAuditRow(t.dataSource)).toBeNull();
    expect(await forks()).toEqual([]);
  });

  it('chains an append that waited on the lock to the row committed meanwhile', async () => {
    const first = await pool.connect();
    try {
      await first.query('begin');
      await first.query(APPEND, [advocate.organisationId, advocate.id, 'first', 1]);
      const waiting = inTransaction((client) =>
        client.query(APPEND, [advocate.organisationId, advocate.id, 'second', 1]),
      );
      await waitForLockWaiters(1);
      await first.query('commit');
      await waiting;
    } finally {
      first.release();
    }

    const rows = (await t.dataSource.query(
      "select details->>'writer' as writer, prev_hash, hash from audit_event order by id",
    )) as Array<{ writer: string; prev_hash: string; hash: string }>;
    expect(rows.map((r) => r.writer)).toEqual(['first', 'second']);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(await findFirstBrokenAuditRow(t.dataSource)).toBeNull();
  });

  it('refuses, rather than forks, an append from a REPEATABLE READ snapshot older than the head', async () => {
    const stale = await pool.connect();
    try {
      await stale.query('begin isolation level repeatable read');
      await stale.query('select count(*) from audit_event');
      await inTransaction((client) =>
        client.query(APPEND, [advocate.organisationId, advocate.id, 'meanwhile', 1]),
      );
      await expect(
        stale.query(APPEND, [advocate.organisationId, advocate.id, 'stale', 1]),
      ).rejects.toThrow(/pk_audit_event/);
    } finally {
      await stale.query('rollback');
      stale.release();
    }

    expect(await countRows(t.dataSource, 'audit_event')).toBe(1);
    expect(await findFirstBrokenAuditRow(t.dataSource)).toBeNull();
  });

  async function waitForLockWaiters(count: number): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [row] = (await t.dataSource.query(
        "select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted",
      )) as [{ n: number }];
      if (row.n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no ${count} writer(s) waiting on the audit chain lock`);
  }
});

describe('audit chain migration 1795490000100 (issue 11)', () => {
  const base = new URL(process.env['DATABASE_URL'] ?? '');
  const name = `${base.pathname.slice(1)}_chain_upgrade`;
  const urlOf = (db: string) => Object.assign(new URL(base.toString()), { pathname: `/${db}` });
  const before = MIGRATIONS.filter((m) => m.name !== 'SerialiseAuditChain1795490000100');

  async function admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: urlOf('postgres').toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async function withDataSource(
    migrations: typeof MIGRATIONS,
    work: (ds: DataSource) => Promise<void>,
  ): Promise<void> {
    const ds = new DataSource({ ...dataSourceOptions(urlOf(name).toString()), migrations });
    await ds.initialize();
    try {
      await work(ds);
    } finally {
      await ds.destroy();
    }
  }

  const append = async (ds: DataSource, writer: string) => {
    const [row] = (await ds.query(`${APPEND} returning id::int as id`, [
      null,
      null,
      writer,
      1,
    ])) as [{ id: number }];
    return row.id;
  };

  beforeAll(() => admin(`drop database if exists "${name}" with (force)`));
  beforeAll(() => admin(`create database "${name}"`));
  afterAll(() => admin(`drop database if exists "${name}" with (force)`));

  it('keeps a chain written by the old trigger verifying through up, down and up again', async () => {
    const ids: number[] = [];
    await withDataSource(before, async (ds) => {
      await ds.runMigrations({ transaction: 'all' });
      for (const writer of ['old-1', 'old-2', 'old-3']) ids.push(await append(ds, writer));
      expect(await findFirstBrokenAuditRow(ds)).toBeNull();
    });
    await withDataSource(MIGRATIONS, async (ds) => {
      expect(await ds.runMigrations({ transaction: 'all' })).toHaveLength(1);
      expect(await findFirstBrokenAuditRow(ds)).toBeNull();
      ids.push(await append(ds, 'new-1'), await append(ds, 'new-2'));
      expect(await findFirstBrokenAuditRow(ds)).toBeNull();

      await ds.undoLastMigration({ transaction: 'all' });
      ids.push(await append(ds, 'reverted-1'));
      expect(await findFirstBrokenAuditRow(ds)).toBeNull();

      await ds.runMigrations({ transaction: 'all' });
      ids.push(await append(ds, 'again-1'));
      expect(await findFirstBrokenAuditRow(ds)).toBeNull();
    });
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the audit table refuses TRUNCATE (migration 1795750000000, security-checks F2)', () => {
  let t: TestApp;
  let advocate: SeededUser;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    advocate = (await seedCast(t, castOf('advocate'))).users.advocate;
    await t.dataSource.query(APPEND, [advocate.organisationId, advocate.id, 'kept', 3]);
  });

  const truncateTriggers = (runner: { query(sql: string): Promise<unknown> }) =>
    runner.query(
      `select tgname, tgtype from pg_trigger
        where tgrelid = 'audit_event'::regclass and not tgisinternal and tgtype & 32 <> 0`,
    ) as Promise<Array<{ tgname: string; tgtype: number }>>;

  it('refuses TRUNCATE from the owner, alone or with other tables, and keeps every row', async () => {
    for (const sql of [
      'truncate audit_event',
      'truncate table audit_event restart identity cascade',
      'truncate table sign_in_throttle, audit_event',
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/audit_event is append-only/);
    }
    expect(await countRows(t.dataSource, 'audit_event')).toBe(3);
    expect(await findFirstBrokenAuditRow(t.dataSource)).toBeNull();
  });

  it('gives the application role no TRUNCATE at all', async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('set local role haven_app');
      await expect(runner.query('truncate audit_event')).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await countRows(t.dataSource, 'audit_event')).toBe(3);
  });

  it('drops the trigger on the way down and puts it back on the way up', async () => {
    const Migration = MIGRATIONS.find((m) => m.name === 'RefuseAuditTruncate1795750000000');
    if (!Migration) throw new Error('migration 1795750000000 is not registered');
    const migration = new Migration();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      // Statement-level (no ROW bit 1), BEFORE (2), on TRUNCATE (32).
      expect(await truncateTriggers(runner)).toEqual([
        { tgname: 'tr_audit_event_refuse_truncate', tgtype: 34 },
      ]);
      await migration.down(runner);
      expect(await truncateTriggers(runner)).toEqual([]);
      await runner.query('truncate audit_event');
      expect(await runner.query('select count(*)::int as n from audit_event')).toEqual([{ n: 0 }]);
      await migration.up(runner);
      expect(await truncateTriggers(runner)).toHaveLength(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await countRows(t.dataSource, 'audit_event')).toBe(3);
  });
});
