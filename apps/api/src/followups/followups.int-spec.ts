import { getQueueToken } from '@nestjs/bullmq';
import { Worker, type Job, type Queue } from 'bullmq';
import request from 'supertest';

import { FOLLOWUPS_QUEUE, followupJobId, type DeliverFollowupPayload } from '@api/jobs/queues';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { FollowupDeliveryService } from './followup-delivery.service';

// Issue 6 acceptance, through the real pipeline: a fact recorded over HTTP writes its follow-up rows
// in its transaction, their BullMQ jobs appear after commit, and a real Worker delivers them into
// tasks. Due times are reached by moving the injected clock and promoting the delayed jobs that are
// due by it (what the reconciler does), never by sleeping until a due time.

const PREFIX = `haven-test-planner-followups-${process.pid}`;

const CAST = castOf('advocate', 'supervisor');

interface FollowupRow {
  id: string;
  key: string;
  kind: string;
  version: number;
  state: string;
  due_at: Date;
  act_by: string;
  title: string;
  rule_id: string | null;
  citation: string | null;
  audience: string;
}

interface TaskRow {
  title: string;
  due_on: string;
  source_rule: string | null;
  source_citation: string | null;
  assignee_id: string | null;
  assignee_slot: string;
  status: string;
  followup_id: string;
  followup_version: number;
}

describe('follow-up rules through the outbox, BullMQ and delivery (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let queue: Queue<DeliverFollowupPayload>;
  let worker: Worker<DeliverFollowupPayload>;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;

  beforeAll(async () => {
    process.env['QUEUE_PREFIX'] = PREFIX;
    t = await createTestApp();
    queue = t.app.get<Queue<DeliverFollowupPayload>>(getQueueToken(FOLLOWUPS_QUEUE));
    const delivery = t.app.get(FollowupDeliveryService);
    worker = new Worker<DeliverFollowupPayload>(
      FOLLOWUPS_QUEUE,
      (job: Job<DeliverFollowupPayload>) => delivery.deliver(job.data),
      {
        prefix: PREFIX,
        connection: {
          url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
          maxRetriesPerRequest: null,
        },
      },
    );
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true });
    await t?.close();
  });
  beforeEach(async () => {
    await queue.obliterate({ force: true });
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    cast = await seedCast(t, CAST);
    kase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    await cast.signIn('advocate');
  });

  const http = () => request(t.app.getHttpServer());
  const post = async (path: string, body: object) => {
    const res = await http()
      .post(`/api/cases/${kase.id}${path}`)
      .set('Cookie', cast.cookie.advocate)
      .send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const order = (body: object) =>
    post('/orders', {
      issuingCourtId: 'jdr-fairfax',
      issuingCourtKind: 'JDR',
      issuingLocality: 'Fairfax County',
      ...body,
    });
  // A hearing needs its petition on record first.
  const hearingFor = async (orderId: string, kind: string, scheduledOn: string) => {
    await post('/petitions', {
      orderKindSought: 'FA_PPO',
      filedOn: '2026-11-23',
      courtId: 'jdr-fairfax',
      courtKind: 'JDR',
      courtLocality: 'Fairfax County',
    });
    return post('/hearings', { kind, scheduledOn, orderId });
  };
  const followups = async (): Promise<Map<string, FollowupRow>> => {
    const rows = (await t.dataSource.query(
      `select id, key, kind, version, state, due_at, act_by::text as act_by, title, rule_id, citation, audience
         from followup where case_id = $1 and state <> 'cancelled' order by key`,
      [kase.id],
    )) as FollowupRow[];
    return new Map(rows.map((r) => [r.key, r]));
  };
  const followup = async (key: string): Promise<FollowupRow> => {
    const row = (await followups()).get(key);
    if (!row) throw new Error(`no live follow-up ${key}`);
    return row;
  };
  const stateOf = async (id: string) =>
    (
      (await t.dataSource.query('select state, version from followup where id = $1', [id])) as [
        { state: string; version: number },
      ]
    )[0];
  const tasks = async (): Promise<TaskRow[]> =>
    (await t.dataSource.query(
      `select title, due_on::text as due_on, source_rule, source_citation, assignee_id, assignee_slot,
              status, followup_id, followup_version
         from task where case_id = $1 order by created_at, assignee_slot`,
      [kase.id],
    )) as TaskRow[];
  const jobOf = (row: { id: string; version: number }) =>
    queue.getJob(followupJobId(row.id, row.version));

  async function waitForIdle(): Promise<void> {
    for (let i = 0; i < 400; i += 1) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      if ((counts['waiting'] ?? 0) + (counts['active'] ?? 0) + (counts['prioritized'] ?? 0) === 0) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the worker did not drain the queue');
  }

  /** Moves the clock, then lets the worker deliver every job whose follow-up is due by then. */
  async function at(iso: string): Promise<void> {
    t.clock.set(new Date(iso));
    for (const job of await queue.getDelayed()) {
      const [row] = (await t.dataSource.query('select due_at from followup where id = $1', [
        job.data.followupId,
      ])) as Array<{ due_at: Date }>;
      if (row && row.due_at.getTime() <= t.clock.now().getTime()) await job.promote();
    }
    await waitForIdle();
    // Sessions expire with the clock: sign in again at the new time.
    await cast.signIn('advocate');
  }

  describe('final orders (R11)', () => {
    const finalOrder = () =>
      order({ kind: 'FA_PO', issuedOn: '2026-11-20', statedExpiryOn: '2027-03-31' });

    it('writes each extension follow-up with its due time, rule and citation, and enqueues it', async () => {
      await finalOrder();
      const rows = await followups();
      expect(
        Object.fromEntries(
          [...rows.values()].map((r) => [r.key.split(':')[0], [r.due_at.toISOString(), r.act_by]]),
        ),
      ).toEqual({
        // 08:00 in Virginia: EST (13:00Z) before 14 Mar 2027, EDT (12:00Z) after.
        'extend.talk': ['2027-01-29T13:00:00.000Z', '2027-03-31'],
        'extend.file': ['2027-03-01T13:00:00.000Z', '2027-03-31'],
        'extend.escalate': ['2027-03-19T12:00:00.000Z', '2027-03-31'],
        'extend.deadline': ['2027-03-31T12:00:00.000Z', '2027-03-31'],
        'order.expired': ['2027-04-01T12:00:00.000Z', '2027-04-01'],
      });
      for (const row of rows.values()) {
        expect(row).toMatchObject({ version: 1, state: 'pending' });
        expect(await (await jobOf(row))?.isDelayed()).toBe(true);
      }
    });

    it('creates each task at its time, to the advocate or the supervisor, with its citation', async () => {
      await finalOrder();
      await at('2027-01-29T12:59:00Z');
      expect(await tasks()).toEqual([]);

      await at('2027-01-29T13:00:00Z');
      expect(await tasks()).toEqual([
        expect.objectContaining({
          title: 'Talk to the client about extending',
          due_on: '2027-03-31',
          source_rule: 'VA.FA.PO.EXTENSION_FILE_BY',
          source_citation: 'Va. Code § 16.1-279.1(B)',
          assignee_id: cast.users.advocate.id,
          assignee_slot: 'advocate',
          status: 'open',
        }),
      ]);

      await at('2027-03-19T12:00:00Z');
      const escalation = (await tasks()).slice(1);
      expect(escalation.map((x) => [x.title, x.assignee_id, x.assignee_slot])).toEqual([
        ['File the motion to extend', cast.users.advocate.id, 'advocate'],
        [
          'No motion to extend recorded: the filing deadline is Wed 31 Mar 2027',
          cast.users.supervisor.id,
          `supervisor:${cast.users.supervisor.id}`,
        ],
      ]);

      await at('2027-03-31T12:00:00Z');
      const deadline = (await tasks()).slice(3);
      expect(deadline.map((x) => [x.title, x.assignee_id])).toEqual([
        ['Last day to file the motion to extend: Wed 31 Mar 2027', cast.users.advocate.id],
        ['Last day to file the motion to extend: Wed 31 Mar 2027', cast.users.supervisor.id],
      ]);

      await at('2027-04-01T12:00:00Z');
      const all = await tasks();
      expect(all.at(-1)).toMatchObject({
        title: 'Order expired: confirm with the client',
        source_rule: 'VA.FA.PO.MAX_DURATION',
        source_citation: 'Va. Code § 16.1-279.1(B)',
      });
      expect(all).toHaveLength(6);
      expect([...(await followups()).values()].every((r) => r.state === 'delivered')).toBe(true);
    });

    it('cancels the pending extension follow-ups and their jobs once a motion is recorded', async () => {
      const po = await finalOrder();
      const before = await followups();
      await post(`/orders/${po.id}/extension-motions`, { filedOn: '2026-11-23' });
      const after = await followups();
      expect([...after.keys()]).toEqual([`order.expired:${po.id}`]);
      for (const [key, row] of before) {
        if (key.startsWith('order.expired')) continue;
        expect(await stateOf(row.id)).toEqual({ state: 'cancelled', version: 1 });
        expect(await jobOf(row)).toBeUndefined();
      }
      await at('2027-04-02T12:00:00Z');
      expect((await tasks()).map((x) => x.title)).toEqual([
        'Order expired: confirm with the client',
      ]);
    });

    it('moves the extension tasks with a stated-expiry change; the old version delivers nothing (G9)', async () => {
      const po = await finalOrder();
      const v1 = await followup(`extend.talk:${po.id}`);
      // A correction of the stated expiry, recorded like any fact: written, then recomputed.
      const recompute = t.app.get(CaseComputationService);
      await t.dataSource.transaction(async (manager) => {
        await manager.query(
          `update protective_order set stated_expiry_on = '2027-05-28' where id = $1`,
          [po.id],
        );
        await recompute.recompute(manager, kase.organisationId, kase.id, { other: 'caseId' });
      });
      const v2 = await followup(`extend.talk:${po.id}`);
      expect(v2).toMatchObject({ id: v1.id, version: 2, state: 'pending', act_by: '2027-05-28' });
      expect(v2.due_at.toISOString()).toBe('2027-03-29T12:00:00.000Z');
      expect((await followup(`extend.deadline:${po.id}`)).due_at.toISOString()).toBe(
        '2027-05-28T12:00:00.000Z',
      );
      expect(await jobOf(v1)).toBeUndefined();
      expect(await (await jobOf(v2))?.isDelayed()).toBe(true);

      // The old job, delivered by hand as a stale worker would, makes no task.
      const delivery = t.app.get(FollowupDeliveryService);
      t.clock.set(new Date('2027-01-29T13:00:00Z'));
      expect(await delivery.deliver({ followupId: v1.id, version: 1 })).toBe('stale');
      await at('2027-01-29T13:00:00Z');
      expect(await tasks()).toEqual([]);

      await at('2027-03-29T12:00:00Z');
      expect(await delivery.deliver({ followupId: v2.id, version: 2 })).toBe('already_created');
      expect(await tasks()).toEqual([
        expect.objectContaining({
          title: 'Talk to the client about extending',
          due_on: '2027-05-28',
          followup_id: v1.id,
          followup_version: 2,
        }),
      ]);
    });
  });

  describe('preliminary orders (R26, R07)', () => {
    it('checks service until the hearing, follows a continuance, and stops once served', async () => {
      const ppo = await order({ kind: 'FA_PPO', issuedOn: '2026-11-23' });
      const hearing = await hearingFor(ppo.id, 'ppo_full_hearing', '2026-12-07');
      const due = async () =>
        Object.fromEntries(
          [...(await followups()).values()].map((r) => [r.key, r.due_at.toISOString()]),
        );
      // Thanksgiving and the day after are not court days: +2 court days from Mon 23 Nov is Wed 25,
      // +3 more is Wed 2 Dec; the request to extend comes 2 court days before Mon 7 Dec.
      expect(await due()).toMatchObject({
        [`service.check:${ppo.id}:1`]: '2026-11-25T13:00:00.000Z',
        [`service.check:${ppo.id}:2`]: '2026-12-02T13:00:00.000Z',
        [`ppo.extend:${ppo.id}`]: '2026-12-03T13:00:00.000Z',
      });

      const extendBefore = await followup(`ppo.extend:${ppo.id}`);
      await at('2026-11-25T13:00:00Z');
      expect(await tasks()).toEqual([
        expect.objectContaining({
          title: 'Check service with the sheriff',
          due_on: '2026-11-25',
          source_rule: 'VA.SERVICE.EFFECTIVE_ON_SERVICE',
          assignee_id: cast.users.advocate.id,
        }),
      ]);

      await post(`/hearings/${hearing.id}/continuance`, {
        scheduledOn: '2026-12-14',
        reason: 'The respondent has not been served',
      });
      const extendV2 = await followup(`ppo.extend:${ppo.id}`);
      expect(extendV2).toMatchObject({
        id: extendBefore.id,
        version: extendBefore.version + 1,
        act_by: '2026-12-14',
      });
      expect(await due()).toMatchObject({
        [`service.check:${ppo.id}:3`]: '2026-12-07T13:00:00.000Z',
        [`service.check:${ppo.id}:4`]: '2026-12-10T13:00:00.000Z',
        [`ppo.extend:${ppo.id}`]: '2026-12-10T13:00:00.000Z',
      });
      expect(await jobOf(extendBefore)).toBeUndefined();
      expect(await (await jobOf(extendV2))?.isDelayed()).toBe(true);

      await post('/service-attempts', {
        orderId: ppo.id,
        attemptedOn: '2026-11-25',
        servedBy: 'sheriff',
        method: 'personal',
        outcome: 'served',
      });
      expect([...(await followups()).keys()]).toEqual([`order.expired:${ppo.id}`]);
      expect(await stateOf(extendV2.id)).toEqual({
        state: 'cancelled',
        version: extendV2.version,
      });
      expect(await jobOf(extendV2)).toBeUndefined();
      // The delivered check's open task goes too: the respondent is served.
      expect((await tasks()).map((x) => x.status)).toEqual(['cancelled']);

      // No check and no request to extend after service. The PPO itself ran out on 8 Dec (R05)
      // before the continued hearing, and no reissue is recorded: that is worth a call.
      await at('2026-12-12T13:00:00Z');
      expect((await tasks()).map((x) => x.title)).toEqual([
        'Check service with the sheriff',
        'Order expired: confirm with the client',
      ]);
    });

    it('asks advocate and supervisor to extend an order still unserved 2 court days before the hearing', async () => {
      const ppo = await order({ kind: 'FA_PPO', issuedOn: '2026-11-23' });
      await hearingFor(ppo.id, 'ppo_full_hearing', '2026-12-07');
      await at('2026-12-03T13:00:00Z');
      const asks = (await tasks()).filter((x) => x.title.startsWith('Ask the court'));
      expect(asks.map((x) => [x.assignee_id, x.due_on, x.source_rule, x.source_citation])).toEqual([
        [
          cast.users.advocate.id,
          '2026-12-07',
          'VA.FA.PPO.UNSERVED_EXT',
          'Va. Code § 16.1-253.1(B)',
        ],
        [
          cast.users.supervisor.id,
          '2026-12-07',
          'VA.FA.PPO.UNSERVED_EXT',
          'Va. Code § 16.1-253.1(B)',
        ],
      ]);
      expect(asks[0]?.title).toBe(
        'Ask the court to extend the preliminary order: respondent not served (up to 6 months)',
      );
    });
  });

  it('asks at once to serve an order extended because the respondent was not served (R07), one task', async () => {
    const ppo = await order({ kind: 'FA_PPO', issuedOn: '2026-11-23' });
    const hearing = await hearingFor(ppo.id, 'ppo_full_hearing', '2026-12-07');
    await at('2026-12-07T20:00:00Z');
    await post(`/hearings/${hearing.id}/outcome`, {
      outcome: 'respondent_not_served',
      heldOn: '2026-12-07',
    });
    await post(`/orders/${ppo.id}/extensions`, { kind: 'unserved', grantedOn: '2026-12-07' });
    await at('2026-12-07T20:05:00Z');
    await waitForIdle();
    // A failed attempt recomputes the case: the follow-up already delivered is not delivered again.
    await post('/service-attempts', {
      orderId: ppo.id,
      attemptedOn: '2026-12-07',
      servedBy: 'sheriff',
      method: 'personal',
      outcome: 'not_found',
    });
    await at('2026-12-07T20:10:00Z');
    await waitForIdle();
    const serve = (await tasks()).filter(
      (x) => x.title === 'Have the extended order served as soon as possible',
    );
    expect(serve.map((x) => [x.assignee_id, x.due_on, x.source_rule, x.source_citation])).toEqual([
      [cast.users.advocate.id, '2026-12-07', 'VA.FA.PPO.UNSERVED_EXT', 'Va. Code § 16.1-253.1(B)'],
    ]);
    // The next check comes 3 court days later; no request to extend the order again is planned
    // for the court, only an attorney's question ahead of the extended expiry.
    const live = await followups();
    expect(live.get(`service.check:${ppo.id}@2026-12-07:2`)?.act_by).toBe('2026-12-10');
    expect([...live.keys()].filter((k) => k.startsWith(`ppo.extend:`))).toEqual([]);
    expect(live.get(`ppo.extend_again:${ppo.id}@2026-12-07`)?.act_by).toBe('2027-06-07');
  });

  it('a follow-up for advocate and supervisor delivered twice at once makes one task per assignee', async () => {
    const ppo = await order({ kind: 'FA_PPO', issuedOn: '2026-11-23' });
    await hearingFor(ppo.id, 'ppo_full_hearing', '2026-12-07');
    const ask = await followup(`ppo.extend:${ppo.id}`);
    t.clock.set(new Date('2026-12-03T13:00:00Z'));
    const delivery = t.app.get(FollowupDeliveryService);
    const payload = { followupId: ask.id, version: ask.version };
    const outcomes = await Promise.all([delivery.deliver(payload), delivery.deliver(payload)]);
    expect(outcomes.sort()).toEqual(['already_created', 'created']);
    expect((await tasks()).map((x) => x.assignee_slot).sort()).toEqual([
      'advocate',
      `supervisor:${cast.users.supervisor.id}`,
    ]);
  });

  it('a closed case gets no task when a follow-up falls due; reopening plans what is still owed', async () => {
    const po = await order({ kind: 'FA_PO', issuedOn: '2026-11-20', statedExpiryOn: '2027-03-31' });
    const talk = await followup(`extend.talk:${po.id}`);
    const closed = await http()
      .post(`/api/cases/${kase.id}/close`)
      .set('Cookie', cast.cookie.advocate)
      .send({ closedOn: '2026-11-23', lscClosingCode: 'A' });
    expect(closed.status).toBe(200);
    await at('2027-01-29T13:00:00Z');
    expect(await tasks()).toEqual([]);
    expect(await stateOf(talk.id)).toEqual({ state: 'cancelled', version: talk.version });

    // The replanned follow-up is already due, so its job is enqueued without delay: hold the
    // worker while the new row is read, or it may deliver it first.
    await worker.pause();
    const reopened = await http()
      .post(`/api/cases/${kase.id}/reopen`)
      .set('Cookie', cast.cookie.advocate);
    expect(reopened.status).toBe(200);
    const again = await followup(`extend.talk:${po.id}`);
    expect(again).toMatchObject({ state: 'pending', version: 1 });
    expect(again.id).not.toBe(talk.id);
    await worker.resume();
    await at('2027-01-29T13:01:00Z');
    expect((await tasks()).map((x) => x.title)).toEqual(['Talk to the client about extending']);
  });

  it('emergency order for a minor: the petition and next-friend tasks at issuance', async () => {
    await order({
      kind: 'FA_EPO',
      issuedOn: '2026-11-23',
      issuedTime: '08:30',
      protectsMinorAgainstParent: true,
    });
    await waitForIdle();
    expect((await tasks()).map((x) => [x.title, x.due_on, x.source_rule])).toEqual(
      expect.arrayContaining([
        [
          'File the petition for a preliminary order before the emergency order expires on Mon 30 Nov 2026',
          '2026-11-30',
          'VA.FA.EPO.EXPIRY',
        ],
        [
          'File the next-friend petition for the minor by 11:59 p.m. Tue 1 Dec 2026',
          '2026-12-01',
          'VA.FA.EPO.NEXT_FRIEND',
        ],
      ]),
    );
    expect(await tasks()).toHaveLength(2);
  });

  it('medical evidence: the notice task ahead of a final trial (R13)', async () => {
    await t.dataSource.query('update case_file set has_medical_evidence = true where id = $1', [
      kase.id,
    ]);
    const ppo = await order({ kind: 'FA_PPO', issuedOn: '2026-11-23' });
    await post('/service-attempts', {
      orderId: ppo.id,
      attemptedOn: '2026-11-23',
      servedBy: 'sheriff',
      method: 'personal',
      outcome: 'served',
    });
    const trial = await hearingFor(ppo.id, 'final_trial', '2026-12-17');
    const notice = await followup(`hearing.medical_notice:${trial.id}`);
    expect(notice.due_at.toISOString()).toBe('2026-12-02T13:00:00.000Z');
    await at('2026-12-02T13:00:00Z');
    expect(await tasks()).toEqual([
      expect.objectContaining({
        title:
          'Give the respondent notice of the medical records (copy and written notice) by Mon 7 Dec 2026',
        due_on: '2026-12-07',
        source_rule: 'VA.FA.MEDICAL_NOTICE',
        source_citation: 'Va. Code § 16.1-245.1',
      }),
    ]);
  });

  describe('G1: the outbox is atomic', () => {
    const insertOrder = (manager: { query: (q: string, p: unknown[]) => Promise<unknown> }) =>
      manager.query(
        `insert into protective_order (organisation_id, case_id, kind, issued_on, issuing_court_id,
           issuing_court_kind, issuing_locality)
         values ($1, $2, 'FA_PPO', '2026-11-23', 'jdr-fairfax', 'JDR', 'Fairfax County')`,
        [kase.organisationId, kase.id],
      );
    const idsIn = async (manager: { query: (q: string, p: unknown[]) => Promise<unknown> }) =>
      (await manager.query('select id, version from followup where case_id = $1', [
        kase.id,
      ])) as Array<{ id: string; version: number }>;

    it('a transaction that fails after writing the fact leaves neither row nor job', async () => {
      const recompute = t.app.get(CaseComputationService);
      let written: Array<{ id: string; version: number }> = [];
      await expect(
        t.dataSource.transaction(async (manager) => {
          await insertOrder(manager);
          await recompute.recompute(manager, kase.organisationId, kase.id, { other: 'caseId' });
          written = await idsIn(manager);
          throw new Error('deliberate failure after the fact and its follow-ups were written');
        }),
      ).rejects.toThrow('deliberate failure');
      expect(written.length).toBeGreaterThan(2);
      expect(await t.dataSource.query('select id from protective_order')).toEqual([]);
      expect(await t.dataSource.query('select id from followup')).toEqual([]);
      for (const row of written) expect(await jobOf(row)).toBeUndefined();
      expect(await queue.count()).toBe(0);
    });

    it('commits fact and follow-ups together, and enqueues only after the commit', async () => {
      const recompute = t.app.get(CaseComputationService);
      let written: Array<{ id: string; version: number }> = [];
      let jobsBeforeCommit = -1;
      await t.dataSource.transaction(async (manager) => {
        await insertOrder(manager);
        await recompute.recompute(manager, kase.organisationId, kase.id, { other: 'caseId' });
        written = await idsIn(manager);
        jobsBeforeCommit = await queue.count();
      });
      expect(jobsBeforeCommit).toBe(0);
      expect(written.length).toBeGreaterThan(2);
      for (const row of written) expect(await jobOf(row)).toBeDefined();
      expect(await t.dataSource.query('select id from protective_order')).toHaveLength(1);
    });
  });
});
