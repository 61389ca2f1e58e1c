import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import {
  countDenials,
  insertCase,
  tableFingerprints,
  type SeededCase,
} from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/** The tables a refused petition request must leave exactly as they were. */
const WATCHED = ['petition', 'case_deadline'];

const CAST = castOf('advocate', 'unassigned', 'supervisor', 'staff');

describe('petitions (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let foreignCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Case data only: the users stay for the whole file; sessions are opened at the test's "now".
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    await cast.signInAll();
    theCase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId);
  });

  const http = () => request(t.app.getHttpServer());
  const file = (caseId: string, body: object, as = cast.cookie.advocate) =>
    http().post(`/api/cases/${caseId}/petitions`).set('Cookie', as).send(body);
  const list = (caseId: string, as = cast.cookie.advocate) =>
    http().get(`/api/cases/${caseId}/petitions`).set('Cookie', as);
  const petition = (overrides: object = {}) => ({
    orderKindSought: 'FA_PO',
    filedOn: '2026-11-20',
    courtId: 'jdr-fairfax',
    courtKind: 'JDR',
    courtLocality: 'Fairfax County',
    ...overrides,
  });
  const fieldsOf = (res: request.Response) =>
    [...new Set(((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field))].sort();

  it('files a petition and answers with exactly the petition fields', async () => {
    const res = await file(theCase.id, petition({ courtCaseNumber: ' JJ012345-01-00 ' }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      caseId: theCase.id,
      orderKindSought: 'FA_PO',
      filedOn: '2026-11-20',
      courtId: 'jdr-fairfax',
      courtKind: 'JDR',
      courtLocality: 'Fairfax County',
      courtCaseNumber: 'JJ012345-01-00',
      militaryProtectiveOrder: null,
      createdAt: expect.any(String),
    });
    const rows = (await t.dataSource.query(
      'select organisation_id, case_id, filed_on::text from petition',
    )) as Array<Record<string, string>>;
    expect(rows).toEqual([
      { organisation_id: cast.orgId, case_id: theCase.id, filed_on: '2026-11-20' },
    ]);
  });

  it('lists the petitions of a case in filing order', async () => {
    const second = await file(
      theCase.id,
      petition({ filedOn: '2026-11-22', orderKindSought: 'FA_PPO' }),
    );
    const first = await file(theCase.id, petition({ filedOn: '2026-11-18' }));
    const res = await list(theCase.id);
    expect(res.status).toBe(200);
    expect(res.body.map((p: { id: string }) => p.id)).toEqual([first.body.id, second.body.id]);
  });

  it("stores the rules library's advisory hearing target (R06) when a family-abuse petition is filed", async () => {
    await file(theCase.id, petition());
    const rows = (await t.dataSource.query(
      `select rule_id, kind, due_on::text, confidence from case_deadline where case_id = $1`,
      [theCase.id],
    )) as Array<Record<string, string>>;
    // Filed Fri 20 Nov 2026; 15 days is Sat 5 Dec, rolled forward to Mon 7 Dec 2026.
    expect(rows).toEqual([
      {
        rule_id: 'VA.FA.HEARING.WITHIN_15_OF_FILING',
        kind: 'advisory_target',
        due_on: '2026-12-07',
        confidence: 'advisory',
      },
    ]);
  });

  it('refuses a petition filed on a day still to come, naming filedOn', async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const res = await file(theCase.id, petition({ filedOn: '2026-11-24' }));
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['filedOn']);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it('refuses malformed bodies with 400 naming each field, storing nothing', async () => {
    const cases: Array<[object, string[]]> = [
      [petition({ orderKindSought: 'RESTRAINING' }), ['orderKindSought']],
      [petition({ courtKind: 'SUPREME' }), ['courtKind']],
      [petition({ filedOn: '2026-02-30' }), ['filedOn']],
      [petition({ filedOn: '2026-11-20T10:00:00Z' }), ['filedOn']],
      [petition({ courtId: '   ' }), ['courtId']],
      [petition({ courtLocality: 'x'.repeat(121) }), ['courtLocality']],
      [petition({ courtCaseNumber: 12345 }), ['courtCaseNumber']],
      [petition({ caseId: foreignCase.id }), ['caseId']],
      [petition({ organisationId: cast.otherOrgId }), ['organisationId']],
      [{}, ['courtId', 'courtKind', 'courtLocality', 'filedOn', 'orderKindSought']],
    ];
    const before = await tableFingerprints(t.dataSource, WATCHED);
    for (const [body, fields] of cases) {
      const res = await file(theCase.id, body);
      expect({ body, status: res.status, error: res.body.error }).toEqual({
        body,
        status: 400,
        error: 'validation_failed',
      });
      expect({ body, fields: fieldsOf(res) }).toEqual({ body, fields });
    }
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it("answers 404 for another organisation's case, audits it and changes nothing", async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const write = await file(foreignCase.id, petition());
    const read = await list(foreignCase.id);
    expect([write.status, read.status]).toEqual([404, 404]);
    expect(write.body.error).toBe('CASE_NOT_FOUND');
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    expect(await countDenials(t.dataSource, foreignCase.id)).toBe(2);
  });

  it('answers 404 to an advocate not assigned to the case', async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const write = await file(theCase.id, petition(), cast.cookie.unassigned);
    const read = await list(theCase.id, cast.cookie.unassigned);
    expect([write.status, read.status]).toEqual([404, 404]);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it('lets staff list petitions but answers 403 to a filing; a supervisor may file on any case', async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const denied = await file(theCase.id, petition(), cast.cookie.staff);
    expect(denied.status).toBe(403);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    const bySupervisor = await file(theCase.id, petition(), cast.cookie.supervisor);
    expect(bySupervisor.status).toBe(201);
    const read = await list(theCase.id, cast.cookie.staff);
    expect(read.status).toBe(200);
    expect(read.body).toHaveLength(1);
  });

  it('answers 400 to a case id that is not a UUID', async () => {
    const res = await file('case-1', petition());
    expect(res.status).toBe(400);
  });

  describe('a Military Protective Order as a basis (R09a, 2025 Acts ch. 208)', () => {
    const mpo = { issuingCommand: 'virginia_national_guard', issuedOn: '2026-11-18' };

    it('stores the order on a preliminary-order petition, returns it, and feeds it to the rules', async () => {
      const res = await file(
        theCase.id,
        petition({
          orderKindSought: 'FA_PPO',
          militaryProtectiveOrder: { ...mpo, enteredInNcic: true },
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.militaryProtectiveOrder).toEqual({ ...mpo, enteredInNcic: true });
      const [row] = (await t.dataSource.query(
        `select mpo_issuing_command, mpo_issued_on::text, mpo_entered_in_ncic from petition where id = $1`,
        [res.body.id],
      )) as Array<Record<string, unknown>>;
      expect(row).toEqual({
        mpo_issuing_command: 'virginia_national_guard',
        mpo_issued_on: '2026-11-18',
        mpo_entered_in_ncic: true,
      });
      expect((await list(theCase.id)).body[0].militaryProtectiveOrder).toEqual({
        ...mpo,
        enteredInNcic: true,
      });
    });

    it.each([
      [{ orderKindSought: 'FA_PO', militaryProtectiveOrder: mpo }, ['militaryProtectiveOrder']],
      [
        { orderKindSought: 'FA_PPO', militaryProtectiveOrder: { ...mpo, issuingCommand: 'navy' } },
        ['militaryProtectiveOrder.issuingCommand'],
      ],
      [
        {
          orderKindSought: 'FA_PPO',
          militaryProtectiveOrder: { issuingCommand: 'us_armed_forces' },
        },
        ['militaryProtectiveOrder.issuedOn'],
      ],
      // The rules library refuses an order issued after the filing; the API names the field.
      [
        { orderKindSought: 'FA_PPO', militaryProtectiveOrder: { ...mpo, issuedOn: '2026-11-21' } },
        ['militaryProtectiveOrder.issuedOn'],
      ],
      [{ orderKindSought: 'FA_PPO', militaryProtectiveOrder: 'yes' }, ['militaryProtectiveOrder']],
    ])('refuses %j with 400 naming %j and stores nothing', async (overrides, fields) => {
      const before = await tableFingerprints(t.dataSource, WATCHED);
      const res = await file(theCase.id, petition(overrides));
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(fields);
      expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
    });
  });
});
