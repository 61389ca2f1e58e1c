import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';

import { FOLLOWUPS_QUEUE, followupJobId } from '@api/jobs/queues';
import { EVERY_ROLE, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const PREFIX = `haven-test-planner-settings-${process.pid}`;

const CAST = {
  ...EVERY_ROLE,
  otherAdvocate: { role: 'advocate', otherOrganisation: true },
} satisfies CastSpec;
type Who = keyof typeof CAST;

const DEFAULTS = {
  talkToClientDaysBeforeExpiry: 60,
  fileMotionDaysBeforeDeadline: 30,
  escalateDaysBeforeDeadline: 10,
  firstServiceCheckCourtDays: 2,
  serviceCheckEveryCourtDays: 3,
  extendPreliminaryCourtDaysBeforeHearing: 2,
  medicalNoticeReminderDays: 5,
};

describe('GET and PUT /api/settings/followups (real PostgreSQL)', () => {
  let t: TestApp;
  let queue: Queue;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;
  let otherCase: SeededCase;

  beforeAll(async () => {
    process.env['QUEUE_PREFIX'] = PREFIX;
    t = await createTestApp();
    queue = t.app.get<Queue>(getQueueToken(FOLLOWUPS_QUEUE));
  });
  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await t?.close();
  });
  beforeEach(async () => {
    await queue.obliterate({ force: true });
    cast = await seedCast(t, CAST);
    const { orgId, otherOrgId, users } = cast;
    kase = await insertCase(t.dataSource, orgId, { advocateIds: [users.advocate.id] });
    otherCase = await insertCase(t.dataSource, otherOrgId, {
      advocateIds: [users.otherAdvocate.id],
    });
    for (const [c, who] of [
      [kase, 'advocate'],
      [otherCase, 'otherAdvocate'],
    ] as const) {
      const res = await request(t.app.getHttpServer())
        .post(`/api/cases/${c.id}/orders`)
        .set('Cookie', await cast.signIn(who))
        .send({
          kind: 'FA_PO',
          issuedOn: '2026-11-20',
          statedExpiryOn: '2027-03-31',
          issuingCourtId: 'jdr-fairfax',
          issuingCourtKind: 'JDR',
          issuingLocality: 'Fairfax County',
        });
      expect(res.status).toBe(201);
    }
  });

  const as = (who: Who) => cast.signIn(who);
  const get = async (role: Who) =>
    request(t.app.getHttpServer())
      .get('/api/settings/followups')
      .set('Cookie', await as(role));
  const put = async (role: Who, body: object) =>
    request(t.app.getHttpServer())
      .put('/api/settings/followups')
      .set('Cookie', await as(role))
      .send(body);
  const talk = async (caseId: string) =>
    (
      (await t.dataSource.query(
        `select id, version, due_at from followup
          where case_id = $1 and key like 'extend.talk:%' and state = 'pending'`,
        [caseId],
      )) as Array<{ id: string; version: number; due_at: Date }>
    )[0];

  it('shows the defaults to every signed-in role until someone changes them', async () => {
    for (const role of ['advocate', 'supervisor', 'staff', 'admin'] as const) {
      const res = await get(role);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ settings: DEFAULTS, defaults: DEFAULTS, updatedAt: null });
    }
  });

  it('refuses advocates and staff (403) and stores nothing', async () => {
    const before = await tableFingerprints(t.dataSource, ['followup_settings', 'followup']);
    for (const role of ['advocate', 'staff'] as const) {
      expect((await put(role, { ...DEFAULTS, talkToClientDaysBeforeExpiry: 90 })).status).toBe(403);
    }
    expect(await tableFingerprints(t.dataSource, ['followup_settings', 'followup'])).toEqual(
      before,
    );
  });

  it.each([
    ['talkToClientDaysBeforeExpiry', 0],
    ['fileMotionDaysBeforeDeadline', 366],
    ['serviceCheckEveryCourtDays', 1.5],
    ['medicalNoticeReminderDays', -1],
    ['escalateDaysBeforeDeadline', '10'],
    ['firstServiceCheckCourtDays', undefined],
  ])('refuses %s = %p with 400 naming the field, storing nothing', async (field, value) => {
    const before = await tableFingerprints(t.dataSource, ['followup_settings', 'followup']);
    const res = await put('admin', { ...DEFAULTS, [field]: value });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_failed');
    expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))]).toEqual([field]);
    expect(await tableFingerprints(t.dataSource, ['followup_settings', 'followup'])).toEqual(
      before,
    );
  });

  it.each([
    ['fileMotionDaysBeforeDeadline', { fileMotionDaysBeforeDeadline: 60 }],
    ['fileMotionDaysBeforeDeadline', { talkToClientDaysBeforeExpiry: 20 }],
    ['escalateDaysBeforeDeadline', { escalateDaysBeforeDeadline: 45 }],
  ])(
    'refuses lead times out of order with 400 naming %s, replanning nothing',
    async (field, change) => {
      const before = await tableFingerprints(t.dataSource, ['followup_settings', 'followup']);
      const res = await put('supervisor', { ...DEFAULTS, ...change });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('LEAD_TIMES_OUT_OF_ORDER');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
      expect(await tableFingerprints(t.dataSource, ['followup_settings', 'followup'])).toEqual(
        before,
      );
    },
  );

  it('refuses a field it does not know, by name', async () => {
    const res = await put('admin', { ...DEFAULTS, deliverAt: '09:00' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['deliverAt']);
  });

  it("lets a supervisor change them, audits it, and replans the organisation's open cases only", async () => {
    const before = await talk(kase.id);
    const otherBefore = await talk(otherCase.id);
    // Thu 2027-01-29 08:00 EST with 60 days; 90 days before Wed 2027-03-31 is Thu 2026-12-31.
    expect(before?.due_at.toISOString()).toBe('2027-01-29T13:00:00.000Z');

    const res = await put('supervisor', { ...DEFAULTS, talkToClientDaysBeforeExpiry: 90 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      settings: { ...DEFAULTS, talkToClientDaysBeforeExpiry: 90 },
      defaults: DEFAULTS,
      updatedAt: expect.any(String),
      replannedCases: 1,
    });
    expect((await get('advocate')).body.settings.talkToClientDaysBeforeExpiry).toBe(90);

    const after = await talk(kase.id);
    expect(after).toMatchObject({ id: before?.id, version: (before?.version ?? 0) + 1 });
    expect(after?.due_at.toISOString()).toBe('2026-12-31T13:00:00.000Z');
    expect(await queue.getJob(followupJobId(after!.id, after!.version))).toBeDefined();
    expect(await queue.getJob(followupJobId(before!.id, before!.version))).toBeUndefined();
    expect(await talk(otherCase.id)).toEqual(otherBefore);

    const [audit] = (await t.dataSource.query(
      `select actor_user_id, details from audit_event where action = 'followup_settings_changed'`,
    )) as Array<{ actor_user_id: string; details: Record<string, unknown> }>;
    expect(audit).toMatchObject({
      actor_user_id: cast.users.supervisor.id,
      details: { changed: ['talkToClientDaysBeforeExpiry'], talkToClientDaysBeforeExpiry: 90 },
    });
  });

  it('lets an admin change them too', async () => {
    const res = await put('admin', { ...DEFAULTS, escalateDaysBeforeDeadline: 14 });
    expect(res.status).toBe(200);
    expect(res.body.settings.escalateDaysBeforeDeadline).toBe(14);
  });
});
