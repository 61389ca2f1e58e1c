import { Client } from 'pg';

import { FOLLOWUPS_QUEUE } from '@api/jobs/queues';
import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';
import { sleep, waitFor } from '@api/testing/fault-drills/free-port';

describe('G12: SIGTERM during 20 active jobs', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g12', { env: { JOB_CONCURRENCY: '25' } });
  });
  afterAll(async () => {
    await env.close();
  });

  it('finishes the active jobs, leaves nothing stalled and exits 0', async () => {
    const target = await env.seedCase();
    await env.seedFollowups(target, 20, DRILL_START);
    // Hold every follow-up row locked, so 20 deliveries are active and waiting on PostgreSQL.
    const holder = new Client({ connectionString: env.pg.url });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('begin');
    await holder.query('select id from followup for update');

    const worker = await env.startWorker();
    await waitFor(
      '20 active jobs',
      async () => ((await env.queue(FOLLOWUPS_QUEUE).getActiveCount()) === 20 ? true : null),
      20_000,
    );
    worker.signal('SIGTERM');
    await sleep(1000);
    expect(worker.running).toBe(true); // still finishing its jobs
    await holder.query('commit');
    await holder.end();

    const exit = await worker.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(worker.count(/worker stopped/)).toBe(1);
    expect(await env.taskCount()).toBe(20);
    const counts = await env.queue(FOLLOWUPS_QUEUE).getJobCounts('completed', 'active', 'failed');
    expect(counts).toEqual({ completed: 20, active: 0, failed: 0 });

    // A worker started afterwards finds nothing stalled to recover.
    const next = await env.startWorker();
    await sleep(2500);
    expect(next.count(/stalled/)).toBe(0);
    const report = await env.settleAndCheck();
    expect(report).toMatchObject({ ...CLEAN_REPORT, followups: 20, tasks: 20 });
  });
});
