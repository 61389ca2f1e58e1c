import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'unassigned', 'supervisor');

// Today is Mon 23 Nov 2026 in Virginia. A reminder planned for Fri 27 Nov (09:00 Eastern) serves
// a deadline on Tue 1 Dec; one for Thu 3 Dec serves Mon 7 Dec; one was delivered already.
describe('tasks: the day a reminder is for, the deadline it serves, and planned reminders', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let c: SeededCase;
  let other: SeededCase;

  const http = () => request(t.app.getHttpServer());
  const planned = (query = '', who: keyof typeof CAST = 'advocate') =>
    http().get(`/api/tasks/planned${query}`).set('Cookie', cast.cookie[who]);

  async function followup(
    sc: SeededCase,
    key: string,
    dueAt: string,
    actBy: string,
    state = 'pending',
  ): Promise<string> {
    const [row] = (await t.dataSource.query(
      `insert into followup (organisation_id, case_id, kind, key, due_at, act_by, title, rule_id, citation, state,
         delivered_at)
       values ($1, $2, 'case_opened_review', $3, $4, $5, $6, 'VA.FA.PO.EXTENSION_FILE_BY',
               'Va. Code § 16.1-279.1(B)', $7, $8)
       returning id`,
      [
        sc.organisationId,
        sc.id,
        key,
        dueAt,
        actBy,
        `Reminder ${key}`,
        state,
        state === 'delivered' ? dueAt : null,
      ],
    )) as [{ id: string }];
    return row.id;
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
    t.clock.set(new Date('2026-11-23T15:00:00Z'));
    await cast.signInAll();
    c = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    other = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.unassigned.id] });
    await followup(c, 'later', '2026-12-03T14:00:00Z', '2026-12-07');
    await followup(c, 'sooner', '2026-11-27T14:00:00Z', '2026-12-01');
    await followup(c, 'done', '2026-11-20T14:00:00Z', '2026-11-24', 'delivered');
    await followup(other, 'theirs', '2026-11-25T14:00:00Z', '2026-11-30');
  });

  it("lists an advocate's planned reminders of their cases, soonest first, with day and deadline", async () => {
    const res = await planned();
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: expect.any(String),
        caseId: c.id,
        caseReference: c.reference,
        clientName: expect.any(String),
        title: 'Reminder sooner',
        forDay: '2026-11-27',
        deadlineOn: '2026-12-01',
        ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
        citation: 'Va. Code § 16.1-279.1(B)',
      },
      expect.objectContaining({ title: 'Reminder later', forDay: '2026-12-03' }),
    ]);
  });

  it("gives a supervisor the organisation's, and one case's with caseId", async () => {
    const all = await planned('', 'supervisor');
    expect((all.body.items as Array<{ title: string }>).map((i) => i.title)).toEqual([
      'Reminder theirs',
      'Reminder sooner',
      'Reminder later',
    ]);
    const one = await planned(`?caseId=${other.id}`, 'supervisor');
    expect((one.body.items as Array<{ caseId: string }>).map((i) => i.caseId)).toEqual([other.id]);
  });

  it('drops the reminders of a closed case', async () => {
    await t.dataSource.query(
      `update case_file set closed_on = '2026-11-23', stage = 'closed' where id = $1`,
      [c.id],
    );
    expect((await planned()).body.items).toEqual([]);
  });

  it('refuses a caseId that is not an id, naming the field', async () => {
    const res = await planned('?caseId=HV-2026-0001');
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'caseId' })]);
  });

  it("shows a delivered task's reminder day apart from the deadline it serves", async () => {
    const delivered = (await t.dataSource.query(`select id from followup where key = 'done'`)) as [
      { id: string },
    ];
    await t.dataSource.query(
      `insert into task (organisation_id, case_id, followup_id, followup_version, title, due_on, assignee_id)
       values ($1, $2, $3, 1, 'Reminder done', '2026-11-24', $4)`,
      [c.organisationId, c.id, delivered[0].id, cast.users.advocate.id],
    );
    await t.dataSource.query(
      `insert into task (organisation_id, case_id, title, due_on, assignee_id)
       values ($1, $2, 'Call the client back', '2026-11-25', $3)`,
      [c.organisationId, c.id, cast.users.advocate.id],
    );
    const res = await http().get('/api/tasks').set('Cookie', cast.cookie.advocate);
    expect(
      (res.body.items as Array<Record<string, unknown>>).map((i) => [
        i['title'],
        i['forDay'],
        i['deadlineOn'],
        i['dueOn'],
      ]),
    ).toEqual([
      ['Reminder done', '2026-11-20', '2026-11-24', '2026-11-24'],
      ['Call the client back', '2026-11-25', null, '2026-11-25'],
    ]);
  });
});
