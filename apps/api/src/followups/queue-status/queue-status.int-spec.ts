import { getQueueToken } from '@nestjs/bullmq';
import { UnrecoverableError, Worker, type Queue } from 'bullmq';
import request from 'supertest';

import type { QueueJobState, QueueStatusResponse } from '@haven/contracts';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, insertUser, signIn } from '@api/testing/db-fixtures';
import { freePort, sleep } from '@api/testing/fault-drills/free-port';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { FollowupsProducer } from '../jobs/followups.producer';
import { FOLLOWUPS_QUEUE, followupJobId, type DeliverFollowupPayload } from '@api/jobs/queues';

import { QUEUE_JOB_STATES } from './queue-job-states';

// Issue 11: the dashboard shows the signed-in admin's organisation's jobs and nothing else, no
// Redis server details, and answers 503 at once when Redis is down. The app connects as the
// database owner, which row-level security does not restrict: the organisation filter proven here
// is the dashboard's own.

const PREFIX = `haven-test-queue-status-${process.pid}`;
const NOW = new Date('2026-11-23T14:00:00Z');
const LATER = new Date('2026-12-01T14:00:00Z');
const CAST = castOf('admin', 'advocate');

/** What one organisation put on the queue: a follow-up per state the test leaves a job in. */
interface OrgJobs {
  organisationId: string;
  caseId: string;
  followupIds: string[];
  jobIds: Record<Exclude<QueueJobState, 'active'>, string>;
}

describe('the admin queue dashboard (organisation-scoped, read-only)', () => {
  let t: TestApp;
  let queue: Queue<DeliverFollowupPayload>;
  let cast: Cast<typeof CAST>;
  let otherAdmin: string;
  let ours: OrgJobs;
  let theirs: OrgJobs;

  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    process.env['QUEUE_PREFIX'] = PREFIX;
    t = await createTestApp();
    t.clock.set(NOW);
    queue = t.app.get<Queue<DeliverFollowupPayload>>(getQueueToken(FOLLOWUPS_QUEUE));
    await queue.obliterate({ force: true });
    cast = await seedCast(t, CAST);
    const otherAdminUser = await insertUser(t.dataSource, cast.otherOrgId, { role: 'admin' });
    otherAdmin = await signIn(t.app.getHttpServer(), otherAdminUser);

    const producer = t.app.get(FollowupsProducer);
    ours = await newCase(t, cast.orgId);
    theirs = await newCase(t, cast.otherOrgId);
    // The jobs to finish first, so that a worker taking the next waiting job can only get them.
    for (const org of [ours, theirs]) await enqueue(t, producer, org, ['completed', 'failed']);
    await settle(queue, [ours, theirs]);
    // Enqueued after the others finished, so these two are the most recent activity.
    await sleep(5);
    for (const org of [ours, theirs]) await enqueue(t, producer, org, ['waiting', 'delayed']);
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await t?.close();
  });

  it("shows an admin their organisation's jobs in every state, counted and listed", async () => {
    const res = await cast.get('admin', '/admin/queues');
    expect(res.status).toBe(200);
    const body = res.body as QueueStatusResponse;
    expect(body.queue).toBe('followups');
    expect(body.counts).toEqual({ waiting: 1, delayed: 1, active: 0, completed: 1, failed: 1 });
    expect(Object.fromEntries(body.jobs.map((job) => [job.id, job.state]))).toEqual({
      [ours.jobIds.waiting]: 'waiting',
      [ours.jobIds.delayed]: 'delayed',
      [ours.jobIds.completed]: 'completed',
      [ours.jobIds.failed]: 'failed',
    });
    const failed = body.jobs.find((job) => job.state === 'failed');
    expect(failed).toMatchObject({
      name: 'deliver-followup',
      attempts: 1,
      failedReason: 'invented delivery failure',
    });
    expect(failed?.finishedAt).toEqual(expect.any(String));
    // BullMQ stamps a job with the real clock; the producer delays it by the app's clock.
    const delayed = body.jobs.find((job) => job.state === 'delayed');
    expect(delayed).toMatchObject({ processedAt: null, finishedAt: null, failedReason: null });
    expect(Date.parse(delayed!.runAt) - Date.parse(delayed!.createdAt)).toBe(
      LATER.getTime() - NOW.getTime(),
    );
  });

  it("never shows an admin any id of another organisation's jobs, in any state or listing", async () => {
    const queries = ['', '?limit=200', ...QUEUE_JOB_STATES.map((state) => `?state=${state}`)];
    for (const [viewer, own, other] of [
      [await cast.cookieOf('admin'), ours, theirs],
      [otherAdmin, theirs, ours],
    ] as const) {
      for (const query of queries) {
        const res = await http().get(`/api/admin/queues${query}`).set('Cookie', viewer);
        expect(res.status).toBe(200);
        for (const id of idsOf(other)) expect(res.text).not.toContain(id);
        const listed = (res.body as QueueStatusResponse).jobs.map((job) => job.id);
        expect(Object.values(own.jobIds)).toEqual(expect.arrayContaining(listed));
      }
      const all = (await http().get('/api/admin/queues').set('Cookie', viewer))
        .body as QueueStatusResponse;
      expect(all.jobs.map((job) => job.id).sort()).toEqual(Object.values(own.jobIds).sort());
    }
    // The check has teeth: the other organisation's jobs are in the same Redis queue.
    const everyId = await queue.getRanges([...QUEUE_JOB_STATES], 0, -1);
    expect(everyId).toEqual(expect.arrayContaining(Object.values(theirs.jobIds)));
  });

  it('exposes nothing of the Redis server, and none of the old Bull Board routes', async () => {
    const res = await cast.get('admin', '/admin/queues');
    expect(Object.keys(res.body as object).sort()).toEqual(['counts', 'jobs', 'queue']);
    // No port number here: four digits can turn up inside any uuid.
    expect(res.text).not.toMatch(
      /redis_version|used_memory|connected_clients|maxmemory|uptime|redis:\/\/|127\.0\.0\.1/i,
    );
    for (const path of ['/api/redis/stats', '/api/queues', '/api/queues/followups/x']) {
      const old = await http().get(`/api/admin/queues${path}`).set('Cookie', cast.cookie.admin);
      expect(old.status).toBe(404);
      expect(old.text).not.toMatch(/redis_version|used_memory/i);
    }
  });

  it('lists one state only, newest first, up to the limit asked for', async () => {
    const failed = await cast.get('admin', '/admin/queues?state=failed');
    expect((failed.body as QueueStatusResponse).jobs.map((job) => job.id)).toEqual([
      ours.jobIds.failed,
    ]);
    const two = (await cast.get('admin', '/admin/queues?limit=2')).body as QueueStatusResponse;
    expect(two.jobs.map((job) => job.id).sort()).toEqual(
      [ours.jobIds.waiting, ours.jobIds.delayed].sort(),
    );
    expect(two.counts).toEqual({ waiting: 1, delayed: 1, active: 0, completed: 1, failed: 1 });
  });

  it('refuses a bad state or limit with 400 naming the field', async () => {
    const state = await cast.get('admin', '/admin/queues?state=stalled');
    expect(state.status).toBe(400);
    expect(state.body.fields).toEqual([{ field: 'state', message: expect.any(String) }]);
    const limit = await cast.get('admin', '/admin/queues?limit=0');
    expect(limit.status).toBe(400);
    expect(limit.body.fields).toEqual([{ field: 'limit', message: expect.any(String) }]);
  });

  it('refuses an advocate (403) and a visitor without a session (401)', async () => {
    expect((await cast.get('advocate', '/admin/queues')).status).toBe(403);
    expect((await http().get('/api/admin/queues')).status).toBe(401);
  });

  it('routes no write action', async () => {
    for (const method of ['post', 'put', 'delete'] as const) {
      const res = await http()[method]('/api/admin/queues').set('Cookie', cast.cookie.admin);
      expect(res.status).toBe(404);
    }
  });
});

describe('the admin queue dashboard with Redis unreachable', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    // Nothing listens on a port freePort has just let go of.
    t = await createTestApp(undefined, { redisUrl: `redis://127.0.0.1:${await freePort()}` });
    const cast = await seedCast(t, castOf('admin'));
    admin = await cast.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 503 with Retry-After within a few seconds instead of hanging', async () => {
    const started = Date.now();
    const res = await request(t.app.getHttpServer())
      .get('/api/admin/queues')
      .set('Cookie', admin)
      .timeout(10_000);
    const elapsedMs = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    expect(res.body.error).toBe('QUEUE_UNAVAILABLE');
    expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    expect(elapsedMs).toBeLessThan(5000);
  });
});

async function newCase(t: TestApp, organisationId: string): Promise<OrgJobs> {
  const kase = await insertCase(t.dataSource, organisationId);
  return { organisationId, caseId: kase.id, followupIds: [], jobIds: {} as OrgJobs['jobIds'] };
}

/** A pending follow-up of the case per state named, each enqueued through the real producer. */
async function enqueue(
  t: TestApp,
  producer: FollowupsProducer,
  org: OrgJobs,
  states: Array<keyof OrgJobs['jobIds']>,
): Promise<void> {
  for (const state of states) {
    const dueAt = state === 'delayed' ? LATER : NOW;
    const [row] = (await t.dataSource.query(
      `insert into followup (organisation_id, case_id, kind, key, due_at, act_by, title)
       values ($1, $2, 'case_opened_review', $3, $4, '2026-11-23', 'Review the new case')
       returning id`,
      [org.organisationId, org.caseId, `queue-status:${state}`, dueAt],
    )) as [{ id: string }];
    expect(await producer.enqueue({ id: row.id, version: 1, dueAt })).toBe(true);
    org.followupIds.push(row.id);
    org.jobIds[state] = followupJobId(row.id, 1);
  }
}

/**
 * Completes or fails every waiting job by hand, through a worker that runs no processor, so each
 * ends in exactly the state the test names: the completed ones first, then the failed ones.
 */
async function settle(queue: Queue<DeliverFollowupPayload>, orgs: OrgJobs[]): Promise<void> {
  const worker = new Worker<DeliverFollowupPayload>(FOLLOWUPS_QUEUE, null, {
    prefix: PREFIX,
    connection: { url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' },
    autorun: false,
  });
  const token = 'queue-status-spec';
  try {
    const taken = new Map<string, Awaited<ReturnType<typeof worker.getNextJob>>>();
    for (let i = 0; i < orgs.length * 2; i += 1) {
      const job = await worker.getNextJob(token);
      if (!job?.id) throw new Error('expected another waiting job');
      taken.set(job.id, job);
    }
    for (const org of orgs) {
      await taken.get(org.jobIds.completed)?.moveToCompleted('delivered', token, false);
    }
    for (const org of orgs) {
      await taken
        .get(org.jobIds.failed)
        ?.moveToFailed(new UnrecoverableError('invented delivery failure'), token, false);
    }
  } finally {
    await worker.close();
  }
  expect(await queue.getJobCounts('completed', 'failed', 'waiting', 'active')).toEqual({
    completed: orgs.length,
    failed: orgs.length,
    waiting: 0,
    active: 0,
  });
}

/** Every id of an organisation's that a response could leak. */
function idsOf(org: OrgJobs): string[] {
  return [org.organisationId, org.caseId, ...org.followupIds, ...Object.values(org.jobIds)];
}
