import request from 'supertest';

import { insertOrderRow, storedDeadlines } from '@api/testing/fact-rows.fixtures';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { castOf, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { countRows, insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const FILE_BY = 'VA.FA.PO.EXTENSION_FILE_BY file_by';

const CAST = {
  ...castOf('admin', 'supervisor'),
  outsiderAdmin: { role: 'admin', otherOrganisation: true },
} satisfies CastSpec;

describe('court closures (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let foreignCase: SeededCase;

  const recompute = (c: SeededCase) =>
    t.dataSource.transaction((m) =>
      t.app.get(CaseComputationService).recompute(m, c.organisationId, c.id, { other: 'caseId' }),
    );
  const http = () => request(t.app.getHttpServer());
  const fileBy = async (c: SeededCase) =>
    (await storedDeadlines(t.dataSource, c.id)).filter((d) => d.startsWith(FILE_BY));
  const closure = (overrides: Record<string, unknown> = {}) => ({
    closedOn: '2026-12-08',
    allDay: true,
    kind: 'governor_or_president_day',
    name: 'Day of mourning',
    authority: 'Executive Order 77 (2026)',
    ...overrides,
  });

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
    // A two-year family abuse order issued 8 Dec 2024: it expires Tue 8 Dec 2026, and the motion
    // to extend must be filed by the last court day on or before that (R11).
    theCase = await insertCase(t.dataSource, cast.orgId);
    await insertOrderRow(t.dataSource, theCase, { kind: 'FA_PO', issuedOn: '2024-12-08' });
    await recompute(theCase);
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId);
    await insertOrderRow(t.dataSource, foreignCase, { kind: 'FA_PO', issuedOn: '2024-12-08' });
    await recompute(foreignCase);
  });

  it('moves a file-by day that becomes a closure one court day earlier, and back when it is deleted', async () => {
    expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-08 - open`]);

    const created = await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.admin)
      .send(closure());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      closure: expect.objectContaining({
        closedOn: '2026-12-08',
        courtIds: null,
        allDay: true,
        authority: 'Executive Order 77 (2026)',
      }),
      recomputedCases: 1,
    });
    expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-07 - open`]);

    const deleted = await http()
      .delete(`/api/court-closures/${created.body.closure.id}`)
      .set('Cookie', cast.cookie.admin);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id: created.body.closure.id, recomputedCases: 1 });
    expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-08 - open`]);
    const audit = (await t.dataSource.query(
      `select action, target_id as "targetId" from audit_event
        where action like 'court_closure_%' order by id`,
    )) as Array<{ action: string; targetId: string }>;
    expect(audit).toEqual([
      { action: 'court_closure_created', targetId: created.body.closure.id },
      { action: 'court_closure_deleted', targetId: created.body.closure.id },
    ]);
  });

  it("applies a closure of named courts only to those courts' orders", async () => {
    const elsewhere = await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.admin)
      .send(closure({ courtIds: ['jdr-arlington'], kind: 'clerk_closure' }));
    expect(elsewhere.status).toBe(201);
    expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-08 - open`]);

    await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.admin)
      .send(closure({ courtIds: ['jdr-fairfax'], kind: 'clerk_closure' }));
    expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-07 - open`]);
  });

  it("counts a magistrate's family-abuse emergency order on its locality's JDR court calendar (A-02)", async () => {
    // Issued Mon 30 Nov by the Fairfax magistrate: it ends at the end of Thu 3 Dec, or the next day
    // the juvenile and domestic relations court of Fairfax County sits.
    const epoCase = await insertCase(t.dataSource, cast.orgId);
    await insertOrderRow(t.dataSource, epoCase, {
      kind: 'FA_EPO',
      issuedOn: '2026-11-30',
      issuedTime: '22:15',
      court: 'MAGISTRATE',
    });
    await recompute(epoCase);
    const expiry = async () =>
      (await storedDeadlines(t.dataSource, epoCase.id)).filter((d) =>
        d.startsWith('VA.FA.EPO.EXPIRY'),
      );
    expect(await expiry()).toEqual(['VA.FA.EPO.EXPIRY order_expiry 2026-12-03 - open']);

    // The magistrate's office closing changes nothing: the order is not counted on its calendar.
    const office = await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.admin)
      .send(
        closure({
          closedOn: '2026-12-03',
          courtIds: ['magistrate-fairfax'],
          kind: 'clerk_closure',
        }),
      );
    expect(office.status).toBe(201);
    expect(await expiry()).toEqual(['VA.FA.EPO.EXPIRY order_expiry 2026-12-03 - open']);

    const jdr = await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.admin)
      .send(closure({ closedOn: '2026-12-03', courtIds: ['jdr-fairfax'], kind: 'clerk_closure' }));
    expect(jdr.status).toBe(201);
    expect(await expiry()).toEqual(['VA.FA.EPO.EXPIRY order_expiry 2026-12-04 - open']);
  });

  it("leaves another organisation's cases computed with their own calendar", async () => {
    const before = await storedDeadlines(t.dataSource, foreignCase.id);
    await http().post('/api/court-closures').set('Cookie', cast.cookie.admin).send(closure());
    expect(await storedDeadlines(t.dataSource, foreignCase.id)).toEqual(before);
    expect(await fileBy(foreignCase)).toEqual([`${FILE_BY} 2026-12-08 - open`]);
  });

  it('does not recompute closed cases', async () => {
    await t.dataSource.query(
      `update case_file set stage = 'closed', closed_on = '2026-11-29' where id = $1`,
      [theCase.id],
    );
    const created = await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.admin)
      .send(closure());
    expect(created.body.recomputedCases).toBe(0);
    expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-08 - open`]);
  });

  it('lists the organisation’s closures in a date range, by date', async () => {
    for (const closedOn of ['2026-12-24', '2026-12-08', '2027-01-02']) {
      await http()
        .post('/api/court-closures')
        .set('Cookie', cast.cookie.admin)
        .send(closure({ closedOn }));
    }
    await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.outsiderAdmin)
      .send(closure({ closedOn: '2026-12-10', name: 'OTHER-ORG-MARKER' }));
    const all = await http().get('/api/court-closures').set('Cookie', cast.cookie.admin);
    expect(all.status).toBe(200);
    expect(all.body.items.map((c: { closedOn: string }) => c.closedOn)).toEqual([
      '2026-12-08',
      '2026-12-24',
      '2027-01-02',
    ]);
    expect(JSON.stringify(all.body)).not.toContain('OTHER-ORG-MARKER');
    const december = await http()
      .get('/api/court-closures?from=2026-12-09&to=2026-12-31')
      .set('Cookie', cast.cookie.admin);
    expect(december.body.items.map((c: { closedOn: string }) => c.closedOn)).toEqual([
      '2026-12-24',
    ]);
  });

  it('refuses a reversed or impossible range with 400 naming the field', async () => {
    const reversed = await http()
      .get('/api/court-closures?from=2026-12-31&to=2026-12-01')
      .set('Cookie', cast.cookie.admin);
    expect(reversed.status).toBe(400);
    expect(reversed.body.fields).toEqual([expect.objectContaining({ field: 'to' })]);
    const impossible = await http()
      .get('/api/court-closures?from=2026-02-30')
      .set('Cookie', cast.cookie.admin);
    expect(impossible.status).toBe(400);
    expect(impossible.body.fields).toEqual([expect.objectContaining({ field: 'from' })]);
  });

  it.each([
    ['closedOn', { closedOn: '2026-13-01' }],
    ['authority', { authority: '   ' }],
    ['kind', { kind: 'snow_day' }],
    ['allDay', { allDay: 'yes' }],
    ['courtIds', { courtIds: [] }],
    ['name', { name: undefined }],
    ['organisationId', { organisationId: '00000000-0000-4000-8000-000000000000' }],
  ])(
    'refuses a closure with a bad %s (400 naming it) and stores nothing',
    async (field, overrides) => {
      const res = await http()
        .post('/api/court-closures')
        .set('Cookie', cast.cookie.admin)
        .send(closure(overrides));
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await countRows(t.dataSource, 'court_closure')).toBe(0);
      expect(await fileBy(theCase)).toEqual([`${FILE_BY} 2026-12-08 - open`]);
    },
  );

  it('lets only admins manage closures (403 for a supervisor)', async () => {
    expect(
      (await http().get('/api/court-closures').set('Cookie', cast.cookie.supervisor)).status,
    ).toBe(403);
    expect(
      (
        await http()
          .post('/api/court-closures')
          .set('Cookie', cast.cookie.supervisor)
          .send(closure())
      ).status,
    ).toBe(403);
    expect(await countRows(t.dataSource, 'court_closure')).toBe(0);
  });

  it("answers 404 for another organisation's closure, audits the denial and deletes nothing", async () => {
    const foreign = await http()
      .post('/api/court-closures')
      .set('Cookie', cast.cookie.outsiderAdmin)
      .send(closure());
    const res = await http()
      .delete(`/api/court-closures/${foreign.body.closure.id}`)
      .set('Cookie', cast.cookie.admin);
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('COURT_CLOSURE_NOT_FOUND');
    expect(await countRows(t.dataSource, 'court_closure')).toBe(1);
    const denied = (await t.dataSource.query(
      "select target_type, target_id from audit_event where action = 'access_denied' and actor_user_id = $1",
      [cast.users.admin.id],
    )) as unknown[];
    expect(denied).toEqual([{ target_type: 'court_closure', target_id: foreign.body.closure.id }]);
    expect(
      (await http().delete('/api/court-closures/not-a-uuid').set('Cookie', cast.cookie.admin))
        .status,
    ).toBe(400);
  });
});
