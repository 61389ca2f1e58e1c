import { Worker } from 'bullmq';

import { FollowupJob, followupJobId, FOLLOWUPS_QUEUE } from '@api/jobs/queues';
import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';

describe('G10: a retained completed or failed job does not hide lost work', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g10');
  });
  afterAll(async () => {
    await env.close();
  });

  it('redelivers under a new suffix when the row is pending but its job sits in completed or failed', async () => {
    const target = await env.seedCase();
    const ids = await env.seedFollowups(target, 20, DRILL_START);
    const queue = env.queue(FOLLOWUPS_QUEUE);
    // Jobs that "ran" without creating their task: half complete, half fail for good.
    for (const id of ids) {
      await queue.add(
        FollowupJob.Deliver,
        { followupId: id, version: 1 },
        { jobId: followupJobId(id, 1), attempts: 1 },
      );
    }
    const impostor = new Worker(
      FOLLOWUPS_QUEUE,
      async (job) => {
        if (ids.indexOf((job.data as { followupId: string }).followupId) % 2 === 1) {
          throw new Error('lost');
        }
      },
      { prefix: 'haven', connection: { url: env.redis.url, maxRetriesPerRequest: null } },
    );
    const counts = async () => queue.getJobCounts('completed', 'failed');
    for (
      let i = 0;
      i < 100 && ((await counts()).completed ?? 0) + ((await counts()).failed ?? 0) < 20;
      i += 1
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await impostor.close();
    expect(await counts()).toEqual({ completed: 10, failed: 10 });
    expect(await env.taskCount()).toBe(0);

    await env.startWorker();
    const report = await env.settleAndCheck();
    expect(report).toMatchObject({ ...CLEAN_REPORT, followups: 20, tasks: 20 });
    expect(await queue.getJobState(followupJobId(ids[0] as string, 1, 1))).toBe('completed');
  });
});
