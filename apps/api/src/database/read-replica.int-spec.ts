import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client, type Pool, type PoolClient } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import type { ExportResponse } from '@haven/contracts';

import { runAsOrganisation } from '@api/common/request-context';
import { seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';
import { WorkerModule } from '@api/worker.module';

import { REPLICA_APPLICATION_NAME } from './data-source';
import { ReadReplica } from './read-replica';

const CAST = {
  supervisor: { role: 'supervisor' },
  otherSupervisor: { role: 'supervisor', otherOrganisation: true },
} as const;

type Pools = { master: Pool; slaves: Pool[] };

/** Every statement each pool of a data source sends, in order. */
function recordStatements(dataSource: DataSource): { primary: string[]; replica: string[] } {
  const seen = { primary: [] as string[], replica: [] as string[] };
  const { master, slaves } = dataSource.driver as unknown as Pools;
  const wrapped = new WeakSet<PoolClient>();
  const record = (pool: Pool | undefined, into: string[]) =>
    pool?.on('acquire', (client) => {
      if (wrapped.has(client)) return;
      wrapped.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
        ...args: unknown[]
      ) => {
        const [first] = args;
        into.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
        return query(...args);
      };
    });
  record(master, seen.primary);
  record(slaves[0], seen.replica);
  return seen;
}

/**
 * DATABASE_REPLICA_URL (issue 18): reports and exports read from the replica's pool, and nothing
 * else does. The "replica" here is the test database itself, reached as `haven_app` (row-level
 * security applies) while the API's primary connection is the owner (which it does not), so the
 * tenant setting is proved to travel with the replica's transactions: without it they see nothing.
 */
describe('read replica for reports and exports (real PostgreSQL, Redis and worker)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-replica-'));
  let t: TestApp;
  let worker: INestApplicationContext;
  let cast: Cast<typeof CAST>;
  let ours: SeededCase;
  let theirs: SeededCase;
  let api: { primary: string[]; replica: string[] };
  let jobs: { primary: string[]; replica: string[] };

  beforeAll(async () => {
    const ownerUrl = process.env['DATABASE_URL'] ?? '';
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query("alter role haven_app login password 'haven_app'");
    await owner.end();
    const replica = new URL(ownerUrl);
    replica.username = 'haven_app';
    replica.password = 'haven_app';
    process.env['DATABASE_REPLICA_URL'] = replica.toString();
    process.env['EXPORT_DIR'] = dir;
    t = await createTestApp();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    api = recordStatements(t.dataSource);
    jobs = recordStatements(worker.get<DataSource>(getDataSourceToken()));
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
    delete process.env['DATABASE_REPLICA_URL'];
    delete process.env['EXPORT_DIR'];
  });

  beforeEach(async () => {
    cast = await seedCast(t, CAST);
    ours = await insertCase(t.dataSource, cast.orgId, { clientName: 'Philippa Quenneville' });
    theirs = await insertCase(t.dataSource, cast.otherOrgId, { clientName: 'Bartholomew Oakes' });
    api.primary.length = 0;
    api.replica.length = 0;
    jobs.primary.length = 0;
    jobs.replica.length = 0;
  });

  it('opens a second pool, named for the replica, as the application role', async () => {
    const { slaves } = t.dataSource.driver as unknown as Pools;
    expect(slaves).toHaveLength(1);
    const { rows } = await (slaves[0] as Pool).query<{ name: string; role: string }>(
      `select current_setting('application_name') as name, current_user as role`,
    );
    expect(rows).toEqual([{ name: REPLICA_APPLICATION_NAME, role: 'haven_app' }]);
  });

  it('applies the organisation on replica transactions: none, nothing; one, only its rows', async () => {
    const replica = t.app.get(ReadReplica);
    const count = () =>
      replica.transaction('REPEATABLE READ', async (m) => {
        const [row] = (await m.query('select count(*)::int as n from case_file')) as Array<{
          n: number;
        }>;
        return row?.n;
      });
    // The owner's primary sees both organisations' cases.
    const [all] = (await t.dataSource.query('select count(*)::int as n from case_file')) as Array<{
      n: number;
    }>;
    expect(all?.n).toBe(2);
    await expect(count()).resolves.toBe(0);
    await expect(runAsOrganisation(cast.orgId, count)).resolves.toBe(1);
    await expect(runAsOrganisation(cast.otherOrgId, count)).resolves.toBe(1);
  });

  it('runs a report on the replica with the organisation set, and the case page on the primary', async () => {
    const report = await cast.get('supervisor', '/reports/run?report=lsc-csr&year=2026&part=1');
    expect(report.status).toBe(200);
    expect(api.replica.length).toBeGreaterThan(1);
    // Its transaction starts by binding the supervisor's organisation, in the same message.
    expect(api.replica[0]).toContain(`set_config('app.org_id', '${cast.orgId}', true)`);
    expect(api.replica.join('\n')).not.toContain(cast.otherOrgId);
    const before = api.replica.length;
    const page = await cast.get('supervisor', `/cases/${ours.id}`);
    expect(page.status).toBe(200);
    expect(api.replica.length).toBe(before);
    // Sign-in, the session and the report's audit row went to the primary.
    expect(api.primary.some((sql) => /insert into "?audit_event/i.test(sql))).toBe(true);
  });

  it('reads an export through the worker’s replica pool, only the organisation’s rows', async () => {
    const asked = await request(t.app.getHttpServer())
      .post('/api/exports')
      .set('Cookie', await cast.cookieOf('supervisor'))
      .send({ kind: 'cases', format: 'csv' });
    expect(asked.status).toBe(202);
    const id = (asked.body as ExportResponse).id;
    const deadline = Date.now() + 20_000;
    let done: ExportResponse;
    for (;;) {
      done = (await cast.get('supervisor', `/exports/${id}`)).body as ExportResponse;
      if (done.status === 'done' || done.status === 'failed') break;
      if (Date.now() > deadline) throw new Error(`export ${id} still ${done.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(done.status).toBe('done');
    expect(jobs.replica.some((sql) => sql.startsWith('declare export_rows'))).toBe(true);
    expect(jobs.primary.some((sql) => sql.startsWith('declare export_rows'))).toBe(false);
    const file = await request(t.app.getHttpServer())
      .get(`/api/exports/${id}/file`)
      .set('Cookie', await cast.cookieOf('supervisor'))
      .buffer(true);
    const text = String(file.text ?? file.body);
    expect(text).toContain(ours.reference);
    expect(text).not.toContain(theirs.reference);
  });
});
