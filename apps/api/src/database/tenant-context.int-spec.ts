import type { Server } from 'node:http';

import type { Pool } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { runAsOrganisation } from '@api/common/request-context';
import { seedCast, type Cast } from '@api/testing/cast';
import { countDenials, countRows, insertCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { createDataSource } from './data-source';

const POOL_SIZE = 4;
const CASES_PER_ORG = 12;
const REQUESTS = 200;

const CAST = {
  supervisorA: { role: 'supervisor' },
  advocateA: { role: 'advocate' },
  supervisorB: { role: 'supervisor', otherOrganisation: true },
  advocateB: { role: 'advocate', otherOrganisation: true },
} as const;
type Who = keyof typeof CAST;

/**
 * The organisation a query runs for is bound to the transaction that runs it, never to a pooled
 * connection: with far more requests in flight than the pool has connections, every answer is
 * still the right organisation's, through row-level security and not only the code's own filters.
 */
describe('tenant context under load, as the application role', () => {
  let t: TestApp;
  let owner: DataSource;
  let cast: Cast<typeof CAST>;
  let server: Server;
  const casesOf: Record<'A' | 'B', string[]> = { A: [], B: [] };

  beforeAll(async () => {
    t = await createTestApp(undefined, {
      asApplicationRole: true,
      pool: { size: POOL_SIZE, acquireTimeoutMs: 15_000 },
    });
    owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
    cast = await seedCast({ ...t, dataSource: owner }, CAST);
    for (let i = 0; i < CASES_PER_ORG; i++) {
      casesOf.A.push(
        (await insertCase(owner, cast.orgId, { advocateIds: [cast.users.advocateA.id] })).id,
      );
      casesOf.B.push(
        (await insertCase(owner, cast.otherOrgId, { advocateIds: [cast.users.advocateB.id] })).id,
      );
    }
    await cast.signInAll();
    server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await owner.destroy();
    await t.close();
  });

  it('runs with a role that cannot bypass row-level security', async () => {
    const [role] = (await t.dataSource.query(
      'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    )) as [{ rolsuper: boolean; rolbypassrls: boolean }];
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('sees no tenant rows from a query run with no organisation', async () => {
    expect(await countRows(t.dataSource, 'case_file')).toBe(0);
    await t.dataSource.transaction(async (m) => {
      const [row] = (await m.query('select count(*)::int as n from case_file')) as [{ n: number }];
      expect(row.n).toBe(0);
    });
  });

  it("sees exactly the organisation's rows from a query run for it, in and out of a transaction", async () => {
    await runAsOrganisation(cast.otherOrgId, async () => {
      expect(await countRows(t.dataSource, 'case_file')).toBe(CASES_PER_ORG);
      const ids = (await t.dataSource.transaction((m) =>
        m.query('select id from case_file'),
      )) as Array<{ id: string }>;
      expect(new Set(ids.map((r) => r.id))).toEqual(new Set(casesOf.B));
    });
  });

  it(`answers ${REQUESTS} concurrent reads and writes of two organisations, each for its own organisation`, async () => {
    const notesBefore = await countRows(owner, 'case_note');
    const denialsBefore = await countDenials(owner);
    const plan = Array.from({ length: REQUESTS }, (_, i) => operation(i));
    const answers = await Promise.all(plan.map((op) => op.send()));

    const statuses = new Map<string, number>();
    let createdNotes = 0;
    answers.forEach((res, i) => {
      const op = plan[i]!;
      statuses.set(`${op.kind} ${res.status}`, (statuses.get(`${op.kind} ${res.status}`) ?? 0) + 1);
      if (res.status === 503) {
        expect(res.headers['retry-after']).toBeDefined();
        return;
      }
      if (op.kind === 'caseload') {
        expect({ op: op.label, status: res.status }).toEqual({ op: op.label, status: 200 });
        const ids = (res.body as { items: Array<{ id: string }> }).items.map((c) => c.id);
        expect(new Set(ids)).toEqual(new Set(casesOf[op.org]));
      } else if (op.kind === 'case') {
        expect({ op: op.label, status: res.status }).toEqual({ op: op.label, status: 200 });
        expect((res.body as { id: string }).id).toBe(op.caseId);
      } else {
        expect({ op: op.label, status: res.status }).toEqual({ op: op.label, status: 201 });
        createdNotes++;
      }
    });
    // The point is the pool's queue: most requests must have waited for a connection and still
    // succeeded, not been refused wholesale.
    expect(createdNotes).toBeGreaterThan(REQUESTS / 6);
    expect(await countRows(owner, 'case_note')).toBe(notesBefore + createdNotes);
    // Every note is in its case's organisation (the composite foreign key would refuse otherwise,
    // but a note stored under the wrong tenant would also be invisible to its own organisation).
    const [misfiled] = (await owner.query(
      `select count(*)::int as n from case_note n
        where not exists (select 1 from case_file c
                           where c.id = n.case_id and c.organisation_id = n.organisation_id)`,
    )) as [{ n: number }];
    expect(misfiled.n).toBe(0);
    expect(await countDenials(owner)).toBe(denialsBefore);
    console.info('tenant context under load:', Object.fromEntries(statuses));
  });

  it('returns every connection to the pool with no organisation set', async () => {
    const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
    const clients = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
    try {
      for (const client of clients) {
        const { rows } = await client.query<{ org: string | null }>(
          "select current_setting('app.org_id', true) as org",
        );
        expect(rows[0]?.org ?? '').toBe('');
      }
    } finally {
      for (const client of clients) client.release();
    }
  });

  interface Operation {
    kind: 'caseload' | 'case' | 'note';
    org: 'A' | 'B';
    caseId?: string;
    label: string;
    send(): Promise<request.Response>;
  }

  /** A deterministic mix: both organisations, supervisors and advocates, lists, reads and writes. */
  function operation(i: number): Operation {
    const org = i % 2 === 0 ? 'A' : 'B';
    const who: Who =
      i % 4 < 2
        ? org === 'A'
          ? 'supervisorA'
          : 'supervisorB'
        : org === 'A'
          ? 'advocateA'
          : 'advocateB';
    const caseId = casesOf[org][i % CASES_PER_ORG]!;
    const cookie = cast.cookie[who];
    const kinds = ['caseload', 'note', 'case'] as const;
    const kind = kinds[Math.floor(i / 2) % 3]!;
    const label = `#${i} ${who} ${kind}`;
    switch (kind) {
      case 'caseload':
        return {
          kind,
          org,
          label,
          send: () => request(server).get('/api/cases?limit=100').set('Cookie', cookie),
        };
      case 'case':
        return {
          kind,
          org,
          caseId,
          label,
          send: () => request(server).get(`/api/cases/${caseId}`).set('Cookie', cookie),
        };
      case 'note':
        return {
          kind,
          org,
          caseId,
          label,
          send: () =>
            request(server)
              .post(`/api/cases/${caseId}/notes`)
              .set('Cookie', cookie)
              .send({ body: `An invented note, number ${i}.` }),
        };
    }
  }
});

describe('a saturated pool', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp(undefined, {
      asApplicationRole: true,
      pool: { size: 2, acquireTimeoutMs: 200 },
    });
    const owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
    try {
      const cast = await seedCast(
        { ...t, dataSource: owner },
        { supervisor: { role: 'supervisor' } },
      );
      cookie = await cast.signIn('supervisor');
    } finally {
      await owner.destroy();
    }
  });

  afterAll(() => t.close());

  it('answers 503 with Retry-After, not 500, while no connection frees up in time', async () => {
    const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
    const held = await Promise.all([pool.connect(), pool.connect()]);
    try {
      const res = await request(t.app.getHttpServer()).get('/api/cases').set('Cookie', cookie);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.body).toEqual({
        error: 'service_unavailable',
        message: expect.any(String),
        requestId: expect.any(String),
      });
    } finally {
      for (const client of held) client.release();
    }
    const after = await request(t.app.getHttpServer()).get('/api/cases').set('Cookie', cookie);
    expect(after.status).toBe(200);
  });
});
