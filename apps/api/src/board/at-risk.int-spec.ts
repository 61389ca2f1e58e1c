import request from 'supertest';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import {
  insertClosureRow,
  insertExtensionMotionRow,
  insertHearingRow,
  insertOrderRow,
  insertPetitionRow,
  insertServiceAttemptRow,
} from '@api/testing/fact-rows.fixtures';

const MARKER = 'ZZ-OTHER-ORG-AT-RISK';

const CAST = castOf('supervisor', 'advocate', 'outsider');

interface Item {
  reason: string;
  case: { id: string; reference: string; clientName: string };
  order: { id: string; kind: string; issuedOn: string };
  hearingId: string | null;
  dueOn: string;
  dueTime: string | null;
  courtDaysLeft: number;
  rules: Array<{
    ruleId: string;
    kind: string;
    citation: string;
    explanation: string;
    dueOn: string;
  }>;
  basis: { ruleId: string; citation: string; explanation: string };
  gap: { from: string; until: string | null } | null;
}

// Today is Mon 30 Nov 2026. Court days after it: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7, Tue 8 Dec, …
describe('protection at risk (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let c: SeededCase;

  const http = () => request(t.app.getHttpServer());
  const atRisk = (query = '', who: keyof typeof CAST = 'supervisor') =>
    http().get(`/api/board/at-risk${query}`).set('Cookie', cast.cookie[who]);
  const items = async (query = '') => (await atRisk(query)).body.items as Item[];
  const recompute = (sc: SeededCase) =>
    t.dataSource.transaction((m) =>
      t.app.get(CaseComputationService).recompute(m, sc.organisationId, sc.id, { other: 'caseId' }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('truncate table case_file, client, respondent, court_closure cascade');
    t.clock.set(new Date('2026-11-30T15:00:00Z'));
    await cast.signInAll();
    c = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
  });

  describe('(a) final orders expiring with no motion to extend', () => {
    let orderId: string;
    beforeEach(async () => {
      orderId = await insertOrderRow(t.dataSource, c, { kind: 'FA_PO', issuedOn: '2024-12-08' });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId,
        attemptedOn: '2024-12-09',
        outcome: 'served',
      });
      await recompute(c);
    });

    it('lists a final order expiring within 10 court days, naming the file-by rule first', async () => {
      expect(await items()).toEqual([
        {
          reason: 'final_order_expiring_without_motion',
          case: { id: c.id, reference: c.reference, clientName: expect.any(String) },
          order: { id: orderId, kind: 'FA_PO', issuedOn: '2024-12-08' },
          hearingId: null,
          dueOn: '2026-12-08',
          dueTime: '23:59',
          courtDaysLeft: 6,
          rules: [
            expect.objectContaining({
              ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
              kind: 'file_by',
              dueOn: '2026-12-08',
              citation: 'Va. Code § 16.1-279.1(B)',
            }),
            expect.objectContaining({
              ruleId: 'VA.FA.PO.MAX_DURATION',
              kind: 'order_expiry',
              dueOn: '2026-12-08',
            }),
          ],
          basis: {
            ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
            citation: 'Va. Code § 16.1-279.1(B)',
            explanation: expect.stringContaining('No motion to extend is recorded'),
          },
          gap: null,
        },
      ]);
    });

    it('counts court days with the organisation’s closures', async () => {
      expect(await items('?courtDays=5')).toEqual([]);
      await insertClosureRow(t.dataSource, cast.orgId, { closedOn: '2026-12-02' });
      expect(await items('?courtDays=5')).toEqual([
        expect.objectContaining({
          order: expect.objectContaining({ id: orderId }),
          courtDaysLeft: 5,
        }),
      ]);
      // A closure of another court does not change this order's court days.
      await t.dataSource.query('truncate table court_closure');
      await insertClosureRow(t.dataSource, cast.orgId, {
        closedOn: '2026-12-02',
        courtIds: ['jdr-arlington'],
      });
      expect(await items('?courtDays=5')).toEqual([]);
    });

    it('drops the order once a motion to extend is recorded', async () => {
      await insertExtensionMotionRow(t.dataSource, c, orderId, '2026-11-30');
      await recompute(c);
      expect(await items()).toEqual([]);
    });

    it('drops a dissolved order', async () => {
      await t.dataSource.query(
        `update protective_order set status = 'dissolved', dissolved_on = '2026-11-30' where id = $1`,
        [orderId],
      );
      await recompute(c);
      expect(await items()).toEqual([]);
    });
  });

  describe('(b) preliminary orders with a hearing near and the respondent unserved', () => {
    let orderId: string;
    beforeEach(async () => {
      await insertPetitionRow(t.dataSource, c, '2026-11-27');
      orderId = await insertOrderRow(t.dataSource, c, { kind: 'FA_PPO', issuedOn: '2026-11-27' });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId,
        attemptedOn: '2026-11-28',
        outcome: 'not_found',
      });
      await recompute(c);
    });

    it('lists the order with its hearing and the hearing-by rule', async () => {
      const hearingId = await insertHearingRow(t.dataSource, c, {
        orderId,
        scheduledOn: '2026-12-03',
        scheduledTime: '09:00',
      });
      await recompute(c);
      expect(await items()).toEqual([
        expect.objectContaining({
          reason: 'preliminary_hearing_respondent_unserved',
          order: { id: orderId, kind: 'FA_PPO', issuedOn: '2026-11-27' },
          hearingId,
          dueOn: '2026-12-03',
          dueTime: '09:00',
          courtDaysLeft: 3,
          rules: [
            expect.objectContaining({
              ruleId: 'VA.FA.PPO.DURATION',
              kind: 'hearing_by',
              dueOn: '2026-12-14',
            }),
            expect.objectContaining({ ruleId: 'VA.FA.PPO.DURATION', kind: 'max_expiry' }),
          ],
        }),
      ]);
      expect(await items('?courtDays=2')).toEqual([]);
    });

    it('falls back to the hearing-by day when no hearing is scheduled', async () => {
      // Hearing due by Mon 14 Dec: the 10th court day after today.
      expect(await items()).toEqual([
        expect.objectContaining({ hearingId: null, dueOn: '2026-12-14', courtDaysLeft: 10 }),
      ]);
      expect(await items('?courtDays=9')).toEqual([]);
    });

    it('drops the order once service on the respondent is recorded', async () => {
      await insertHearingRow(t.dataSource, c, {
        orderId,
        scheduledOn: '2026-12-03',
        scheduledTime: '09:00',
      });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId,
        attemptedOn: '2026-11-30',
        outcome: 'served',
      });
      await recompute(c);
      expect(await items()).toEqual([]);
    });
  });

  describe('(c) emergency orders with no petition since issuance', () => {
    let orderId: string;
    beforeEach(async () => {
      // Issued Sun 29 Nov at 21:00: expires at the end of Wed 2 Dec (R01).
      await insertPetitionRow(t.dataSource, c, '2026-11-20');
      orderId = await insertOrderRow(t.dataSource, c, {
        kind: 'FA_EPO',
        issuedOn: '2026-11-29',
        issuedTime: '21:00',
      });
      await recompute(c);
    });

    it('lists the order, ignoring a petition filed before it was issued', async () => {
      expect(await items()).toEqual([
        expect.objectContaining({
          reason: 'emergency_order_without_petition',
          order: { id: orderId, kind: 'FA_EPO', issuedOn: '2026-11-29' },
          dueOn: '2026-12-02',
          dueTime: '23:59',
          courtDaysLeft: 2,
          rules: [
            expect.objectContaining({
              ruleId: 'VA.FA.EPO.EXPIRY',
              kind: 'order_expiry',
              citation: 'Va. Code § 16.1-253.4',
            }),
          ],
        }),
      ]);
    });

    it('drops the order once a petition is filed on or after its issuance', async () => {
      await insertPetitionRow(t.dataSource, c, '2026-11-30');
      await recompute(c);
      expect(await items()).toEqual([]);
    });

    it('drops the order once a later order follows it', async () => {
      await insertOrderRow(t.dataSource, c, {
        kind: 'FA_PPO',
        issuedOn: '2026-11-30',
        parentOrderId: orderId,
      });
      await recompute(c);
      expect((await items()).map((i) => i.order.kind)).not.toContain('FA_EPO');
    });
  });

  describe('(d) final orders entered but not served, so not in effect', () => {
    let orderId: string;
    beforeEach(async () => {
      orderId = await insertOrderRow(t.dataSource, c, { kind: 'FA_PO', issuedOn: '2026-11-20' });
      await recompute(c);
    });

    it('lists the unserved final order with the service rule (R26) and its citation', async () => {
      expect(await items()).toEqual([
        expect.objectContaining({
          reason: 'final_order_unserved',
          order: { id: orderId, kind: 'FA_PO', issuedOn: '2026-11-20' },
          dueOn: '2026-11-20',
          courtDaysLeft: 0,
          basis: {
            ruleId: 'VA.SERVICE.EFFECTIVE_ON_SERVICE',
            citation: expect.stringMatching(/\S/),
            explanation: expect.stringContaining('not in effect'),
          },
          gap: null,
        }),
      ]);
    });

    it('drops it once served, including in open court', async () => {
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId,
        attemptedOn: '2026-11-20',
        outcome: 'served',
        method: 'open_court',
      });
      await recompute(c);
      expect(await items()).toEqual([]);
    });

    it('ignores an unsuccessful attempt, and an order that has expired', async () => {
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId,
        attemptedOn: '2026-11-24',
        outcome: 'not_found',
      });
      await recompute(c);
      expect((await items()).map((i) => i.reason)).toEqual(['final_order_unserved']);
      const old = await insertCase(t.dataSource, cast.orgId);
      await insertOrderRow(t.dataSource, old, { kind: 'FA_PO', issuedOn: '2024-06-01' });
      await recompute(old);
      expect((await items()).map((i) => i.case.id)).toEqual([c.id]);
    });
  });

  describe('(e) a lapse between orders', () => {
    it('lists a preliminary order that expired the day before the final order was entered', async () => {
      // PPO issued Mon 2 Nov: R05 ends it at the end of Tue 17 Nov; the final order came on 18 Nov.
      await insertPetitionRow(t.dataSource, c, '2026-11-02');
      const ppo = await insertOrderRow(t.dataSource, c, { kind: 'FA_PPO', issuedOn: '2026-11-02' });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId: ppo,
        attemptedOn: '2026-11-02',
        outcome: 'served',
      });
      const po = await insertOrderRow(t.dataSource, c, {
        kind: 'FA_PO',
        issuedOn: '2026-11-18',
        parentOrderId: ppo,
      });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId: po,
        attemptedOn: '2026-11-18',
        outcome: 'served',
        method: 'open_court',
      });
      await recompute(c);
      expect(await items()).toEqual([
        expect.objectContaining({
          reason: 'protection_lapsed',
          order: { id: ppo, kind: 'FA_PPO', issuedOn: '2026-11-02' },
          dueOn: '2026-11-17',
          courtDaysLeft: 0,
          gap: { from: '2026-11-18', until: '2026-11-18' },
          basis: {
            ruleId: 'VA.FA.PPO.DURATION',
            citation: 'Va. Code § 16.1-253.1(B)',
            explanation: expect.stringContaining('next order was entered on 2026-11-18'),
          },
          rules: [expect.objectContaining({ ruleId: 'VA.FA.PPO.DURATION', dueOn: '2026-11-17' })],
        }),
      ]);
    });

    it('does not list a final order entered while the preliminary order was still in force', async () => {
      await insertPetitionRow(t.dataSource, c, '2026-11-02');
      const ppo = await insertOrderRow(t.dataSource, c, { kind: 'FA_PPO', issuedOn: '2026-11-02' });
      const po = await insertOrderRow(t.dataSource, c, {
        kind: 'FA_PO',
        issuedOn: '2026-11-17',
        parentOrderId: ppo,
      });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId: po,
        attemptedOn: '2026-11-17',
        outcome: 'served',
      });
      await recompute(c);
      expect(await items()).toEqual([]);
    });

    it('lists a preliminary order that ran out with nothing after it, while the gap lasts', async () => {
      await insertPetitionRow(t.dataSource, c, '2026-11-02');
      const ppo = await insertOrderRow(t.dataSource, c, { kind: 'FA_PPO', issuedOn: '2026-11-02' });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId: ppo,
        attemptedOn: '2026-11-03',
        outcome: 'served',
      });
      await recompute(c);
      expect(await items()).toEqual([
        expect.objectContaining({
          reason: 'protection_lapsed',
          order: expect.objectContaining({ id: ppo }),
          gap: { from: '2026-11-18', until: null },
          basis: expect.objectContaining({
            explanation: expect.stringContaining('no order has been entered since'),
          }),
        }),
      ]);
    });

    it('lets a gap closed more than 30 days ago fall off the board', async () => {
      await insertPetitionRow(t.dataSource, c, '2026-09-01');
      const ppo = await insertOrderRow(t.dataSource, c, { kind: 'FA_PPO', issuedOn: '2026-09-01' });
      const po = await insertOrderRow(t.dataSource, c, {
        kind: 'FA_PO',
        issuedOn: '2026-10-20',
        parentOrderId: ppo,
      });
      await insertServiceAttemptRow(t.dataSource, c, {
        orderId: po,
        attemptedOn: '2026-10-20',
        outcome: 'served',
      });
      await recompute(c);
      expect(await items()).toEqual([]);
    });
  });

  it('covers act-of-violence and substantial risk orders, soonest first', async () => {
    const aov = await insertOrderRow(t.dataSource, c, {
      kind: 'AOV_PO',
      issuedOn: '2024-12-04',
      court: 'GDC',
    });
    await insertServiceAttemptRow(t.dataSource, c, {
      orderId: aov,
      attemptedOn: '2024-12-04',
      outcome: 'served',
    });
    const esroCase = await insertCase(t.dataSource, cast.orgId);
    const esro = await insertOrderRow(t.dataSource, esroCase, {
      kind: 'ESRO',
      issuedOn: '2026-11-27',
      issuedTime: '10:00',
      court: 'CIRCUIT',
    });
    await recompute(c);
    await recompute(esroCase);
    expect((await items()).map((i) => [i.order.id, i.reason, i.dueOn, i.rules[0]?.ruleId])).toEqual(
      [
        [aov, 'final_order_expiring_without_motion', '2026-12-04', 'VA.AOV.PO'],
        [esro, 'emergency_order_without_petition', '2026-12-11', 'VA.SRO.EMERGENCY'],
      ],
    );
  });

  it("never lists another organisation's orders", async () => {
    const foreign = await insertCase(t.dataSource, cast.otherOrgId);
    await t.dataSource.query('update client set full_name = $1 where id = $2', [
      MARKER,
      foreign.clientId,
    ]);
    await insertOrderRow(t.dataSource, foreign, { kind: 'FA_PO', issuedOn: '2024-12-08' });
    await recompute(foreign);
    expect(JSON.stringify((await atRisk()).body)).not.toContain(MARKER);
    expect(JSON.stringify((await atRisk('', 'outsider')).body)).toContain(MARKER);
  });

  it('is for supervisors (403 for an advocate) and validates courtDays', async () => {
    expect((await atRisk('', 'advocate')).status).toBe(403);
    for (const bad of ['0', 'ten', '1.5', '1000']) {
      const res = await atRisk(`?courtDays=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'courtDays' })]),
      );
    }
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?after=bm90LWEtY3Vyc29y', 'after'],
    ]) {
      const res = await atRisk(query);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([expect.objectContaining({ field })]);
    }
    const ok = await atRisk();
    expect(ok.body).toEqual({
      today: '2026-11-30',
      courtDays: 10,
      items: [],
      total: 0,
      nextCursor: null,
    });
  });

  it('reads the list a page at a time, most urgent first, with its total', async () => {
    // Three final orders served long ago, expiring Fri 4, Mon 7 and Tue 8 Dec with no motion,
    // and an unserved final order entered on 20 Nov.
    const expiring: string[] = [];
    for (const issuedOn of ['2024-12-08', '2024-12-04', '2024-12-07']) {
      const sc = await insertCase(t.dataSource, cast.orgId);
      const orderId = await insertOrderRow(t.dataSource, sc, { kind: 'FA_PO', issuedOn });
      await insertServiceAttemptRow(t.dataSource, sc, {
        orderId,
        attemptedOn: issuedOn,
        outcome: 'served',
      });
      await recompute(sc);
      expiring.push(orderId);
    }
    const unserved = await insertOrderRow(t.dataSource, c, {
      kind: 'FA_PO',
      issuedOn: '2026-11-20',
    });
    await recompute(c);
    const whole = await items();
    expect(whole.map((i) => [i.reason, i.order.id, i.dueOn])).toEqual([
      ['final_order_unserved', unserved, '2026-11-20'],
      ['final_order_expiring_without_motion', expiring[1], '2026-12-04'],
      ['final_order_expiring_without_motion', expiring[2], '2026-12-07'],
      ['final_order_expiring_without_motion', expiring[0], '2026-12-08'],
    ]);

    const seen: Item[] = [];
    let after = '';
    for (const size of [3, 1]) {
      const page = await atRisk(`?limit=3${after}`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(4);
      expect(page.body.items).toHaveLength(size);
      seen.push(...(page.body.items as Item[]));
      after = page.body.nextCursor ? `&after=${page.body.nextCursor as string}` : '';
      expect(after === '').toBe(size === 1);
    }
    expect(seen).toEqual(whole);
  });
});
