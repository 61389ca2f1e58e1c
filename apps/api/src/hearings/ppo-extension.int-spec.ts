import request from 'supertest';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';
import {
  insertOrderRow,
  insertPetitionRow,
  insertServiceAttemptRow,
} from '@api/testing/fact-rows.fixtures';

const CAST = castOf('advocate', 'supervisor');
type Who = keyof typeof CAST;

/** What a refused continuance must leave as it was. */
const WATCHED = ['hearing', 'protective_order', 'service_attempt', 'case_deadline'];

// The preliminary order is issued Mon 2 Nov 2026 and served the next day; R05 ends it at the end
// of Tue 17 Nov. Its hearing on Mon 16 Nov is continued to Wed 25 Nov.
describe('a continuance that extends the preliminary order (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let c: SeededCase;
  let ppo: string;
  let hearingId: string;

  const http = () => request(t.app.getHttpServer());
  const as = (who: Who) => cast.cookie[who];
  const continueHearing = (body: object) =>
    http()
      .post(`/api/cases/${c.id}/hearings/${hearingId}/continuance`)
      .set('Cookie', as('advocate'))
      .send({
        scheduledOn: '2026-11-25',
        reason: 'Respondent asked for time to hire counsel',
        ...body,
      });

  async function travelTo(instant: string): Promise<void> {
    t.clock.set(new Date(instant));
    await cast.signInAll();
  }

  /** What would raise an alarm on the case page and the board, on the day it is read. */
  async function alarms(): Promise<{
    atRisk: string[];
    overdue: string[];
    orders: Array<[string, string | undefined]>;
    deadlineStates: string[];
    stage: string;
  }> {
    // The stored states are those of the last recompute: make it today's, as the nightly sweep does.
    await t.dataSource.transaction((m) =>
      t.app.get(CaseComputationService).recompute(m, c.organisationId, c.id, { other: 'caseId' }),
    );
    const atRisk = await http().get('/api/board/at-risk').set('Cookie', as('supervisor'));
    const board = await http().get('/api/board?days=30').set('Cookie', as('supervisor'));
    const orders = await http().get(`/api/cases/${c.id}/orders`).set('Cookie', as('advocate'));
    const detail = await http().get(`/api/cases/${c.id}`).set('Cookie', as('advocate'));
    expect([atRisk.status, board.status, orders.status, detail.status]).toEqual([
      200, 200, 200, 200,
    ]);
    const groups = board.body.groups as Array<{
      items: Array<{ overdue: boolean; kind: string; ruleId: string }>;
    }>;
    return {
      atRisk: (atRisk.body.items as Array<{ reason: string }>).map((i) => i.reason),
      overdue: groups.flatMap((g) => g.items.filter((i) => i.overdue).map((i) => i.kind)),
      orders: (
        orders.body.items as Array<{ kind: string; computed: { status: string } | null }>
      ).map((o) => [o.kind, o.computed?.status]),
      // Advisory targets (R06's "generally within 15 days") pass without anything being wrong.
      deadlineStates: [
        ...new Set(
          (detail.body.deadlines as Array<{ state: string; kind: string }>)
            .filter((d) => d.kind !== 'advisory_target')
            .map((d) => `${d.kind}:${d.state}`),
        ),
      ],
      stage: detail.body.stage as string,
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    await travelTo('2026-11-09T15:00:00Z');
    c = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    await insertPetitionRow(t.dataSource, c, '2026-11-02');
    ppo = await insertOrderRow(t.dataSource, c, { kind: 'FA_PPO', issuedOn: '2026-11-02' });
    await insertServiceAttemptRow(t.dataSource, c, {
      orderId: ppo,
      attemptedOn: '2026-11-03',
      outcome: 'served',
    });
    const scheduled = await http()
      .post(`/api/cases/${c.id}/hearings`)
      .set('Cookie', as('advocate'))
      .send({ kind: 'ppo_full_hearing', scheduledOn: '2026-11-16', orderId: ppo });
    expect(scheduled.status).toBe(201);
    hearingId = scheduled.body.id as string;
    await travelTo('2026-11-16T15:00:00Z');
  });

  it('raises no lapse, missed hearing, ended or expired order once the order was extended', async () => {
    const res = await continueHearing({ preliminaryOrderExtended: true, servedInOpenCourt: true });
    expect(res.status).toBe(201);
    const extended = res.body.extendedOrderId as string;
    expect(res.body.next).toEqual(
      expect.objectContaining({ scheduledOn: '2026-11-25', orderId: extended }),
    );
    expect(
      await t.dataSource.query(
        `select kind, issued_on::text, stated_expiry_on::text, parent_order_id, status, served_on::text
           from protective_order where id = $1`,
        [extended],
      ),
    ).toEqual([
      {
        kind: 'FA_PPO',
        issued_on: '2026-11-16',
        stated_expiry_on: '2026-11-25',
        parent_order_id: ppo,
        status: 'served',
        served_on: '2026-11-16',
      },
    ]);
    expect(
      await t.dataSource.query(
        `select method, outcome, attempted_on::text from service_attempt where order_id = $1`,
        [extended],
      ),
    ).toEqual([{ method: 'open_court', outcome: 'served', attempted_on: '2026-11-16' }]);

    // Past the old order's R05 end (17 Nov), before the new hearing.
    await travelTo('2026-11-23T15:00:00Z');
    const after = await alarms();
    expect(after.atRisk).toEqual([]);
    expect(after.overdue).toEqual([]);
    expect(after.deadlineStates.filter((s) => /:(missed|passed)$/.test(s))).toEqual([]);
    expect(after.orders).toEqual([
      ['FA_PPO', 'superseded'],
      ['FA_PPO', 'in_effect'],
    ]);
    expect(after.stage).not.toBe('order_ended');
  });

  it('without the extension, the same continuance shows the lapse and the missed hearing', async () => {
    const res = await continueHearing({});
    expect(res.status).toBe(201);
    expect(res.body.extendedOrderId).toBeNull();
    await travelTo('2026-11-23T15:00:00Z');
    const after = await alarms();
    expect(after.atRisk).toEqual(['protection_lapsed']);
    expect(after.deadlineStates).toEqual(
      expect.arrayContaining(['hearing_by:missed', 'max_expiry:passed']),
    );
    expect(after.orders).toEqual([['FA_PPO', 'expired']]);
  });

  it('refuses open-court service without an extension, naming the field, and stores nothing', async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const res = await continueHearing({ servedInOpenCourt: true });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'servedInOpenCourt' })]);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it('refuses an extension past the 15 days R05 allows from the continuance, naming scheduledOn', async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const res = await continueHearing({
      scheduledOn: '2026-12-08',
      preliminaryOrderExtended: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'scheduledOn' })]);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it('refuses to extend when the hearing has no preliminary order in force', async () => {
    await t.dataSource.query(
      `update protective_order set status = 'dissolved', dissolved_on = '2026-11-10' where id = $1`,
      [ppo],
    );
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const res = await continueHearing({ preliminaryOrderExtended: true });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([
      expect.objectContaining({ field: 'preliminaryOrderExtended' }),
    ]);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });
});
