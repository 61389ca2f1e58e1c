import type request from 'supertest';
import type { QueryRunner } from 'typeorm';

import { MIGRATIONS } from '@migrations';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { CaseComputationService, toDeadlineRows } from './case-computation.service';
import { toOrderProtectionFacts } from './order-protection-facts';

const CAST = castOf('advocate', 'supervisor');
const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
};
const TODAY = '2026-11-30';

/** The migration that created the table, whose backfill must agree with the recompute. */
function backfillMigration(): { backfill(q: QueryRunner, asOf: string): Promise<void> } {
  const migration = MIGRATIONS.find((m) => m.name === 'CreateOrderProtectionFacts1795670000000');
  if (!migration) throw new Error('migration CreateOrderProtectionFacts1795670000000 not listed');
  return new migration() as unknown as { backfill(q: QueryRunner, asOf: string): Promise<void> };
}

/** A stored facts row as the API would derive it: civil dates as text, times as 'HH:MM'. */
interface FactsRow {
  orderId: string;
  caseOpen: boolean;
  served: boolean;
  hasMotion: boolean;
  followed: boolean;
  risk: string | null;
  riskOn: string | null;
  unservedUntil: string | null;
  lapseOn: string | null;
  [column: string]: unknown;
}

// Each fact recorded through the API moves the order on or off the at-risk list, and the stored
// facts equal a fresh derivation from the case (issue 18). Today is Mon 30 Nov 2026.
describe('order protection facts follow every fact (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    t.clock.set(new Date('2026-11-30T15:00:00Z'));
    await cast.signInAll();
    kase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
  });

  const created = (res: request.Response, what: string): string => {
    if (res.status !== 201)
      throw new Error(`${what} not created: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  };
  const post = (path: string, body: object) =>
    cast.post('advocate', `/cases/${kase.id}${path}`, body);
  const order = async (body: object) =>
    created(await post('/orders', { ...JDR, ...body }), 'order');
  const serve = (orderId: string, attemptedOn: string) =>
    post('/service-attempts', {
      orderId,
      attemptedOn,
      servedBy: 'sheriff',
      method: 'personal',
      outcome: 'served',
    });
  const fileMotion = (orderId: string) =>
    post(`/orders/${orderId}/extension-motions`, { filedOn: TODAY });

  /** Reason and order of every item of the list, one page of up to 200. */
  const listed = async () => {
    const res = await cast.get('supervisor', '/board/at-risk?limit=200');
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ reason: string; order: { id: string } }>).map(
      (i) => [i.reason, i.order.id] as const,
    );
  };

  const stored = async (caseId = kase.id): Promise<FactsRow[]> =>
    (await t.dataSource.query(
      `select order_id as "orderId", organisation_id as "organisationId", case_id as "caseId", kind,
              issued_on::text as "issuedOn", court_id as "courtId", case_open as "caseOpen",
              dissolved, followed, has_motion as "hasMotion", served,
              petition_since_issued as "petitionSinceIssued", risk, risk_on::text as "riskOn",
              to_char(risk_time, 'HH24:MI') as "riskTime", risk_hearing_id as "riskHearingId",
              unserved_until::text as "unservedUntil", lapse_on::text as "lapseOn",
              to_char(lapse_time, 'HH24:MI') as "lapseTime", lapse_until::text as "lapseUntil",
              as_of::text as "asOf"
         from order_protection_facts where case_id = $1 order by order_id`,
      [caseId],
    )) as FactsRow[];

  /** The stored rows are exactly what the recompute would derive from the case right now. */
  const expectInSync = async (caseId = kase.id) => {
    const fresh = await t.dataSource.transaction(async (m) => {
      const { record, result } = await t.app
        .get(CaseComputationService)
        .compute(m, cast.orgId, caseId);
      const rows = toDeadlineRows(cast.orgId, caseId, result, new Date());
      return toOrderProtectionFacts(cast.orgId, record, rows, TODAY);
    });
    expect(await stored(caseId)).toEqual(
      [...fresh].sort((a, b) => a.orderId.localeCompare(b.orderId)),
    );
  };

  /** The migration's backfill derives the same rows from the stored tables. */
  const expectBackfillAgrees = async () => {
    const before = await stored();
    await t.dataSource.query('delete from order_protection_facts');
    const runner = t.dataSource.createQueryRunner();
    try {
      await backfillMigration().backfill(runner, TODAY);
    } finally {
      await runner.release();
    }
    expect(await stored()).toEqual(before);
  };

  it('serving the respondent and filing the motion take a final order off the list', async () => {
    const po = await order({
      kind: 'FA_PO',
      issuedOn: '2024-12-08',
      petitionerHouseholdAtInitial: true,
      reliefs: ['NO_ABUSE_OR_CRIME'],
    });
    expect(await listed()).toEqual([
      ['final_order_unserved', po],
      ['final_order_expiring_without_motion', po],
    ]);
    await expectInSync();
    await expectBackfillAgrees();

    expect((await serve(po, '2024-12-09')).status).toBe(201);
    expect(await listed()).toEqual([['final_order_expiring_without_motion', po]]);
    expect(await stored()).toEqual([
      expect.objectContaining({ served: true, hasMotion: false, unservedUntil: null }),
    ]);
    await expectInSync();

    expect((await fileMotion(po)).status).toBe(201);
    expect(await listed()).toEqual([]);
    expect(await stored()).toEqual([
      expect.objectContaining({ served: true, hasMotion: true, risk: null, riskOn: null }),
    ]);
    await expectInSync();
    await expectBackfillAgrees();
  });

  it('entering the next order moves the list to it; closing the case empties it, reopening restores it', async () => {
    created(
      await post('/petitions', {
        orderKindSought: 'FA_PO',
        filedOn: '2026-11-27',
        courtId: 'jdr-fairfax',
        courtKind: 'JDR',
        courtLocality: 'Fairfax County',
      }),
      'petition',
    );
    const ppo = await order({ kind: 'FA_PPO', issuedOn: '2026-11-27', issuedTime: '10:00' });
    expect(await listed()).toEqual([['preliminary_hearing_respondent_unserved', ppo]]);
    await expectInSync();

    const po = await order({
      kind: 'FA_PO',
      issuedOn: TODAY,
      issuedTime: '11:00',
      parentOrderId: ppo,
      petitionerHouseholdAtInitial: true,
      reliefs: ['NO_ABUSE_OR_CRIME'],
    });
    expect(await listed()).toEqual([['final_order_unserved', po]]);
    expect((await stored()).find((r) => r.orderId === ppo)).toMatchObject({
      followed: true,
      risk: null,
      lapseOn: null,
    });
    await expectInSync();
    await expectBackfillAgrees();

    const closed = await post('/close', { closedOn: TODAY, lscClosingCode: 'A' });
    expect(closed.status).toBe(200);
    expect(await listed()).toEqual([]);
    expect((await stored()).map((r) => r.caseOpen)).toEqual([false, false]);
    await expectInSync();
    await expectBackfillAgrees();

    expect((await post('/reopen', {})).status).toBe(200);
    expect(await listed()).toEqual([['final_order_unserved', po]]);
    await expectInSync();
  });

  it('two facts recorded at once on one case both count (no lost update)', async () => {
    const po = await order({
      kind: 'FA_PO',
      issuedOn: '2024-12-08',
      petitionerHouseholdAtInitial: true,
      reliefs: ['NO_ABUSE_OR_CRIME'],
    });
    const [served, motion] = await Promise.all([serve(po, '2024-12-09'), fileMotion(po)]);
    expect([served.status, motion.status]).toEqual([201, 201]);
    expect(await stored()).toEqual([expect.objectContaining({ served: true, hasMotion: true })]);
    expect(await listed()).toEqual([]);
    await expectInSync();
  });
});
