import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';

import { freePort, sleep, waitFor } from '@api/testing/fault-drills/free-port';
import { HavenProcess } from '@api/testing/fault-drills/haven-process';
import { ThrowawayPostgres } from '@api/testing/fault-drills/throwaway-postgres';
import { ThrowawayRedis } from '@api/testing/fault-drills/throwaway-redis';

// Issue 11: the API and the worker started while PostgreSQL is down used to exit after three quick
// retries. Now both wait with backoff; the API listens at once and reports itself not ready until
// PostgreSQL comes up, on the port it has been trying all along.

describe('PostgreSQL late at start: the API and the worker wait for it', () => {
  let root: string;
  let redis: ThrowawayRedis;
  let pg: ThrowawayPostgres | null = null;
  const processes: HavenProcess[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'haven-drill-pg-late-'));
    // The cluster runs as `postgres` when the drill runs as root: it must reach its directory.
    chmodSync(root, 0o755);
    redis = await ThrowawayRedis.start(root, { aof: false });
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill9()));
    await redis?.stop();
    pg?.stop();
    if (!process.env['KEEP_DRILL_DIRS']) rmSync(root, { recursive: true, force: true });
  });

  it('listens, answers 503 until PostgreSQL is up, then serves, without a restart', async () => {
    const pgPort = await freePort();
    const apiPort = await freePort();
    const url = `http://127.0.0.1:${apiPort}`;
    const databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/haven`;
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATABASE_OWNER_URL: databaseUrl,
      REDIS_URL: redis.url,
      DATA_ENCRYPTION_KEYS: `drill1:${randomBytes(32).toString('base64')}`,
      DATA_ENCRYPTION_KEY_ID: 'drill1',
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
      SESSION_COOKIE_SECURE: 'false',
      WEB_DIST_DIR: join(root, 'no-web-app'),
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
    };
    const api = new HavenProcess('api', 'api', env, join(root, 'api.log'));
    const worker = new HavenProcess('worker', 'worker', env, join(root, 'worker.log'));
    processes.push(api, worker);

    await api.waitForLog(/haven api listening/);
    const down = await request(url).get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.error.database).toEqual({ status: 'down', message: 'database unavailable' });
    const refused = await request(url).get('/api/auth/me');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body.error).toBe('service_unavailable');

    // Long enough for several attempts with growing delays (1 s, 2 s, 4 s…).
    await api.waitForLog(/retrying in 4000 ms/, 30_000);
    await sleep(1000);
    expect(api.running).toBe(true);
    expect(worker.running).toBe(true);
    expect(worker.count(/PostgreSQL unavailable/)).toBeGreaterThan(0);
    expect((await request(url).get('/api/health')).status).toBe(503);

    pg = await ThrowawayPostgres.create(root, { port: pgPort });
    console.log(`[pg-late] PostgreSQL up on :${pgPort} after the API waited`);

    // The next attempt is at most 30 s away (the backoff's cap).
    const up = await waitFor(
      'health 200',
      async () => {
        const res = await request(url).get('/api/health');
        return res.status === 200 ? res : null;
      },
      60_000,
      250,
    );
    expect(up.body.info.database).toEqual({ status: 'up' });
    // The gate is open: the route reaches the database (no such user) instead of answering 503.
    const login = await request(url)
      .post('/api/auth/login')
      .send({ email: 'nobody@invented.example', password: 'not-a-real-passphrase' });
    expect(login.status).toBe(401);
    await worker.waitForLog(/worker ready/, 60_000);
    expect(api.count(/connected to PostgreSQL after \d+ failed attempt/)).toBe(1);
    expect([api.running, worker.running]).toEqual([true, true]);
  });
});
