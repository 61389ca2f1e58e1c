import type request from 'supertest';

import { FieldCipher } from '@api/crypto/field-cipher';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import {
  countRows,
  insertCase,
  insertServiceAttempt,
  tableFingerprints,
  type SeededCase,
} from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const TABLES = ['violation', 'case_deadline', 'protective_order'];
const JDR = {
  issuingCourtId: 'jdr-fairfax',
  issuingCourtKind: 'JDR',
  issuingLocality: 'Fairfax County',
};
const NARRATIVE =
  'He waited beside the Larkspur Street pharmacy at closing and followed her bus to Elmhurst.';

const CAST = castOf('advocate', 'unassigned', 'staff', 'outsider');

describe('violations: classification, encrypted narrative, tenancy (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let otherCase: SeededCase;
  let foreignCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-03T15:00:00Z'));
    cast = await seedCast(t, CAST);
    const { orgId, otherOrgId } = cast;
    theCase = await insertCase(t.dataSource, orgId, { advocateIds: [cast.users.advocate.id] });
    otherCase = await insertCase(t.dataSource, orgId, { advocateIds: [cast.users.advocate.id] });
    foreignCase = await insertCase(t.dataSource, otherOrgId);
  });

  const fieldsOf = (res: request.Response): string[] =>
    ((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();

  /** A FA final order issued Mon 2 Nov 2026, personally served the next morning. */
  const servedFinalOrder = async (
    who: keyof typeof CAST = 'advocate',
    kase = theCase,
    kind = 'FA_PO',
  ): Promise<string> => {
    const res = await cast.post(who, `/cases/${kase.id}/orders`, {
      kind,
      issuedOn: '2026-11-02',
      issuedTime: '10:30',
      ...JDR,
    });
    if (res.status !== 201)
      throw new Error(`order not created: ${res.status} ${JSON.stringify(res.body)}`);
    await insertServiceAttempt(t.dataSource, {
      organisationId: kase.organisationId,
      caseId: kase.id,
      orderId: res.body.id,
      attemptedOn: '2026-11-03',
      attemptedTime: '09:15',
    });
    return res.body.id as string;
  };
  const aViolation = (orderId: string, overrides: Record<string, unknown> = {}) => ({
    orderId,
    occurredOn: '2026-12-02',
    occurredTime: '19:05',
    acts: ['stalking'],
    basedOnViolence: true,
    policeReportNumber: 'FCPD-26-114873',
    officerName: 'Officer Dana Quill',
    officerBadge: '4471',
    actionsTaken: ['police_report', 'violation_petition'],
    ...overrides,
  });

  it('classifies stalking in violation of a served FA final order as a potential Class 6 felony (example 37)', async () => {
    const orderId = await servedFinalOrder();
    const res = await cast.post('advocate', `/cases/${theCase.id}/violations`, aViolation(orderId));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseId: theCase.id,
      orderId,
      occurredOn: '2026-12-02',
      occurredTime: '19:05',
      acts: ['stalking'],
      basedOnViolence: true,
      policeReportNumber: 'FCPD-26-114873',
      officerName: 'Officer Dana Quill',
      officerBadge: '4471',
      actionsTaken: ['police_report', 'violation_petition'],
      criminalProsecution: false,
      hasNarrative: false,
      classification: { potentialClass: 'class_6_felony', contempt: 'available' },
    });
    expect(res.body.classification.reasons[0]).toMatchObject({
      citation: 'Va. Code § 16.1-253.2(B), (C)',
      ruleVersion: 'R18@2021-01-01',
    });
    // R21: reported to the police, under the version in force on the day of the violation.
    expect(res.body.classification.tasks).toEqual([
      expect.objectContaining({
        ruleId: 'VA.VIOLATION.POLICE_REPORT',
        ruleVersion: 'R21@2021-01-01',
      }),
    ]);
    const [stored] = (await t.dataSource.query(
      "select classification->>'potentialClass' as class from violation where id = $1",
      [res.body.id],
    )) as [{ class: string }];
    expect(stored.class).toBe('class_6_felony');
  });

  it("reads the respondent's prior convictions: a third offense within 20 years is a felony (example 38)", async () => {
    t.clock.set(new Date('2026-12-03T15:00:00Z'));
    await t.dataSource.query('update respondent set prior_convictions = $1 where id = $2', [
      JSON.stringify([
        { convictedOn: '2010-05-01', basedOnActOrThreatOfViolence: true },
        { convictedOn: '2018-01-10', basedOnActOrThreatOfViolence: false },
      ]),
      theCase.respondentId,
    ]);
    const res = await cast.post('advocate', `/cases/${theCase.id}/orders`, {
      kind: 'AOV_PO',
      issuedOn: '2026-01-05',
      issuingCourtId: 'gdc-fairfax',
      issuingCourtKind: 'GDC',
      issuingLocality: 'Fairfax County',
    });
    const orderId = res.body.id as string;
    const contact = await cast.post('advocate', `/cases/${theCase.id}/violations`, {
      orderId,
      occurredOn: '2026-03-01',
      acts: ['contact'],
      basedOnViolence: false,
    });
    expect(contact.status).toBe(201);
    expect(contact.body.classification.potentialClass).toBe('class_6_felony');

    await t.dataSource.query("update respondent set prior_convictions = '[]' where id = $1", [
      theCase.respondentId,
    ]);
    const first = await cast.post('advocate', `/cases/${theCase.id}/violations`, {
      orderId,
      occurredOn: '2026-03-02',
      acts: ['contact'],
      basedOnViolence: false,
    });
    expect(first.body.classification.potentialClass).toBe('class_1_misdemeanor');
  });

  it('stores the narrative as ciphertext bound to its row and never returns it', async () => {
    const orderId = await servedFinalOrder();
    const res = await cast.post(
      'advocate',
      `/cases/${theCase.id}/violations`,
      aViolation(orderId, { narrative: NARRATIVE }),
    );
    expect(res.status).toBe(201);
    expect(res.body.hasNarrative).toBe(true);
    const [row] = (await t.dataSource.query(
      'select narrative_enc, violation::text as whole from violation',
    )) as [{ narrative_enc: string; whole: string }];
    expect(row.narrative_enc).toMatch(/^v1:/);
    for (let i = 0; i + 6 <= NARRATIVE.length; i += 3) {
      expect(row.whole).not.toContain(NARRATIVE.slice(i, i + 6));
    }
    const cipher = t.app.get(FieldCipher);
    expect(cipher.decrypt(row.narrative_enc, `violation:${res.body.id}:narrative`)).toBe(NARRATIVE);
    expect(() =>
      cipher.decrypt(row.narrative_enc, 'violation:00000000-0000-4000-8000-000000000000:narrative'),
    ).toThrow();

    const list = await cast.get('advocate', `/cases/${theCase.id}/violations`);
    const one = await cast.get('staff', `/cases/${theCase.id}/violations/${res.body.id}`);
    for (const body of [res.body, list.body, one.body]) {
      const text = JSON.stringify(body);
      expect(text).not.toContain('Larkspur');
      expect(text).not.toContain('narrative"');
      expect(text).not.toContain(row.narrative_enc);
    }
    expect(list.body.items).toHaveLength(1);
    expect(one.body).toMatchObject({ id: res.body.id, hasNarrative: true });
  });

  it('refuses a violation dated before the order was issued, naming occurredOn, and stores nothing', async () => {
    const orderId = await servedFinalOrder();
    const before = await tableFingerprints(t.dataSource, TABLES);
    const earlierDay = await cast.post(
      'advocate',
      `/cases/${theCase.id}/violations`,
      aViolation(orderId, { occurredOn: '2026-11-01' }),
    );
    const earlierHour = await cast.post(
      'advocate',
      `/cases/${theCase.id}/violations`,
      aViolation(orderId, { occurredOn: '2026-11-02', occurredTime: '08:00' }),
    );
    const future = await cast.post(
      'advocate',
      `/cases/${theCase.id}/violations`,
      aViolation(orderId, { occurredOn: '2026-12-04' }),
    );
    for (const res of [earlierDay, earlierHour, future]) {
      expect(res.status).toBe(400);
      expect(fieldsOf(res)).toEqual(['occurredOn']);
    }
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('names every wrong field: bad act, impossible date, bad time, missing boolean, unknown field, bad id', async () => {
    const res = await cast.post('advocate', `/cases/${theCase.id}/violations`, {
      orderId: 'order-one',
      occurredOn: '2026-02-30',
      occurredTime: '7:05pm',
      acts: ['punching'],
      actionsTaken: ['arrest'],
      classification: { potentialClass: 'none_identified' },
      narrative: 'a\u0000b',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_failed');
    expect(new Set(fieldsOf(res))).toEqual(
      new Set([
        'orderId',
        'occurredOn',
        'occurredTime',
        'acts',
        'basedOnViolence',
        'actionsTaken',
        'classification',
        'narrative',
      ]),
    );
    const empty = await cast.post(
      'advocate',
      `/cases/${theCase.id}/violations`,
      aViolation('00000000-0000-4000-8000-000000000000', { acts: [] }),
    );
    expect(fieldsOf(empty)).toEqual(['acts']);
    expect(await countRows(t.dataSource, 'violation')).toBe(0);
  });

  it("answers 404 for another organisation's case or order and for another case's order, changing nothing", async () => {
    const mine = await servedFinalOrder();
    const elsewhere = await servedFinalOrder('advocate', otherCase);
    const theirs = await servedFinalOrder('outsider', foreignCase);
    await cast.post('outsider', `/cases/${foreignCase.id}/violations`, aViolation(theirs));
    const before = await tableFingerprints(t.dataSource, TABLES);
    const attempts = [
      await cast.post('advocate', `/cases/${theCase.id}/violations`, aViolation(theirs)),
      await cast.post('advocate', `/cases/${theCase.id}/violations`, aViolation(elsewhere)),
      await cast.post('advocate', `/cases/${foreignCase.id}/violations`, aViolation(theirs)),
      await cast.get('advocate', `/cases/${foreignCase.id}/violations`),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(attempts.map((r) => r.body.error)).toEqual([
      'ORDER_NOT_FOUND',
      'ORDER_NOT_FOUND',
      'CASE_NOT_FOUND',
      'CASE_NOT_FOUND',
    ]);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
    const [theirViolation] = (await t.dataSource.query('select id from violation')) as [
      { id: string },
    ];
    const foreign = await cast.get(
      'advocate',
      `/cases/${theCase.id}/violations/${theirViolation.id}`,
    );
    expect(foreign.status).toBe(404);
    expect(mine).not.toBe(theirs);
  });

  it('answers 404 to an unassigned advocate and 403 to staff writing; staff may read', async () => {
    const orderId = await servedFinalOrder();
    const before = await tableFingerprints(t.dataSource, TABLES);
    const unassignedWrite = await cast.post(
      'unassigned',
      `/cases/${theCase.id}/violations`,
      aViolation(orderId),
    );
    const unassignedRead = await cast.get('unassigned', `/cases/${theCase.id}/violations`);
    const staffWrite = await cast.post(
      'staff',
      `/cases/${theCase.id}/violations`,
      aViolation(orderId),
    );
    expect([unassignedWrite.status, unassignedRead.status, staffWrite.status]).toEqual([
      404, 404, 403,
    ]);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
    const staffRead = await cast.get('staff', `/cases/${theCase.id}/violations`);
    expect(staffRead.status).toBe(200);
    expect(staffRead.body.items).toEqual([]);
  });

  it('records a missed change-of-address notice (R26a) as contempt of court, never a § 16.1-253.2 offence', async () => {
    const orderId = await servedFinalOrder();
    const res = await cast.post('advocate', `/cases/${theCase.id}/violations`, {
      orderId,
      occurredOn: '2026-12-02',
      acts: ['failed_to_report_address_change'],
      basedOnViolence: false,
      actionsTaken: ['contempt'],
    });
    expect(res.status).toBe(201);
    expect(res.body.acts).toEqual(['failed_to_report_address_change']);
    expect(res.body.classification.potentialClass).toBe('none_identified');
    expect(res.body.classification.contempt).toBe('available');
    expect(JSON.stringify(res.body.classification.contemptReason)).toContain('contempt');
    const [row] = (await t.dataSource.query('select acts from violation where id = $1', [
      res.body.id,
    ])) as Array<{ acts: string[] }>;
    expect(row?.acts).toEqual(['failed_to_report_address_change']);
  });
});
