import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { anOrderRequest } from '@api/testing/request-bodies';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'staff', 'outsider');
type Who = keyof typeof CAST;
const TABLES = ['protective_order', 'case_deadline', 'followup', 'audit_event'];
const REASON = 'The clerk stamped the 16th; we typed the 23rd';

describe('PATCH /api/cases/:caseId/orders/:orderId (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;
  let orderId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    cast = await seedCast(t, CAST);
    kase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    const res = await cast.post('advocate', `/cases/${kase.id}/orders`, anOrderRequest());
    expect(res.status).toBe(201);
    orderId = res.body.id as string;
  });

  const patch = async (body: unknown, who: Who = 'advocate', caseId = kase.id, id = orderId) =>
    request(t.app.getHttpServer())
      .patch(`/api/cases/${caseId}/orders/${id}`)
      .set('Cookie', await cast.cookieOf(who))
      .send(body as object);
  const fieldsOf = (res: request.Response): string[] =>
    [...new Set(((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field))].sort();
  const expiry = async (): Promise<string> => {
    const [row] = (await t.dataSource.query(
      `select due_on::text as due from case_deadline where order_id = $1 and kind = 'order_expiry'`,
      [orderId],
    )) as Array<{ due: string }>;
    return row!.due;
  };

  it('moves the EPO expiry when its issue date is corrected, with the reason audited', async () => {
    expect(await expiry()).toBe('2026-11-30');
    const res = await patch({ issuedOn: '2026-11-16', reason: REASON });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: ['issuedOn'], recomputed: true });
    // Mon 16 Nov: the third day after issuance is Thu 19 Nov, a court day (Va. Code § 16.1-253.4).
    expect(await expiry()).toBe('2026-11-19');
    const audit = (await t.dataSource.query(
      `select target_type, target_id, reason, details from audit_event where action = 'case_fact_corrected'`,
    )) as Array<Record<string, unknown>>;
    expect(audit).toEqual([
      {
        target_type: 'protective_order',
        target_id: orderId,
        reason: REASON,
        details: { caseId: kase.id, fields: ['issuedOn'] },
      },
    ]);
  });

  it.each([
    [{ issuedOn: '2026-12-05', reason: REASON }, 'issuedOn'],
    [{ issuedOn: '2026-13-01', reason: REASON }, 'issuedOn'],
    [{ issuedOn: '2026-11-16' }, 'reason'],
    [{ issuedTime: '25:00', reason: REASON }, 'issuedTime'],
    [{ issuingCourtId: 'jdr-atlantis', reason: REASON }, 'issuingCourtId'],
    [{ statedExpiryOn: '2026-11-01', reason: REASON }, 'statedExpiryOn'],
    [{ statedExpiryTime: '12:00', reason: REASON }, 'statedExpiryTime'],
    [{ issuingCourtKind: 'SUPREME', reason: REASON }, 'issuingCourtKind'],
    [{}, 'body'],
    [{ issuedOn: '2026-11-23' }, 'body'],
  ])('refuses %j with 400 naming %s, changing nothing', async (body, field) => {
    await cast.signInAll(); // the sign-in's audit row belongs before the fingerprint
    const before = await tableFingerprints(t.dataSource, TABLES);
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('keeps the chain in order: a final order may not be corrected to before its parent', async () => {
    const child = await cast.post('advocate', `/cases/${kase.id}/orders`, {
      kind: 'FA_PPO',
      issuedOn: '2026-11-25',
      issuingCourtId: 'jdr-fairfax',
      issuingCourtKind: 'JDR',
      issuingLocality: 'Fairfax County',
      parentOrderId: orderId,
    });
    expect(child.status).toBe(201);
    await cast.signInAll(); // the sign-in's audit row belongs before the fingerprint
    const before = await tableFingerprints(t.dataSource, TABLES);
    const early = await patch(
      { issuedOn: '2026-11-20', reason: REASON },
      'advocate',
      kase.id,
      child.body.id,
    );
    expect(early.status).toBe(400);
    expect(early.body.error).toBe('ORDER_BEFORE_PARENT');
    const late = await patch({ issuedOn: '2026-11-27', reason: REASON });
    expect(late.status).toBe(400);
    expect(late.body.error).toBe('ORDER_AFTER_CHILD');
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('answers 403 to staff and 404 for an order of another case', async () => {
    expect((await patch({ issuedOn: '2026-11-16', reason: REASON }, 'staff')).status).toBe(403);
    const other = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    expect(
      (await patch({ issuedOn: '2026-11-16', reason: REASON }, 'advocate', other.id)).status,
    ).toBe(404);
  });

  it('serialises parallel corrections of one order: both land, neither is lost', async () => {
    const [a, b] = await Promise.all([
      patch({ issuedOn: '2026-11-16', reason: REASON }),
      patch({ issuingLocality: 'Fairfax City' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [row] = (await t.dataSource.query(
      `select issued_on::text as issued_on, issuing_locality from protective_order where id = $1`,
      [orderId],
    )) as Array<Record<string, string>>;
    expect(row).toEqual({ issued_on: '2026-11-16', issuing_locality: 'Fairfax City' });
    expect(await expiry()).toBe('2026-11-19');
  });
});
