import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';
import { waitFor } from '@api/testing/fault-drills/free-port';

describe('G2: kill -9 of a worker in the middle of 1,000 due jobs', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g2', { env: { JOB_CONCURRENCY: '4' } });
  });
  afterAll(async () => {
    await env.close();
  });

  it('leaves every task existing exactly once after a new worker takes over', async () => {
    const target = await env.seedCase();
    await env.seedFollowups(target, 1000, DRILL_START);
    const [victim] = await Promise.all([env.startWorker(), env.startWorker()]);
    if (!victim) throw new Error('no worker');

    const atKill = await waitFor(
      'about 400 tasks',
      async () => {
        const n = await env.taskCount();
        return n >= 400 ? n : null;
      },
      60_000,
      10,
    );
    await victim.kill9();
    console.log(`[g2] killed ${victim.name} at ${atKill} tasks`);
    expect(atKill).toBeLessThan(1000);

    await env.startWorker();
    const report = await env.settleAndCheck();
    expect(report).toMatchObject({ ...CLEAN_REPORT, followups: 1000, tasks: 1000 });
  });
});
