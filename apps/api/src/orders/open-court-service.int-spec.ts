import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { insertPetitionRow } from '@api/testing/fact-rows.fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'supervisor');

// A final order entered on Mon 23 Nov 2026 with the respondent present in court.
describe('service in open court (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let c: SeededCase;

  const http = () => request(t.app.getHttpServer());
  const order = (body: object = {}) =>
    http()
      .post(`/api/cases/${c.id}/orders`)
      .set('Cookie', cast.cookie.advocate)
      .send({
        kind: 'FA_PO',
        issuedOn: '2026-11-23',
        issuedTime: '10:30',
        issuingCourtId: 'jdr-fairfax',
        issuingCourtKind: 'JDR',
        issuingLocality: 'Fairfax County',
        ...body,
      });
  const atRisk = async () =>
    (
      (await http().get('/api/board/at-risk').set('Cookie', cast.cookie.supervisor)).body
        .items as Array<{ reason: string }>
    ).map((i) => i.reason);

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    t.clock.set(new Date('2026-11-24T15:00:00Z'));
    await cast.signInAll();
    c = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    await insertPetitionRow(t.dataSource, c, '2026-11-09', 'FA_PO');
  });

  it('records an order entered with the respondent present as served on entry, in effect at once', async () => {
    const res = await order({ servedInOpenCourt: true });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('served');
    expect(res.body.computed).toEqual(
      expect.objectContaining({
        status: 'in_effect',
        enforceableFrom: expect.objectContaining({ date: '2026-11-23', time: '10:30' }),
        service: expect.objectContaining({ status: 'served', personal: true, attempts: 1 }),
      }),
    );
    const attempts = await http()
      .get(`/api/cases/${c.id}/service-attempts`)
      .set('Cookie', cast.cookie.advocate);
    expect(attempts.body).toEqual([
      expect.objectContaining({
        orderId: res.body.id,
        attemptedOn: '2026-11-23',
        attemptedTime: '10:30',
        method: 'open_court',
        outcome: 'served',
      }),
    ]);
    expect(await atRisk()).toEqual([]);
  });

  it('leaves an order entered without it unserved, and on the board as not in effect', async () => {
    const res = await order();
    expect(res.status).toBe(201);
    expect(res.body.computed.service).toEqual(expect.objectContaining({ status: 'unserved' }));
    expect(await atRisk()).toEqual(['final_order_unserved']);
  });

  it('accepts open court as the method of a later recorded service', async () => {
    const created = await order();
    const res = await http()
      .post(`/api/cases/${c.id}/service-attempts`)
      .set('Cookie', cast.cookie.advocate)
      .send({
        orderId: created.body.id,
        attemptedOn: '2026-11-24',
        servedBy: 'other',
        method: 'open_court',
        outcome: 'served',
      });
    expect(res.status).toBe(201);
    expect(await atRisk()).toEqual([]);
  });

  it('refuses a servedInOpenCourt that is not a boolean, naming the field', async () => {
    const res = await order({ servedInOpenCourt: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'servedInOpenCourt' })]);
    expect(await t.dataSource.query('select id from protective_order')).toEqual([]);
  });
});
