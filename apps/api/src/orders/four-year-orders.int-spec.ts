import type request from 'supertest';

import {
  computeDeadlines,
  DEFAULT_FOLLOWUP_LEAD_TIMES,
  planFollowups,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
} from '@haven/rules';

import { virginiaInstant } from '@api/case-computation/followup-planning.service';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

// Issue 14 (rules-spec §1.12): the court's finding of a prior family-abuse order, recorded on a
// final family-abuse order, lets an order issued on or after 1 Jul 2025 run up to four years
// (R10 version 2); its extension stays at most two years from the grant (R12 version 2).

const ORDER_TABLES = [
  'protective_order',
  'order_extension',
  'extension_motion',
  'case_deadline',
  'followup',
];
const CAST = castOf('advocate', 'outsider');
const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
};
const COURT: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };

interface DeadlineRow {
  rule_id: string;
  kind: string;
  order_id: string | null;
  due_on: string;
  due_time: string | null;
  state: string;
}

interface FollowupRow {
  key: string;
  kind: string;
  due_at: Date;
  act_by: string;
  rule_id: string | null;
}

describe('four-year family-abuse final orders: the prior-order finding end to end (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // After both issue dates: Wed 2 Jul 2025, 11:00 in Virginia.
    t.clock.set(new Date('2025-07-02T15:00:00Z'));
    cast = await seedCast(t, CAST);
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
  });

  const fieldsOf = (res: request.Response): string[] =>
    ((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();
  const messageOf = (res: request.Response, field: string): string =>
    ((res.body.fields ?? []) as Array<{ field: string; message: string }>).find(
      (f) => f.field === field,
    )?.message ?? '';
  const postOrder = (body: object) =>
    cast.post('advocate', `/cases/${theCase.id}/orders`, { ...JDR, ...body });
  const deadlines = async (): Promise<DeadlineRow[]> =>
    (await t.dataSource.query(
      `select rule_id, kind, order_id, due_on::text as due_on, to_char(due_time, 'HH24:MI') as due_time, state
         from case_deadline where case_id = $1`,
      [theCase.id],
    )) as DeadlineRow[];
  const followups = async (): Promise<FollowupRow[]> =>
    (await t.dataSource.query(
      `select key, kind, due_at, act_by::text as act_by, rule_id
         from followup where case_id = $1 and state <> 'cancelled'`,
      [theCase.id],
    )) as FollowupRow[];

  it('refuses a four-year expiry on an order issued Mon 30 Jun 2025 under R10@2021-01-01 and stores nothing', async () => {
    const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const res = await postOrder({
      kind: 'FA_PO',
      issuedOn: '2025-06-30',
      statedExpiryOn: '2029-06-30',
      priorFamilyAbuseOrderFinding: true,
      petitionerHouseholdAtInitial: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('STATED_EXPIRY_EXCEEDS_MAXIMUM');
    expect(fieldsOf(res)).toEqual(['statedExpiryOn']);
    const message = messageOf(res, 'statedExpiryOn');
    expect(message).toContain('Va. Code § 16.1-279.1(B)');
    expect(message).toContain('R10@2021-01-01');
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
  });

  it('stores the order of Tue 1 Jul 2025 with the finding for four years, in step with @haven/rules, then caps its extension at two years from the grant (R12 v2)', async () => {
    const res = await postOrder({
      kind: 'FA_PO',
      issuedOn: '2025-07-01',
      statedExpiryOn: '2029-07-01',
      priorFamilyAbuseOrderFinding: true,
      priorFamilyAbuseOrderIssuedOn: '2019-04-15',
      petitionerHouseholdAtInitial: true,
      reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
    });
    expect(res.status).toBe(201);
    const po = res.body as { id: string };
    expect(res.body).toMatchObject({
      kind: 'FA_PO',
      issuedOn: '2025-07-01',
      statedExpiryOn: '2029-07-01',
      priorFamilyAbuseOrderFinding: true,
      priorFamilyAbuseOrderIssuedOn: '2019-04-15',
      computed: { expiresAt: { date: '2029-07-01', time: '23:59' } },
    });
    const row = (await t.dataSource.query(
      `select prior_fa_order_finding, prior_fa_order_issued_on::text as issued_on
         from protective_order where id = $1`,
      [po.id],
    )) as Array<{ prior_fa_order_finding: boolean; issued_on: string | null }>;
    expect(row).toEqual([{ prior_fa_order_finding: true, issued_on: '2019-04-15' }]);

    // The same facts through the rules library, as of the test clock (11:00 in Virginia).
    const order: OrderFacts = {
      orderId: po.id,
      kind: 'FA_PO',
      issuedAt: { date: '2025-07-01' },
      issuingCourt: COURT,
      statedExpiry: { date: '2029-07-01' },
      petitionerWasFamilyOrHouseholdAtInitialOrder: true,
      priorFamilyAbuseOrderFinding: true,
      priorFamilyAbuseOrderIssuedOn: '2019-04-15',
      reliefs: ['NO_ABUSE_OR_CRIME', 'NO_CONTACT'],
    };
    const events: CaseEvent[] = [{ type: 'order_issued', order }];
    const expected = computeDeadlines({ events }, STATEWIDE_CALENDAR, {
      date: '2025-07-02',
      time: '11:00',
    });
    const expiry = expected.deadlines.find((d) => d.kind === 'order_expiry');
    const fileBy = expected.deadlines.find((d) => d.kind === 'file_by');
    expect(expiry).toMatchObject({ ruleVersion: 'R10@2025-07-01', due: { date: '2029-07-01' } });
    expect(fileBy).toBeDefined();

    const stored = await deadlines();
    expect(
      stored.map((d) => [d.rule_id, d.kind, d.order_id, d.due_on, d.due_time, d.state]).sort(),
    ).toEqual(
      expected.deadlines
        .map((d) => [d.ruleId, d.kind, d.orderId ?? null, d.due.date, d.due.time ?? null, d.state])
        .sort(),
    );
    expect(stored.find((d) => d.kind === 'order_expiry')?.due_on).toBe('2029-07-01');
    expect(stored.find((d) => d.kind === 'file_by')?.due_on).toBe(fileBy?.due.date);

    // The extension follow-ups are planned from the four-year expiry.
    const planned = planFollowups(
      expected,
      { petitions: [] },
      DEFAULT_FOLLOWUP_LEAD_TIMES,
      STATEWIDE_CALENDAR,
    );
    const extensionPlanned = planned.filter((p) => p.key.includes(po.id));
    expect(extensionPlanned.length).toBeGreaterThan(0);
    expect(extensionPlanned.every((p) => p.actBy >= '2029-01-01')).toBe(true);
    const storedFollowups = await followups();
    expect(
      storedFollowups
        .map((f) => [f.key, f.kind, f.act_by, f.due_at.toISOString(), f.rule_id])
        .sort(),
    ).toEqual(
      planned
        .map((p) => [p.key, p.kind, p.actBy, virginiaInstant(p.due).toISOString(), p.ruleId])
        .sort(),
    );

    // A motion to extend, filed Fri 1 Jun 2029, granted Fri 15 Jun 2029.
    t.clock.set(new Date('2029-06-01T15:00:00Z'));
    await cast.signIn('advocate'); // the session from 2025 has long expired
    const motion = await cast.post(
      'advocate',
      `/cases/${theCase.id}/orders/${po.id}/extension-motions`,
      { filedOn: '2029-06-01' },
    );
    expect(motion.status).toBe(201);
    expect(motion.body.timeliness).toMatchObject({ status: 'timely', fileBy: fileBy?.due.date });

    t.clock.set(new Date('2029-06-15T15:00:00Z'));
    await cast.signIn('advocate');
    const grantPath = `/cases/${theCase.id}/orders/${po.id}/extension-motions/${motion.body.id}/grant`;
    const beforeGrant = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const tooLong = await cast.post('advocate', grantPath, {
      issuedOn: '2029-06-15',
      statedExpiryOn: '2031-06-16',
    });
    expect(tooLong.status).toBe(400);
    expect(fieldsOf(tooLong)).toEqual(['statedExpiryOn']);
    expect(messageOf(tooLong, 'statedExpiryOn')).toContain('R12@2025-07-01');
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(beforeGrant);

    const granted = await cast.post('advocate', grantPath, {
      issuedOn: '2029-06-15',
      statedExpiryOn: '2031-06-15',
    });
    expect(granted.status).toBe(201);
    expect(granted.body.order).toMatchObject({
      kind: 'FA_PO',
      parentOrderId: po.id,
      extensionOf: 'motion_to_extend',
      statedExpiryOn: '2031-06-15',
      priorFamilyAbuseOrderFinding: false,
      priorFamilyAbuseOrderIssuedOn: null,
      computed: { expiresAt: { date: '2031-06-15', time: '23:59' } },
    });
    const extendedExpiry = (await deadlines()).find(
      (d) => d.order_id === granted.body.order.id && d.kind === 'order_expiry',
    );
    expect(extendedExpiry?.due_on).toBe('2031-06-15');
  });

  it('refuses the finding and the previous order date on a FA_EPO, naming the field, and stores nothing', async () => {
    const before = await tableFingerprints(t.dataSource, ORDER_TABLES);
    const finding = await postOrder({
      kind: 'FA_EPO',
      issuedOn: '2025-07-01',
      issuedTime: '14:00',
      priorFamilyAbuseOrderFinding: true,
    });
    expect(finding.status).toBe(400);
    expect(fieldsOf(finding)).toEqual(['priorFamilyAbuseOrderFinding']);
    expect(messageOf(finding, 'priorFamilyAbuseOrderFinding')).toContain('FA_PO');

    const issuedOn = await postOrder({
      kind: 'FA_EPO',
      issuedOn: '2025-07-01',
      issuedTime: '14:00',
      priorFamilyAbuseOrderIssuedOn: '2020-01-01',
    });
    expect(issuedOn.status).toBe(400);
    expect(fieldsOf(issuedOn)).toEqual(['priorFamilyAbuseOrderIssuedOn']);
    expect(await tableFingerprints(t.dataSource, ORDER_TABLES)).toEqual(before);
  });

  it('refuses a previous order issued after this one, and a finding that is not a boolean', async () => {
    const later = await postOrder({
      kind: 'FA_PO',
      issuedOn: '2025-07-01',
      priorFamilyAbuseOrderFinding: true,
      priorFamilyAbuseOrderIssuedOn: '2025-07-02',
    });
    expect(later.status).toBe(400);
    expect(fieldsOf(later)).toEqual(['priorFamilyAbuseOrderIssuedOn']);
    expect(messageOf(later, 'priorFamilyAbuseOrderIssuedOn')).toContain('issuedOn');

    const notBoolean = await postOrder({
      kind: 'FA_PO',
      issuedOn: '2025-07-01',
      priorFamilyAbuseOrderFinding: 'yes',
    });
    expect(notBoolean.status).toBe(400);
    expect(fieldsOf(notBoolean)).toEqual(['priorFamilyAbuseOrderFinding']);
  });
});
