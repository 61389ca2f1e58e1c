import type { Pool, PoolClient } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { seedScale, type SeedScaleResult } from '../../bench/seed-scale';
import { createDataSource } from '@api/database/data-source';
import { newTotpSecret } from '@api/auth/mfa/totp';
import { cipherFromEnv, signIn, truncateAll } from '@api/testing/db-fixtures';
import { MutableClock } from '@api/testing/mutable-clock';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/**
 * Round trips per request are a correctness property of the hot screens (issue 18): their number
 * must not grow with the organisation's size, or a statewide organisation's caseload, case page,
 * board and at-risk list slow down with every case added. Counted at the pg client (each call of
 * its `query` is one round trip: a lone statement's START and COMMIT are written with it, inside
 * that call), as the application role under row-level security, for the same requests at two sizes.
 */
describe('queries per request stay constant as the organisation grows (issue 18)', () => {
  let t: TestApp;
  let owner: DataSource;
  let statements = 0;
  const server = () => t.app.getHttpServer() as Parameters<typeof request>[0];
  const clock = new MutableClock(new Date('2027-03-01T15:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp(clock, { asApplicationRole: true });
    owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
    const pool = (t.dataSource.driver as unknown as { master: Pool }).master;
    const counted = new WeakSet<PoolClient>();
    pool.on('acquire', (client) => {
      if (counted.has(client)) return;
      counted.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
        ...args: unknown[]
      ) => {
        statements += 1;
        return query(...args);
      };
    });
  });
  afterAll(async () => {
    await t?.close();
    await owner?.destroy();
  });

  async function seed(cases: number): Promise<SeedScaleResult> {
    await truncateAll(owner);
    return seedScale({
      databaseUrl: process.env['DATABASE_URL'] ?? '',
      cases,
      secondOrganisationCases: 5,
      advocates: 2,
      supervisors: 1,
      now: clock.now(),
      workers: 0,
      keys: {
        dataEncryptionKeys: process.env['DATA_ENCRYPTION_KEYS'] ?? '',
        dataEncryptionKeyId: process.env['DATA_ENCRYPTION_KEY_ID'] ?? '',
        blindIndexKey: process.env['BLIND_INDEX_KEY'] ?? '',
      },
    });
  }

  /** Round trips each request of the hot screens made, after signing in (not counted). */
  async function countPerRequest(seeded: SeedScaleResult): Promise<Record<string, number>> {
    const [advocateEmail] = seeded.organisation.advocateEmails;
    const [supervisorEmail] = seeded.organisation.supervisorEmails;
    const advocate = await signIn(server(), {
      email: advocateEmail ?? '',
      password: seeded.password,
    });
    // Supervisors must sign in with a second factor: enrol the seeded one with an authenticator.
    const [row] = (await owner.query(`select id from app_user where email = $1`, [
      supervisorEmail,
    ])) as Array<{ id: string }>;
    const totpSecret = newTotpSecret();
    await owner.query(
      `insert into user_mfa (user_id, organisation_id, secret_sealed, confirmed_at, created_at)
       values ($1, $2, $3, now(), now())`,
      [
        row?.id,
        seeded.organisation.id,
        cipherFromEnv().encrypt(totpSecret, `user_mfa.secret:${row?.id ?? ''}`),
      ],
    );
    const supervisor = await signIn(server(), {
      id: row?.id ?? '',
      email: supervisorEmail ?? '',
      password: seeded.password,
      totpSecret,
    });
    const counts: Record<string, number> = {};
    const count = async (name: string, cookie: string, path: string) => {
      const before = statements;
      const res = await request(server()).get(path).set('Cookie', cookie);
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      counts[name] = statements - before;
      return res.body as Record<string, unknown>;
    };
    const first = await count('advocate caseload', advocate, '/api/cases?limit=5');
    const cursor = String(first['nextCursor']);
    await count('advocate caseload, next page', advocate, `/api/cases?limit=5&cursor=${cursor}`);
    const all = await count('supervisor caseload', supervisor, '/api/cases?limit=5');
    await count('supervisor search', supervisor, '/api/cases?limit=5&q=HV-');
    await count('advocate search', advocate, '/api/cases?limit=5&q=HV-');
    const [someCase] = all['items'] as Array<{ id: string; reference: string }>;
    const [ownCase] = first['items'] as Array<{ id: string }>;
    await count(
      'supervisor search by reference',
      supervisor,
      `/api/cases?limit=5&q=${someCase?.reference ?? ''}`,
    );
    await count('case page', supervisor, `/api/cases/${someCase?.id ?? ''}`);
    await count('case page (advocate)', advocate, `/api/cases/${ownCase?.id ?? ''}`);
    await count('timeline', supervisor, `/api/cases/${someCase?.id ?? ''}/timeline`);
    await count('orders', supervisor, `/api/cases/${someCase?.id ?? ''}/orders`);
    await count('timeline (advocate)', advocate, `/api/cases/${ownCase?.id ?? ''}/timeline`);
    await count('orders (advocate)', advocate, `/api/cases/${ownCase?.id ?? ''}/orders`);
    for (const part of ['notes', 'hearings', 'service-attempts']) {
      await count(`${part} (advocate)`, advocate, `/api/cases/${ownCase?.id ?? ''}/${part}`);
    }
    await count('task inbox', advocate, '/api/tasks?assignee=me&status=open&limit=50');
    await count('calendar month', advocate, '/api/calendar?from=2027-03-01&to=2027-03-31');
    await count('board, 30 days', supervisor, '/api/board?days=30');
    await count('at-risk list', supervisor, '/api/board/at-risk');
    return counts;
  }

  it('makes the same number of round trips for each hot request at 20 and at 120 cases', async () => {
    const small = await countPerRequest(await seed(20));
    const large = await countPerRequest(await seed(120));
    console.info('round trips per request (issue 18):', large);
    expect(large).toEqual(small);
    // A caseload page: the session with its user, then the page's rows with their next deadlines
    // and the due-soon counts as one statement, written with its transaction's START (carrying
    // the tenant setting) and COMMIT, one round trip for the three (tenant-connection.ts).
    expect(large['advocate caseload']).toBe(2);
    expect(large['supervisor caseload']).toBe(2);
    // A search: a whole reference is a lookup inside the page's statement; other text first
    // asks case_search_ids for at most the cap's matches (one round trip more), whatever their
    // number, and its count shares the page's statement.
    expect(large).toMatchObject({
      'supervisor search': 3,
      'advocate search': 3,
      'supervisor search by reference': 2,
    });
    // Each starts with the session and its user. A read of one statement then costs one round
    // trip, its START and COMMIT written with it: the case page (the case with its deadlines, an
    // advocate's assignment check part of it); orders (its own orders, extensions and motions,
    // the access check and the rest of the computation's record: case, respondent, petitions,
    // service attempts, hearings, violations, moves, closures); the timeline (its ten reads as
    // JSON arrays over the visible case); notes, hearings, service attempts and the inbox the
    // same way; the board (its groups' counts, deadlines per day and first pages as JSON
    // arrays). The at-risk list is two such statements: its court closures, then its page with
    // the page's deadlines and the total. The calendar keeps one transaction for its two
    // statements (deadlines and hearings in one snapshot), its START carrying the setting.
    expect(large).toMatchObject({
      'case page': 2,
      'case page (advocate)': 2,
      'at-risk list': 3,
      'board, 30 days': 2,
      orders: 2,
      'orders (advocate)': 2,
      timeline: 2,
      'timeline (advocate)': 2,
      'notes (advocate)': 2,
      'hearings (advocate)': 2,
      'service-attempts (advocate)': 2,
      'task inbox': 2,
      'calendar month': 5,
    });
  }, 120_000);

  it('reads the session and its user in one statement and records activity at most once a minute', async () => {
    const seeded = await seed(20);
    const cookie = await signIn(server(), {
      email: seeded.organisation.advocateEmails[0] ?? '',
      password: seeded.password,
    });
    clock.advance(61_000);
    const seen = () =>
      owner.query(
        `select last_seen_at from user_session where revoked_at is null order by last_seen_at desc limit 1`,
      ) as Promise<Array<{ last_seen_at: Date }>>;
    await request(server()).get('/api/cases?limit=1').set('Cookie', cookie).expect(200);
    const touched = (await seen())[0]?.last_seen_at.getTime();
    clock.advance(30_000);
    await request(server()).get('/api/cases?limit=1').set('Cookie', cookie).expect(200);
    expect((await seen())[0]?.last_seen_at.getTime()).toBe(touched);
    clock.advance(31_000);
    await request(server()).get('/api/cases?limit=1').set('Cookie', cookie).expect(200);
    expect((await seen())[0]?.last_seen_at.getTime()).toBe(clock.now().getTime());
  }, 60_000);
});
