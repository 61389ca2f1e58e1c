import type request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { insertOrderRow, insertServiceAttemptRow } from '@api/testing/fact-rows.fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

// R26a (rules-spec §1.12, 2024 Acts ch. 594): the respondent's move starts a 7-day notice deadline
// and, after it, a follow-up asking whether the court received the notice; the new address is
// sealed like every respondent address.

const WATCHED = ['respondent_move', 'case_deadline', 'followup'];
const CAST = castOf('advocate', 'outsider');
const NEW_ADDRESS = '4410 Invented Lane, Apt 7, Springfield VA 22150';

describe('respondent moves (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;
  let foreignCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    // Thu 15 Jan 2026, 10:00 in Virginia.
    t.clock.set(new Date('2026-01-15T15:00:00Z'));
    cast = await seedCast(t, CAST);
    const openedOn = '2025-08-01';
    theCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
      openedOn,
    });
    foreignCase = await insertCase(t.dataSource, cast.otherOrgId, { openedOn });
    const orderId = await insertOrderRow(t.dataSource, theCase, {
      kind: 'FA_PO',
      issuedOn: '2025-09-02',
    });
    await insertServiceAttemptRow(t.dataSource, theCase, {
      orderId,
      attemptedOn: '2025-09-03',
      outcome: 'served',
    });
  });

  const fieldsOf = (res: request.Response): string[] =>
    ((res.body.fields ?? []) as Array<{ field: string }>).map((f) => f.field).sort();
  const record = (body: object, caseId = theCase.id, who: 'advocate' | 'outsider' = 'advocate') =>
    cast.post(who, `/cases/${caseId}/respondent-moves`, body);

  it('records a move, seals the new address, and stores the 7-day notice deadline and its follow-up', async () => {
    const res = await record({ movedOn: '2026-01-05', newAddress: NEW_ADDRESS });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      caseId: theCase.id,
      movedOn: '2026-01-05',
      noticeReceivedOn: null,
      hasNewAddress: true,
      // Mon 5 Jan + 7 calendar days = Mon 12 Jan 2026 (§ 1-210(A); the duty is the respondent's).
      noticeDueOn: '2026-01-12',
      ruleVersion: expect.stringMatching(/^R26a@/),
      citation: expect.stringContaining('16.1-253.1'),
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toContain('Invented Lane');
    const [row] = (await t.dataSource.query(
      'select new_address_enc from respondent_move where id = $1',
      [res.body.id],
    )) as Array<{ new_address_enc: string }>;
    expect(row?.new_address_enc).toMatch(/^v1:/);
    expect(row?.new_address_enc).not.toContain('Invented');
    const deadlines = (await t.dataSource.query(
      `select due_on::text as due_on, rule_version from case_deadline
        where case_id = $1 and kind = 'notice_by'`,
      [theCase.id],
    )) as Array<{ due_on: string; rule_version: string }>;
    expect(deadlines).toEqual([{ due_on: '2026-01-12', rule_version: res.body.ruleVersion }]);
    const followups = (await t.dataSource.query(
      `select kind from followup where case_id = $1 and state <> 'cancelled'
          and kind = 'address_change_notice_check'`,
      [theCase.id],
    )) as unknown[];
    expect(followups).toHaveLength(1);
    const listed = await cast.get('advocate', `/cases/${theCase.id}/respondent-moves`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([res.body]);
  });

  it('keeps two moves under one order apart, each with its own deadline', async () => {
    expect((await record({ movedOn: '2025-11-03' })).status).toBe(201);
    expect((await record({ movedOn: '2026-01-05' })).status).toBe(201);
    const deadlines = (await t.dataSource.query(
      `select due_on::text as due_on from case_deadline
        where case_id = $1 and kind = 'notice_by' order by due_on`,
      [theCase.id],
    )) as Array<{ due_on: string }>;
    expect(deadlines.map((d) => d.due_on)).toEqual(['2025-11-10', '2026-01-12']);
  });

  it.each([
    [{ movedOn: '2026-02-30' }, ['movedOn']],
    [{ movedOn: '2026-01-16' }, ['movedOn']],
    [{ movedOn: '2026-01-05', noticeReceivedOn: '2026-01-04' }, ['noticeReceivedOn']],
    [{ movedOn: '2026-01-05', noticeReceivedOn: '2026-01-20' }, ['noticeReceivedOn']],
    [{ movedOn: '2026-01-05', newAddress: '   ' }, ['newAddress']],
    [{ movedOn: '2026-01-05', newAddress: 'x'.repeat(501) }, ['newAddress']],
    [{ movedOn: '2026-01-05', address: NEW_ADDRESS }, ['address']],
  ])('refuses %j with 400 naming %j and stores nothing', async (body, fields) => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const res = await record(body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
    expect(JSON.stringify(res.body)).not.toContain('Invented Lane');
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it('answers 404 for a case of another organisation and stores nothing', async () => {
    const before = await tableFingerprints(t.dataSource, WATCHED);
    const res = await record({ movedOn: '2026-01-05', newAddress: NEW_ADDRESS }, foreignCase.id);
    expect(res.status).toBe(404);
    expect(await tableFingerprints(t.dataSource, WATCHED)).toEqual(before);
  });

  it('records two moves sent at once, each with its own deadline (the case lock serialises them)', async () => {
    const [a, b] = await Promise.all([
      record({ movedOn: '2025-12-01' }),
      record({ movedOn: '2025-12-15' }),
    ]);
    expect([a?.status, b?.status]).toEqual([201, 201]);
    const rows = (await t.dataSource.query(
      `select count(*)::int as n from case_deadline where case_id = $1 and kind = 'notice_by'`,
      [theCase.id],
    )) as Array<{ n: number }>;
    expect(rows[0]?.n).toBe(2);
  });
});
