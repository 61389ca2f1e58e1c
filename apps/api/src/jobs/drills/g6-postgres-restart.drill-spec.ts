import { FOLLOWUPS_QUEUE } from '@api/jobs/queues';
import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

describe('G6: PostgreSQL restarted (-m immediate) while jobs run', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g6', { env: { JOB_CONCURRENCY: '4' } });
  });
  afterAll(async () => {
    await env.close();
  });

  it('retries the failed deliveries with backoff until all complete, without a worker restart', async () => {
    const target = await env.seedCase();
    await env.seedFollowups(target, 1000, DRILL_START);
    const workers = await Promise.all([env.startWorker(), env.startWorker()]);

    const atCrash = await waitFor(
      '200 tasks',
      async () => {
        const n = await env.taskCount();
        return n >= 200 ? n : null;
      },
      60_000,
      10,
    );
    env.pg.restartImmediate();
    console.log(`[g6] restarted PostgreSQL -m immediate at ${atCrash} tasks`);
    // The drill's own connection died with the server; the processes must reconnect by themselves.
    await env.reconnectDb();

    const report = await env.settleAndCheck(120_000);
    expect(report).toMatchObject({ ...CLEAN_REPORT, followups: 1000, tasks: 1000 });
    const counts = await env.queue(FOLLOWUPS_QUEUE).getJobCounts('failed', 'completed');
    expect(counts.failed).toBe(0);
    expect(workers.every((w) => w.running)).toBe(true);
    const retried = workers.reduce((n, w) => n + w.count(/failed \(attempt/), 0);
    console.log(`[g6] ${retried} delivery attempt(s) failed and were retried`);
  });
});
