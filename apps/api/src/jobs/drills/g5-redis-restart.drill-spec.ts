import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import { FOLLOWUPS_QUEUE, MAINTENANCE_QUEUE } from '@api/jobs/queues';
import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';
import { sleep, waitFor } from '@api/testing/fault-drills/free-port';
import type { HavenProcess } from '@api/testing/fault-drills/haven-process';

const HOUR = 3_600_000;

describe('G5: Redis killed and restarted (BullMQ #2964, #2466, #648, #3185, #995)', () => {
  let env: DrillEnvironment;
  let worker: HavenProcess;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g5', { aof: true });
    worker = await env.startWorker();
    ({ url } = await env.startApi());
    cookie = await env.signIn(url, await env.seedUser());
  });
  afterAll(async () => {
    await env.close();
  });

  const health = () => request(url).get('/api/health');
  const delayedAtLeast = (n: number) => async () =>
    (await env.queue(FOLLOWUPS_QUEUE).getDelayedCount()) >= n ? true : null;
  const workerListed = async () =>
    (await env.queue(FOLLOWUPS_QUEUE).getWorkers()).length >= 1 ? true : null;

  it('keeps accepting writes during the outage and resumes without a process restart (AOF on)', async () => {
    const target = await env.seedCase();
    await env.seedFollowups(target, 200, new Date(DRILL_START.getTime() + HOUR));
    await waitFor('200 delayed jobs', delayedAtLeast(200));
    await sleep(1200); // appendfsync everysec

    await env.redis.kill9();
    const down = await health();
    expect(down.status).toBe(503);
    const statuses = await env.openCases(url, cookie, 50, () => aCaseRequest());
    expect(statuses).toEqual(Array(50).fill(201));

    const t0 = Date.now();
    await env.redis.restart();
    await waitFor('the worker listed by Redis again', workerListed, 30_000, 200);
    await waitFor('health up', async () => ((await health()).status === 200 ? true : null), 15_000);
    console.log(`[g5] worker consuming again ${Date.now() - t0} ms after the restart`);
    expect(worker.running).toBe(true);

    env.clock.advance(2 * HOUR);
    const report = await env.settleAndCheck();
    expect(report).toMatchObject(CLEAN_REPORT);
    expect(report.tasks).toBeGreaterThanOrEqual(250);
  });

  it('restores every job and the scheduler when Redis comes back empty', async () => {
    const target = await env.seedCase();
    const pendingBefore = await env.pendingCount();
    await env.seedFollowups(target, 100, new Date(env.clock.now().getTime() + HOUR));
    await waitFor('100 more delayed jobs', delayedAtLeast(pendingBefore + 100));

    await env.redis.restart({ empty: true });
    // The drill's own client (offline queue on) reconnects first and sees the empty server.
    expect(await env.redis.client().zcard('haven:followups:delayed')).toBe(0);
    await waitFor('the reconciler restoring them', delayedAtLeast(pendingBefore + 100), 30_000);
    await waitFor(
      'the reconcile scheduler',
      async () =>
        (await env.queue(MAINTENANCE_QUEUE).getJobScheduler('reconcile-followups')) ? true : null,
      15_000,
    );
    await waitFor('the worker listed by Redis again', workerListed, 30_000, 200);
    expect(worker.running).toBe(true);

    env.clock.advance(2 * HOUR);
    const report = await env.settleAndCheck();
    expect(report).toMatchObject(CLEAN_REPORT);
    expect(report.tasks).toBeGreaterThanOrEqual(350);
  });
});
