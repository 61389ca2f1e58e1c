import type { CaseDetailResponse, CaseNoticeResponse } from '@haven/contracts';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { anOrderRequest } from '@api/testing/request-bodies';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'supervisor', 'outsider');

const OUT_OF_STATE = anOrderRequest({
  issuedTime: undefined,
  kind: 'OOS',
  issuedOn: '2026-06-01',
  issuingCourtId: 'md-montgomery-district',
  issuingCourtKind: 'CIRCUIT',
  issuingLocality: 'Montgomery County, MD',
  issuingState: 'MD',
});

describe('case notices: what the rules ask of a person, on the case page (real PostgreSQL)', () => {
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
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    cast = await seedCast(t, CAST);
    theCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
  });

  const createOrder = async (body: Record<string, unknown>) => {
    const res = await cast.post('advocate', `/cases/${theCase.id}/orders`, body);
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string };
  };
  const noticesOnPage = async (): Promise<CaseNoticeResponse[]> => {
    const res = await cast.get('advocate', `/cases/${theCase.id}`);
    expect(res.status).toBe(200);
    return (res.body as CaseDetailResponse).notices;
  };
  const storedCount = async () =>
    (
      (await t.dataSource.query('select count(*)::int as n from case_notice where case_id = $1', [
        theCase.id,
      ])) as [{ n: number }]
    )[0].n;

  it("shows an out-of-state order's notices with rule, version, citation and order", async () => {
    const oos = await createOrder(OUT_OF_STATE);
    expect(await noticesOnPage()).toEqual([
      {
        kind: 'task',
        ruleId: 'US.FFC.MODIFY_ONLY_IN_ISSUING_STATE',
        ruleVersion: 'R38@2021-01-01',
        text: expect.stringContaining('MD'),
        citation: expect.stringMatching(/\S/),
        assumptions: [],
        orderId: oos.id,
        hearingId: null,
        violationId: null,
      },
      expect.objectContaining({
        kind: 'warning',
        ruleId: 'US.FFC.MODIFY_ONLY_IN_ISSUING_STATE',
        ruleVersion: 'R38@2021-01-01',
        orderId: oos.id,
      }),
    ]);
  });

  it('replaces the notices when a fact changes: a stated expiry recorded drops its warning', async () => {
    const oos = await createOrder(OUT_OF_STATE);
    const res = await cast.patch('advocate', `/cases/${theCase.id}/orders/${oos.id}`, {
      statedExpiryOn: '2027-06-01',
      reason: 'Read off the Maryland order.',
    });
    expect(res.status).toBe(200);
    expect((await noticesOnPage()).map((n) => n.kind)).toEqual(['task']);
    expect(await storedCount()).toBe(1);
  });

  it('lists attorney reviews before tasks and warnings', async () => {
    await createOrder(OUT_OF_STATE);
    // a stated expiry past the maximum, accepted on a supervisor's override, is reviewed.
    const po = await cast.post(
      'supervisor',
      `/cases/${theCase.id}/orders`,
      anOrderRequest({
        kind: 'FA_PO',
        issuedTime: undefined,
        issuedOn: '2026-04-01',
        statedExpiryOn: '2028-04-02',
        statedExpiryOverrideReason: 'The signed order states 2 April 2028; attorney to review.',
      }),
    );
    expect(po.status).toBe(201);
    const notices = await noticesOnPage();
    expect(notices.map((n) => n.kind)).toEqual(['attorney_review', 'task', 'warning']);
    expect(notices[0]).toMatchObject({
      ruleId: 'VA.FA.PO.MAX_DURATION',
      ruleVersion: 'R10@2025-07-01',
      text: expect.stringContaining('The signed order states 2 April 2028'),
      assumptions: ['A-10'],
      orderId: po.body.id,
    });
  });

  it('keeps one set of notices when many facts of one case are recorded at once', async () => {
    const oos = await createOrder(OUT_OF_STATE);
    // More writers than the pool has connections, each recomputing the same case.
    const attempts = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        cast.post('advocate', `/cases/${theCase.id}/service-attempts`, {
          orderId: oos.id,
          attemptedOn: `2026-06-${String(2 + (i % 20)).padStart(2, '0')}`,
          servedBy: 'sheriff',
          method: 'personal',
          outcome: 'not_found',
        }),
      ),
    );
    expect(attempts.map((r) => r.status)).toEqual(attempts.map(() => 201));
    expect(await storedCount()).toBe(2);
    expect((await noticesOnPage()).map((n) => n.kind)).toEqual(['task', 'warning']);
  });

  it("shows another organisation's user nothing of them", async () => {
    await createOrder(OUT_OF_STATE);
    expect((await cast.get('outsider', `/cases/${theCase.id}`)).status).toBe(404);
  });
});
