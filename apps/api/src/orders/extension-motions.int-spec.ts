import type request from 'supertest';

import { computeDeadlines, STATEWIDE_CALENDAR, type CaseEvent } from '@haven/rules';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const ORDER_TABLES = ['protective_order', 'order_extension', 'extension_motion', 'case_deadline'];
const CAST = castOf('advocate', 'staff', 'outsider');
const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
};
const GDC = {
  issuingCourtId: 'gdc-fairfax',
  issuingCourtKind: 'GDC',
  issuingLocality: 'Fairfax County',
};

interface DeadlineRow {
  rule_id: string;
  kind: string;
  order_id: string | null;
  due_on: string;
  due_time: string | null;
  state: string;
}

describe('motions to extend: timeliness, grant and denial (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let foreignCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    cast = await seedCast(t, CAST);
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId);
  });

  const created = (
    res: request.Response,
    what: string,
  ): { id: string } & Record<string, unknown> => {
    if (res.status !== 201)
      throw new Error(`${what} not created: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const deadlines = async (): Promise<DeadlineRow[]> =>
    (await t.dataSource.query(
      `select rule_id, kind, order_id, due_on::text as due_on, to_char(due_time, 'HH24:MI') as due_time, state
         from case_deadline where case_id = $1 order by due_on, due_time nulls first, rule_id, kind`,
      [theCase.id],
    )) as DeadlineRow[];
  const fieldsOf = (res: request.Response): string[] =>
    ((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();

  /** Example 25's first order: FA final order of Mon 15 Jun 2026 stating Thu 15 Jun 2028. */
  const finalOrder = async (who: keyof typeof CAST = 'advocate', caseId = theCase.id) =>
    created(
      await cast.post(who, `/cases/${caseId}/orders`, {
        kind: 'FA_PO',
        issuedOn: '2026-06-15',
        statedExpiryOn: '2028-06-15',
        petitionerHouseholdAtInitial: true,
        reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
        ...JDR,
      }),
      'order',
    );

  it('reports a motion filed after the AOV final order expired as untimely, keeps it, and refuses to grant it (example 26)', async () => {
    t.clock.set(new Date('2028-03-13T15:00:00Z'));
    const po = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders`, {
        kind: 'AOV_PO',
        issuedOn: '2026-03-10',
        ...GDC,
      }),
      'order',
    );
    const res = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions`,
      {
        filedOn: '2028-03-13',
      },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      orderId: po.id,
      filedOn: '2028-03-13',
      outcome: 'pending',
      timeliness: {
        status: 'untimely',
        ruleId: 'VA.AOV.PO',
        ruleVersion: 'R25@2021-01-01',
        expiresAt: { date: '2028-03-10', time: '23:59' },
        fileBy: '2028-03-10',
      },
    });
    expect(res.body.timeliness.explanation).toContain('untimely');

    const order = await cast.get('advocate', `/cases/${theCase.id}/orders/${po.id}`);
    expect(order.body.computed).toMatchObject({ status: 'expired', extensionMotion: 'untimely' });
    expect(order.body.extensionMotions).toHaveLength(1);
    expect((await deadlines()).find((d) => d.kind === 'file_by')?.state).toBe('missed');

    const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const grant = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions/${res.body.id}/grant`,
      {
        issuedOn: '2028-03-13',
      },
    );
    expect(grant.status).toBe(409);
    expect(grant.body.error).toBe('EXTENSION_MOTION_NOT_TIMELY');
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
  });

  it('grants a timely motion as a new order in the chain, in step with @haven/rules (example 25)', async () => {
    t.clock.set(new Date('2028-05-22T15:00:00Z'));
    const po = await finalOrder();
    const motion = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions`,
      {
        filedOn: '2028-05-22',
      },
    );
    expect(motion.status).toBe(201);
    expect(motion.body.timeliness).toMatchObject({
      status: 'timely',
      ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
    });

    t.clock.set(new Date('2028-06-08T15:00:00Z'));
    await cast.signIn('advocate'); // the session from 17 days ago has expired
    const grant = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.body.id}/grant`,
      {
        issuedOn: '2028-06-08',
      },
    );
    expect(grant.status).toBe(201);
    const extended = grant.body.order;
    expect(extended).toMatchObject({
      kind: 'FA_PO',
      issuedOn: '2028-06-08',
      parentOrderId: po.id,
      extensionOf: 'motion_to_extend',
      issuingCourtId: 'jdr-fairfax',
      reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
      status: 'granted',
      computed: { expiresAt: { date: '2030-06-08', time: '23:59' } },
    });
    expect(grant.body.motion).toMatchObject({
      id: motion.body.id,
      outcome: 'granted',
      decidedOn: '2028-06-08',
      grantedOrderId: extended.id,
      timeliness: { status: 'timely' },
    });

    const list = await cast.get('advocate', `/cases/${theCase.id}/orders`);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([po.id, extended.id]);
    expect(list.body.items[0]).toMatchObject({
      status: 'extended',
      computed: { status: 'superseded', supersededBy: extended.id },
    });

    // The stored deadlines are exactly what the rules library computes for the same facts.
    const court = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' } as const;
    const events: CaseEvent[] = [
      {
        type: 'order_issued',
        order: {
          orderId: po.id,
          kind: 'FA_PO',
          issuedAt: { date: '2026-06-15' },
          issuingCourt: court,
          statedExpiry: { date: '2028-06-15' },
          petitionerWasFamilyOrHouseholdAtInitialOrder: true,
          reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
        },
      },
      {
        type: 'extension_motion_filed',
        orderId: po.id,
        on: { date: '2028-05-22' },
        motionId: motion.body.id,
      },
      { type: 'extension_granted', orderId: po.id, newOrderId: extended.id, on: '2028-06-08' },
    ];
    const expected = computeDeadlines({ events }, STATEWIDE_CALENDAR, {
      date: '2028-06-08',
      time: '11:00',
    });
    const stored = await deadlines();
    expect(
      stored.map((d) => [d.rule_id, d.kind, d.order_id, d.due_on, d.due_time, d.state]).sort(),
    ).toEqual(
      expected.deadlines
        .map((d) => [d.ruleId, d.kind, d.orderId ?? null, d.due.date, d.due.time ?? null, d.state])
        .sort(),
    );
    expect(
      stored.find((d) => d.order_id === extended.id && d.kind === 'order_expiry'),
    ).toMatchObject({
      rule_id: 'VA.FA.PO.EXTENSION',
      due_on: '2030-06-08',
    });
  });

  it('grants atomically: a refused extended order leaves the motion pending, the order unextended and the deadlines as they were', async () => {
    t.clock.set(new Date('2028-06-08T15:00:00Z'));
    const po = await finalOrder();
    const motion = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders/${po.id}/extension-motions`, {
        filedOn: '2028-05-22',
      }),
      'motion',
    );
    const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const grant = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.id}/grant`,
      {
        issuedOn: '2028-06-08',
        statedExpiryOn: '2030-06-09',
      },
    );
    expect(grant.status).toBe(400);
    expect(fieldsOf(grant)).toEqual(['statedExpiryOn']);
    expect(grant.body.fields[0].message).toContain('Va. Code § 16.1-279.1');
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
    const rows = (await t.dataSource.query('select status from protective_order')) as Array<{
      status: string;
    }>;
    expect(rows).toEqual([{ status: 'granted' }]);
    const motions = (await t.dataSource.query('select outcome from extension_motion')) as Array<{
      outcome: string;
    }>;
    expect(motions).toEqual([{ outcome: 'pending' }]);
  });

  it('grants a motion once when two grants arrive together: one new order, the other 409', async () => {
    t.clock.set(new Date('2028-06-08T15:00:00Z'));
    const po = await finalOrder();
    const motion = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders/${po.id}/extension-motions`, {
        filedOn: '2028-05-22',
      }),
      'motion',
    );
    const path = `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.id}/grant`;
    const results = await Promise.all([
      cast.post('advocate', path, { issuedOn: '2028-06-08' }),
      cast.post('advocate', path, { issuedOn: '2028-06-08' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const orders = (await t.dataSource.query(
      'select status from protective_order order by issued_on',
    )) as Array<{ status: string }>;
    expect(orders).toEqual([{ status: 'extended' }, { status: 'granted' }]);
  });

  it('denies a motion; a decided motion cannot be granted, and a second motion may then be filed', async () => {
    t.clock.set(new Date('2028-06-01T15:00:00Z'));
    const po = await finalOrder();
    const first = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders/${po.id}/extension-motions`, {
        filedOn: '2028-05-22',
      }),
      'motion',
    );
    const pending = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions`,
      {
        filedOn: '2028-05-23',
      },
    );
    expect(pending.status).toBe(409);
    expect(pending.body.error).toBe('EXTENSION_MOTION_PENDING');

    const denied = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions/${first.id}/deny`,
      {
        deniedOn: '2028-05-30',
      },
    );
    expect(denied.status).toBe(200);
    expect(denied.body).toMatchObject({
      outcome: 'denied',
      decidedOn: '2028-05-30',
      grantedOrderId: null,
    });
    const late = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions/${first.id}/grant`,
      {
        issuedOn: '2028-05-31',
      },
    );
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('EXTENSION_MOTION_DECIDED');
    const second = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions`,
      {
        filedOn: '2028-05-31',
      },
    );
    expect(second.status).toBe(201);
  });

  it('records a motion on an EPO as not applicable and refuses to grant it as an extension', async () => {
    t.clock.set(new Date('2026-11-24T15:00:00Z'));
    const epo = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders`, {
        kind: 'FA_EPO',
        issuedOn: '2026-11-23',
        issuedTime: '21:40',
        ...JDR,
      }),
      'order',
    );
    const motion = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${epo.id}/extension-motions`,
      {
        filedOn: '2026-11-24',
      },
    );
    expect(motion.status).toBe(201);
    expect(motion.body.timeliness.status).toBe('not_applicable');
    const grant = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${epo.id}/extension-motions/${motion.body.id}/grant`,
      {
        issuedOn: '2026-11-24',
      },
    );
    expect(grant.status).toBe(409);
    expect(grant.body.error).toBe('ORDER_NOT_EXTENDABLE_ON_MOTION');
  });

  it('refuses a motion filed before the order was issued and a grant dated before the motion, naming the field', async () => {
    t.clock.set(new Date('2028-06-08T15:00:00Z'));
    const po = await finalOrder();
    const early = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions`,
      {
        filedOn: '2026-06-14',
      },
    );
    expect(early.status).toBe(400);
    expect(fieldsOf(early)).toEqual(['filedOn']);
    const motion = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders/${po.id}/extension-motions`, {
        filedOn: '2028-05-22',
      }),
      'motion',
    );
    const grant = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.id}/grant`,
      {
        issuedOn: '2028-05-21',
      },
    );
    expect(grant.status).toBe(400);
    expect(fieldsOf(grant)).toEqual(['issuedOn']);
  });

  it("answers 404 for another organisation's order or motion and for a motion of another order, changing nothing", async () => {
    t.clock.set(new Date('2028-06-01T15:00:00Z'));
    const mine = await finalOrder();
    const sibling = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders`, {
        kind: 'FA_PO',
        issuedOn: '2026-07-01',
        ...JDR,
      }),
      'order',
    );
    const theirs = await finalOrder('outsider', foreignCase.id);
    const theirMotion = created(
      await cast.post(
        'outsider',
        `/cases/${foreignCase.id}/orders/${theirs.id}/extension-motions`,
        {
          filedOn: '2028-05-22',
        },
      ),
      'motion',
    );
    const myMotion = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders/${mine.id}/extension-motions`, {
        filedOn: '2028-05-22',
      }),
      'motion',
    );
    const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const attempts = [
      await cast.post(
        'advocate',
        `/cases/${foreignCase.id}/orders/${theirs.id}/extension-motions`,
        {
          filedOn: '2028-05-23',
        },
      ),
      await cast.post(
        'advocate',
        `/cases/${foreignCase.id}/orders/${theirs.id}/extension-motions/${theirMotion.id}/grant`,
        { issuedOn: '2028-06-01' },
      ),
      await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders/${mine.id}/extension-motions/${theirMotion.id}/grant`,
        { issuedOn: '2028-06-01' },
      ),
      await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders/${mine.id}/extension-motions/${theirMotion.id}/deny`,
        { deniedOn: '2028-06-01' },
      ),
      await cast.post(
        'advocate',
        `/cases/${theCase.id}/orders/${sibling.id}/extension-motions/${myMotion.id}/grant`,
        { issuedOn: '2028-06-01' },
      ),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
  });

  it('refuses staff every motion write with 403', async () => {
    t.clock.set(new Date('2028-06-01T15:00:00Z'));
    const po = await finalOrder();
    const motion = created(
      await cast.post('advocate', `/cases/${theCase.id}/orders/${po.id}/extension-motions`, {
        filedOn: '2028-05-22',
      }),
      'motion',
    );
    const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const writes = [
      await cast.post('staff', `/cases/${theCase.id}/orders/${po.id}/extension-motions`, {
        filedOn: '2028-05-23',
      }),
      await cast.post(
        'staff',
        `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.id}/grant`,
        { issuedOn: '2028-06-01' },
      ),
      await cast.post(
        'staff',
        `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.id}/deny`,
        { deniedOn: '2028-06-01' },
      ),
    ];
    expect(writes.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
  });
});
