import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import { CLEAN_REPORT, DrillEnvironment } from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';
import type { HavenProcess } from '@api/testing/fault-drills/haven-process';

describe('G7: Redis out of memory (noeviction) and the eviction-policy check', () => {
  let env: DrillEnvironment;
  let worker: HavenProcess;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g7');
    worker = await env.startWorker();
    ({ url } = await env.startApi());
    cookie = await env.signIn(url, await env.seedUser());
  });
  afterAll(async () => {
    await env.close();
  });

  const health = () => request(url).get('/api/health');

  it('accepts new cases while Redis is full, reports degraded health, then drains', async () => {
    const redis = env.redis.client();
    await redis.set('drill:ballast', 'x'.repeat(3 * 1024 * 1024));
    await redis.config('SET', 'maxmemory', '2mb');

    const degraded = await health();
    expect(degraded.status).toBe(503);
    expect(JSON.stringify(degraded.body)).toContain('Redis memory is full');

    const statuses = await env.openCases(url, cookie, 20, () => aCaseRequest());
    expect(statuses).toEqual(Array(20).fill(201));
    expect(await env.pendingCount()).toBeGreaterThanOrEqual(20);
    expect(env.processes.some((p) => p.count(/could not enqueue/) > 0)).toBe(true);

    await redis.config('SET', 'maxmemory', '0');
    await redis.del('drill:ballast');
    const report = await env.settleAndCheck();
    expect(report).toMatchObject(CLEAN_REPORT);
    expect(report.tasks).toBeGreaterThanOrEqual(20);
    await waitFor('healthy again', async () => ((await health()).status === 200 ? true : null));
  });

  it('flags a wrong eviction policy: worker not ready, health down, a new worker refuses to start', async () => {
    const redis = env.redis.client();
    await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
    await worker.waitForLog(
      /worker not ready: Redis maxmemory-policy is \\"allkeys-lru\\"/,
      15_000,
    );
    const res = await health();
    expect(res.status).toBe(503);
    expect(JSON.stringify(res.body)).toContain('allkeys-lru');

    const refused = env.spawn('worker');
    expect((await refused.exited).code).toBe(1);
    expect(refused.lines.join('\n')).toContain('BullMQ needs "noeviction"');

    await redis.config('SET', 'maxmemory-policy', 'noeviction');
    await worker.waitForLog(/worker ready again/, 15_000);
  });
});
