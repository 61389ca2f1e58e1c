import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import { DrillEnvironment } from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

// Security-checks H2: a write the API answered 201 is committed to disk, not only to memory. The
// drill's cluster runs with fsync=on and synchronous_commit=on, as production must.
describe('H2: PostgreSQL killed (kill -9) right after the API answered', () => {
  let env: DrillEnvironment;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    env = await DrillEnvironment.start('h2');
    ({ url } = await env.startApi());
    cookie = await env.signIn(url, await env.seedUser());
  });
  afterAll(async () => {
    await env.close();
  });

  it('runs the cluster as production must: fsync and synchronous commit on', async () => {
    const settings = await env.count(
      `select count(*) as n from pg_settings
        where (name = 'fsync' and setting = 'on') or (name = 'synchronous_commit' and setting = 'on')`,
    );
    expect(settings).toBe(2);
  });

  it('keeps every case whose intake answered 201, with its audit row, after a crash restart', async () => {
    // Several intakes in flight at once, then the crash the moment the last one answered.
    const opened = await Promise.all(
      Array.from({ length: 8 }, () =>
        request(url).post('/api/cases').set('Cookie', cookie).send(aCaseRequest()),
      ),
    );
    expect(opened.map((r) => r.status)).toEqual(opened.map(() => 201));
    const ids = opened.map((r) => (r.body as { id: string }).id);

    await env.pg.crashAndStart();
    await env.reconnectDb();

    expect(await env.count('select count(*) as n from case_file where id = any($1)', [ids])).toBe(
      ids.length,
    );
    expect(
      await env.count(
        `select count(*) as n from audit_event where action = 'case_created' and target_id = any($1)`,
        [ids],
      ),
    ).toBe(ids.length);
    // The API reconnects by itself and goes on answering.
    await waitFor(
      'the API answering again',
      async () => ((await request(url).get('/api/health')).status === 200 ? true : null),
      30_000,
      200,
    );
    const again = await request(url).post('/api/cases').set('Cookie', cookie).send(aCaseRequest());
    expect(again.status).toBe(201);
  });
});
