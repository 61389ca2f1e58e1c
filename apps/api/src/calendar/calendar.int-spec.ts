import request from 'supertest';

import { castOf, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { EXAMPLE_1_EPO } from '@api/testing/request-bodies';
import { createTestApp, type TestApp } from '@api/testing/test-app';

type Item = {
  id: string;
  date: string;
  time: string | null;
  kind: string;
  caseId: string;
  title: string;
  ruleId: string | null;
  citation: string | null;
};

const CAST = {
  ...castOf('advocate', 'colleague', 'supervisor', 'outsider'),
  outsiderAdvocate: { role: 'advocate', otherOrganisation: true },
} satisfies CastSpec;

describe('calendar of hearings, expiries and filing deadlines (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let mine: SeededCase;
  let colleagues: SeededCase;
  let foreign: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-11-24T03:00:00Z'));
    cast = await seedCast(t, CAST);
    const { orgId, otherOrgId, users } = cast;
    mine = await insertCase(t.dataSource, orgId, { advocateIds: [users.advocate.id] });
    colleagues = await insertCase(t.dataSource, orgId, { advocateIds: [users.colleague.id] });
    foreign = await insertCase(t.dataSource, otherOrgId, {
      advocateIds: [users.outsiderAdvocate.id],
    });

    // An emergency order through the API, so its expiry is the rules library's (example 1).
    const epo = await cast.post('advocate', `/cases/${mine.id}/orders`, EXAMPLE_1_EPO);
    expect(epo.status).toBe(201);
    // A hearing continued from 8 to 15 December on the colleague's case, and one in another org.
    const hearing = async (c: SeededCase, on: string, outcome: string | null) =>
      t.dataSource.query(
        `insert into hearing (organisation_id, case_id, kind, scheduled_on, scheduled_time, outcome,
           continuance_reason, held_on)
         values ($1, $2, 'ppo_full_hearing', $3, '09:30', $4, $5, $6)`,
        [
          c.organisationId,
          c.id,
          on,
          outcome,
          outcome ? 'Respondent asked for time' : null,
          outcome ? on : null,
        ],
      );
    await hearing(colleagues, '2026-12-08', 'continued');
    await hearing(colleagues, '2026-12-15', null);
    await hearing(foreign, '2026-12-10', null);
  });

  const get = async (who: keyof typeof CAST, query: Record<string, string>) =>
    request(t.app.getHttpServer())
      .get('/api/calendar')
      .query(query)
      .set('Cookie', await cast.signIn(who));

  it('shows a supervisor every case’s dates, a continued hearing only on its new date', async () => {
    const res = await get('supervisor', { from: '2026-11-01', to: '2026-12-31' });
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'order_expiry',
          caseId: mine.id,
          date: '2026-11-30',
          time: '23:59',
          ruleId: 'VA.FA.EPO.EXPIRY',
          citation: 'Va. Code § 16.1-253.4',
        }),
        expect.objectContaining({
          kind: 'hearing',
          caseId: colleagues.id,
          date: '2026-12-15',
          time: '09:30',
        }),
      ]),
    );
    expect(items.some((i) => i.date === '2026-12-08')).toBe(false);
    expect(items.some((i) => i.caseId === foreign.id)).toBe(false);
    expect(res.body.truncated).toBe(false);
    const keys = items.map((i) => `${i.date} ${i.time ?? '99:99'}`);
    expect([...keys].sort()).toEqual(keys);
  });

  it('shows an advocate only their own cases, and another organisation none of these', async () => {
    const own = await get('advocate', { from: '2026-11-01', to: '2026-12-31' });
    expect(new Set((own.body.items as Item[]).map((i) => i.caseId))).toEqual(new Set([mine.id]));
    const outside = await get('outsider', { from: '2026-11-01', to: '2026-12-31' });
    expect((outside.body.items as Item[]).map((i) => i.caseId)).toEqual([foreign.id]);
  });

  it('shows an advocate the entries the supervisor sees on the advocate’s open cases, no others', async () => {
    // A case shared with the colleague, its hearing continued into December; and a closed case.
    const shared = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id, cast.users.colleague.id],
    });
    const closed = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
    });
    const continued = await cast.post('advocate', `/cases/${shared.id}/orders`, EXAMPLE_1_EPO);
    expect(continued.status).toBe(201);
    const hearing = (c: SeededCase, on: string, outcome: string | null) =>
      t.dataSource.query(
        `insert into hearing (organisation_id, case_id, kind, scheduled_on, scheduled_time, outcome,
           continuance_reason, held_on)
         values ($1, $2, 'final_trial', $3, null, $4, $5, $6)`,
        [c.organisationId, c.id, on, outcome, outcome ? 'Court closed' : null, outcome ? on : null],
      );
    await hearing(shared, '2026-12-02', 'continued');
    await hearing(shared, '2026-12-21', null);
    await hearing(closed, '2026-12-03', null);
    await t.dataSource.query(
      `update case_file set stage = 'closed', closed_on = '2026-11-24' where id = $1`,
      [closed.id],
    );

    const range = { from: '2026-11-01', to: '2027-01-31' };
    const all = (await get('supervisor', range)).body.items as Item[];
    const own = (await get('advocate', range)).body.items as Item[];
    const ownCases = new Set([mine.id, shared.id]);
    // The same entries in the same order, as the organisation's statement reads them.
    expect(own).toEqual(all.filter((i) => ownCases.has(i.caseId)));
    expect(new Set(own.map((i) => i.caseId))).toEqual(ownCases);
    expect(own.filter((i) => i.kind === 'hearing').map((i) => i.date)).toEqual(['2026-12-21']);
    expect(own.some((i) => i.caseId === closed.id)).toBe(false);
    // A narrower range keeps to it on both ends.
    const december = (await get('advocate', { from: '2026-12-01', to: '2026-12-31' })).body
      .items as Item[];
    expect(december).toEqual(own.filter((i) => i.date >= '2026-12-01' && i.date <= '2026-12-31'));
  });

  it("shows a supervisor one advocate's month: exactly what that advocate sees", async () => {
    const range = { from: '2026-11-01', to: '2026-12-31' };
    for (const who of ['advocate', 'colleague'] as const) {
      const chosen = await get('supervisor', { ...range, advocateId: cast.users[who].id });
      expect(chosen.status).toBe(200);
      const own = await get(who, range);
      expect(chosen.body).toEqual(own.body);
      expect((chosen.body.items as Item[]).length).toBeGreaterThan(0);
    }
    // An advocate may name themselves, to the same answer.
    const self = await get('advocate', { ...range, advocateId: cast.users.advocate.id });
    expect(self.body).toEqual((await get('advocate', range)).body);
  });

  it("refuses another organisation's person, a malformed id and another advocate's calendar, naming advocateId", async () => {
    const range = { from: '2026-11-01', to: '2026-12-31' };
    for (const [who, advocateId, status] of [
      ['supervisor', cast.users.outsiderAdvocate.id, 400],
      ['supervisor', 'not-a-user-id', 400],
      ['advocate', cast.users.colleague.id, 403],
    ] as const) {
      const res = await get(who, { ...range, advocateId });
      expect(res.status).toBe(status);
      expect(JSON.stringify(res.body)).toContain('advocateId');
      expect(JSON.stringify(res.body)).not.toContain(foreign.id);
    }
  });

  it('answers at most 2,000 entries, the first by date, and says the range held more', async () => {
    // 2,001 hearings on the colleague's case across December, two a day at most an hour apart.
    await t.dataSource.query(
      `insert into hearing (organisation_id, case_id, kind, scheduled_on, scheduled_time)
       select $1, $2, 'ppo_full_hearing', date '2026-12-01' + (n / 100), time '08:00' + n % 100 * interval '1 minute'
         from generate_series(0, 2000) n`,
      [colleagues.organisationId, colleagues.id],
    );
    const res = await get('supervisor', { from: '2026-12-01', to: '2026-12-31' });
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items).toHaveLength(2000);
    expect(res.body.truncated).toBe(true);
    // Nothing after the last day listed came before it: the cut is at the end of the order.
    expect(items.at(-1)?.date).toBe('2026-12-20');
    expect(items.filter((i) => i.date === '2026-12-01' && i.kind === 'hearing')).toHaveLength(100);
    const own = await get('advocate', { from: '2026-12-01', to: '2026-12-31' });
    expect(own.body.truncated).toBe(false);
  });

  it('refuses a reversed, too long or impossible range naming the field', async () => {
    for (const [query, field] of [
      [{ from: '2026-12-01', to: '2026-11-01' }, 'to'],
      [{ from: '2026-01-01', to: '2026-12-31' }, 'to'],
      [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
      [{ to: '2026-03-01' }, 'from'],
    ] as const) {
      const res = await get('supervisor', query);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
  });
});
