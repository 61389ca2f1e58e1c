import { followupJobId, FOLLOWUPS_QUEUE, MAINTENANCE_QUEUE } from '@api/jobs/queues';
import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

const HOUR = 3_600_000;

describe('G4: FLUSHALL erases every job and the reconciler scheduler', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g4');
  });
  afterAll(async () => {
    await env.close();
  });

  it('restores every pending follow-up and the scheduler without a restart; none lost, none doubled', async () => {
    const target = await env.seedCase();
    const ids = await env.seedFollowups(target, 500, new Date(DRILL_START.getTime() + HOUR));
    const worker = await env.startWorker();
    const followups = env.queue(FOLLOWUPS_QUEUE);
    const maintenance = env.queue(MAINTENANCE_QUEUE);
    const allDelayed = async () => {
      const states = await Promise.all(
        ids.map((id) => followups.getJobState(followupJobId(id, 1))),
      );
      return states.every((s) => s === 'delayed') ? true : null;
    };
    await waitFor('500 delayed jobs', allDelayed, 30_000, 200);
    expect(await maintenance.getJobScheduler('reconcile-followups')).toBeTruthy();

    await env.redis.client().flushall();
    expect(await followups.getJobState(followupJobId(ids[0] as string, 1))).toBe('unknown');
    expect(await maintenance.getJobScheduler('reconcile-followups')).toBeFalsy();

    // No restart: the worker's setInterval fallback re-registers the scheduler and reconciles.
    await waitFor('500 delayed jobs again', allDelayed, 30_000, 200);
    await waitFor(
      'the reconcile scheduler again',
      async () => ((await maintenance.getJobScheduler('reconcile-followups')) ? true : null),
      15_000,
    );
    expect(worker.running).toBe(true);
    expect(await env.taskCount()).toBe(0);

    env.clock.advance(2 * HOUR);
    const report = await env.settleAndCheck();
    expect(report).toMatchObject({ ...CLEAN_REPORT, followups: 500, tasks: 500 });
  });
});
