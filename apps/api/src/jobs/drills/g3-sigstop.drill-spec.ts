import { Client } from 'pg';

import { FOLLOWUPS_QUEUE } from '@api/jobs/queues';
import {
  CLEAN_REPORT,
  DRILL_START,
  DrillEnvironment,
} from '@api/testing/fault-drills/drill-environment';
import { sleep, waitFor } from '@api/testing/fault-drills/free-port';

const LOCK_MS = 2000;

describe('G3: SIGSTOP of a worker mid-job past its lock duration (BullMQ #439)', () => {
  let env: DrillEnvironment;

  beforeAll(async () => {
    env = await DrillEnvironment.start('g3', {
      env: { JOB_LOCK_DURATION_MS: String(LOCK_MS), JOB_MAX_STALLED_COUNT: '5' },
    });
  });
  afterAll(async () => {
    await env.close();
  });

  it('delivers each job twice but creates each task once', async () => {
    const target = await env.seedCase();
    await env.seedFollowups(target, 5, DRILL_START);
    // Rows locked by the drill: the first worker's deliveries start and then wait on PostgreSQL.
    const holder = new Client({ connectionString: env.pg.url });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('begin');
    await holder.query('select id from followup for update');

    const frozen = await env.startWorker();
    const queue = env.queue(FOLLOWUPS_QUEUE);
    await waitFor('5 active jobs', async () =>
      (await queue.getActiveCount()) === 5 ? true : null,
    );
    frozen.signal('SIGSTOP');

    const rescuer = await env.startWorker();
    await sleep(3 * LOCK_MS);
    await rescuer.waitForLog(/stalled/, 20_000);
    await holder.query('commit');
    await holder.end();
    await sleep(1000);
    frozen.signal('SIGCONT');

    const report = await env.settleAndCheck();
    expect(report).toMatchObject({ ...CLEAN_REPORT, followups: 5, tasks: 5 });
    // Both processes survive the double delivery.
    await sleep(1500);
    expect([frozen.running, rescuer.running]).toEqual([true, true]);
  });
});
