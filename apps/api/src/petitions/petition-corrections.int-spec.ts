import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'outsider');
const TABLES = ['petition', 'case_deadline', 'followup', 'audit_event'];
const REASON = 'The clerk date-stamped it a day later';

describe('PATCH /api/cases/:caseId/petitions/:petitionId (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;
  let petitionId: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    cast = await seedCast(t, CAST);
    kase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    await t.dataSource.query(`update case_file set last_act_on = '2026-11-14' where id = $1`, [
      kase.id,
    ]);
    const res = await cast.post('advocate', `/cases/${kase.id}/petitions`, {
      orderKindSought: 'FA_PO',
      filedOn: '2026-11-20',
      courtId: 'jdr-fairfax',
      courtKind: 'JDR',
      courtLocality: 'Fairfax County',
    });
    expect(res.status).toBe(201);
    petitionId = res.body.id as string;
  });

  const patch = async (body: object) =>
    request(t.app.getHttpServer())
      .patch(`/api/cases/${kase.id}/petitions/${petitionId}`)
      .set('Cookie', await cast.cookieOf('advocate'))
      .send(body);
  const target = async () =>
    (
      (await t.dataSource.query(
        `select due_on::text as due from case_deadline where case_id = $1 and kind = 'advisory_target'`,
        [kase.id],
      )) as Array<{ due: string }>
    )[0]?.due;

  it('moves the R06 hearing target with the corrected filing day and audits the reason', async () => {
    expect(await target()).toBe('2026-12-07');
    const res = await patch({ filedOn: '2026-11-16', reason: REASON });
    expect(res.status).toBe(200);
    // Filed Mon 16 Nov 2026: 15 days is Tue 1 Dec 2026, a court day.
    expect(await target()).toBe('2026-12-01');
    const [audit] = (await t.dataSource.query(
      `select target_id, reason, details from audit_event where action = 'case_fact_corrected'`,
    )) as Array<Record<string, unknown>>;
    expect(audit).toEqual({
      target_id: petitionId,
      reason: REASON,
      details: { caseId: kase.id, fields: ['filedOn'] },
    });
  });

  it('corrects the court case number without a reason (it moves no deadline)', async () => {
    const res = await patch({ courtCaseNumber: 'JJ012345-01-00' });
    expect(res.status).toBe(200);
    expect(res.body.changed).toEqual(['courtCaseNumber']);
  });

  it.each([
    [{ filedOn: '2026-11-24', reason: REASON }, 'filedOn'],
    [{ filedOn: '2026-11-10', reason: REASON }, 'filedOn'],
    [{ filedOn: '2026-02-30', reason: REASON }, 'filedOn'],
    [{ filedOn: '2026-11-16' }, 'reason'],
    [{ courtId: 'jdr-typo', reason: REASON }, 'courtId'],
    [{ courtKind: 'TRAFFIC', reason: REASON }, 'courtKind'],
    [{ orderKindSought: 'RESTRAINING', reason: REASON }, 'orderKindSought'],
    [{}, 'body'],
  ])('refuses %j with 400 naming %s, changing nothing', async (body, field) => {
    await cast.signInAll(); // the sign-in's audit row belongs before the fingerprint
    const before = await tableFingerprints(t.dataSource, TABLES);
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect([
      ...new Set(((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field)),
    ]).toEqual([field]);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('answers 404 for a petition id of another organisation', async () => {
    const foreign = await insertCase(t.dataSource, cast.otherOrgId);
    const [row] = (await t.dataSource.query(
      `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality)
       values ($1, $2, 'FA_PPO', '2026-11-20', 'jdr-fairfax', 'JDR', 'Fairfax County') returning id`,
      [cast.otherOrgId, foreign.id],
    )) as Array<{ id: string }>;
    const res = await request(t.app.getHttpServer())
      .patch(`/api/cases/${kase.id}/petitions/${row!.id}`)
      .set('Cookie', await cast.cookieOf('advocate'))
      .send({ filedOn: '2026-11-16', reason: REASON });
    expect(res.status).toBe(404);
  });
});
