import request from 'supertest';

import { insertTaskRow } from '@api/testing/fact-rows.fixtures';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import {
  insertCase,
  tableFingerprints,
  truncateAuditTrail,
  type SeededCase,
} from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const OTHER_ORG_MARKER = 'OTHERORG-TASK-MARKER';

const CAST = castOf('advocate', 'colleague', 'supervisor', 'staff', 'outsider');

describe('tasks (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let mine: SeededCase;
  let theirs: SeededCase;
  let foreign: SeededCase;
  const ids: Record<string, string> = {};

  const http = () => request(t.app.getHttpServer());
  const titles = (body: { items: Array<{ title: string }> }) => body.items.map((i) => i.title);

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('truncate table case_file, client, respondent cascade');
    await truncateAuditTrail(t.dataSource);
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    await cast.signInAll();
    mine = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    theirs = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.colleague.id] });
    foreign = await insertCase(t.dataSource, cast.otherOrgId, { advocateIds: [] });
    ids['call'] = await insertTaskRow(t.dataSource, mine, {
      title: 'Call the clerk',
      dueOn: '2026-11-25',
      assigneeId: cast.users.advocate.id,
    });
    ids['safety'] = await insertTaskRow(t.dataSource, mine, {
      title: 'Review the safety plan',
      dueOn: '2026-11-24',
    });
    ids['forms'] = await insertTaskRow(t.dataSource, mine, {
      title: 'Prepare the forms',
      dueOn: '2026-11-25',
      assigneeId: cast.users.colleague.id,
    });
    ids['done'] = await insertTaskRow(t.dataSource, mine, {
      title: 'Old task',
      dueOn: '2026-11-20',
      status: 'done',
    });
    ids['colleague'] = await insertTaskRow(t.dataSource, theirs, {
      title: 'Chase service',
      dueOn: '2026-11-26',
      assigneeId: cast.users.colleague.id,
    });
    ids['foreign'] = await insertTaskRow(t.dataSource, foreign, {
      title: OTHER_ORG_MARKER,
      dueOn: '2026-11-24',
    });
  });

  describe('GET /api/tasks', () => {
    it('shows an advocate the open tasks of their own cases only, by due date', async () => {
      const res = await http().get('/api/tasks').set('Cookie', cast.cookie.advocate);
      expect(res.status).toBe(200);
      // Two tasks due the same day come in id order (the keyset is (due_on, id)).
      const sameDay =
        ids['call']! < ids['forms']!
          ? ['Call the clerk', 'Prepare the forms']
          : ['Prepare the forms', 'Call the clerk'];
      expect(titles(res.body)).toEqual(['Review the safety plan', ...sameDay]);
      expect(res.body.items[0]).toEqual({
        id: ids['safety'],
        caseId: mine.id,
        caseReference: mine.reference,
        clientName: expect.any(String),
        title: 'Review the safety plan',
        dueOn: '2026-11-24',
        // Made by hand: the day it is for is its due day, and it serves no legal deadline.
        forDay: '2026-11-24',
        deadlineOn: null,
        status: 'open',
        sourceRule: null,
        sourceCitation: null,
        assignee: null,
        completedBy: null,
        completedAt: null,
        createdAt: expect.any(String),
        // Made by hand: no follow-up, so no prefilled draft (issue 19).
        draft: null,
      });
      expect(res.body.nextCursor).toBeNull();
    });

    it("shows a supervisor the organisation's tasks and never another organisation's", async () => {
      const res = await http().get('/api/tasks?assignee=any').set('Cookie', cast.cookie.supervisor);
      expect(titles(res.body)).toHaveLength(4);
      expect(titles(res.body)).toContain('Chase service');
      expect(JSON.stringify(res.body)).not.toContain(OTHER_ORG_MARKER);
      const outsider = await http().get('/api/tasks').set('Cookie', cast.cookie.outsider);
      expect(titles(outsider.body)).toEqual([OTHER_ORG_MARKER]);
    });

    it('narrows to the caller’s own tasks with assignee=me, and to done tasks with status=done', async () => {
      const me = await http().get('/api/tasks?assignee=me').set('Cookie', cast.cookie.colleague);
      expect(titles(me.body).sort()).toEqual(['Chase service']);
      const colleagueAll = await http().get('/api/tasks').set('Cookie', cast.cookie.colleague);
      expect(titles(colleagueAll.body)).toEqual(['Chase service']);
      const done = await http().get('/api/tasks?status=done').set('Cookie', cast.cookie.supervisor);
      expect(titles(done.body)).toEqual(['Old task']);
    });

    it('pages by (due date, id) with a cursor, without gaps or repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await http()
          .get(`/api/tasks?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
          .set('Cookie', cast.cookie.supervisor);
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((i: { id: string }) => i.id));
        cursor = res.body.nextCursor as string | null;
        pages += 1;
      } while (cursor && pages < 10);
      const all = await http().get('/api/tasks?limit=100').set('Cookie', cast.cookie.supervisor);
      expect(seen).toEqual(all.body.items.map((i: { id: string }) => i.id));
      expect(new Set(seen).size).toBe(4);
    });

    it.each([
      ['status', 'status=late'],
      ['assignee', 'assignee=everyone'],
      ['limit', 'limit=0'],
      ['cursor', 'cursor=not-a-cursor'],
    ])('refuses a bad %s with 400 naming it', async (field, query) => {
      const res = await http().get(`/api/tasks?${query}`).set('Cookie', cast.cookie.supervisor);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe('POST /api/tasks/:taskId/complete', () => {
    it('marks the task done by the caller at the clock’s time', async () => {
      t.clock.set(new Date('2026-11-24T16:30:00Z'));
      await cast.signIn('advocate');
      const res = await http()
        .post(`/api/tasks/${ids['call']}/complete`)
        .set('Cookie', cast.cookie.advocate);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          id: ids['call'],
          status: 'done',
          completedBy: { id: cast.users.advocate.id, displayName: cast.users.advocate.displayName },
          completedAt: '2026-11-24T16:30:00.000Z',
        }),
      );
      const [row] = (await t.dataSource.query(
        'select status, completed_by, completed_at from task where id = $1',
        [ids['call']],
      )) as [{ status: string; completed_by: string; completed_at: Date }];
      expect(row).toEqual({
        status: 'done',
        completed_by: cast.users.advocate.id,
        completed_at: new Date('2026-11-24T16:30:00Z'),
      });
    });

    it('refuses to complete a task twice (409) and leaves the first completion', async () => {
      await http().post(`/api/tasks/${ids['call']}/complete`).set('Cookie', cast.cookie.advocate);
      const before = await tableFingerprints(t.dataSource, ['task']);
      const again = await http()
        .post(`/api/tasks/${ids['call']}/complete`)
        .set('Cookie', cast.cookie.supervisor);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('TASK_NOT_OPEN');
      expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
    });

    it('answers 404 to an advocate for a task of a case they are not assigned to, audited, nothing changed', async () => {
      const before = await tableFingerprints(t.dataSource, ['task']);
      const res = await http()
        .post(`/api/tasks/${ids['colleague']}/complete`)
        .set('Cookie', cast.cookie.advocate);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('TASK_NOT_FOUND');
      expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
      const denied = (await t.dataSource.query(
        "select actor_user_id, target_type, target_id from audit_event where action = 'access_denied'",
      )) as unknown[];
      expect(denied).toEqual([
        { actor_user_id: cast.users.advocate.id, target_type: 'task', target_id: ids['colleague'] },
      ]);
    });

    it("answers 404 for another organisation's task exactly as for a missing one", async () => {
      const before = await tableFingerprints(t.dataSource, ['task']);
      const foreignRes = await http()
        .post(`/api/tasks/${ids['foreign']}/complete`)
        .set('Cookie', cast.cookie.supervisor);
      const missing = await http()
        .post('/api/tasks/00000000-0000-4000-8000-000000000000/complete')
        .set('Cookie', cast.cookie.supervisor);
      expect(foreignRes.status).toBe(404);
      expect({ ...foreignRes.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
      expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
    });

    it('refuses staff (403), who read but do not work tasks', async () => {
      const before = await tableFingerprints(t.dataSource, ['task']);
      expect(
        (await http().post(`/api/tasks/${ids['call']}/complete`).set('Cookie', cast.cookie.staff))
          .status,
      ).toBe(403);
      expect((await http().get('/api/tasks').set('Cookie', cast.cookie.staff)).status).toBe(200);
      expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
    });

    it('refuses a task id that is not a UUID with 400', async () => {
      expect(
        (await http().post('/api/tasks/42/complete').set('Cookie', cast.cookie.advocate)).status,
      ).toBe(400);
    });
  });

  describe('PUT /api/tasks/:taskId/assignee', () => {
    it('lets a supervisor give a task to an advocate of the organisation', async () => {
      const res = await http()
        .put(`/api/tasks/${ids['safety']}/assignee`)
        .set('Cookie', cast.cookie.supervisor)
        .send({ assigneeId: cast.users.colleague.id });
      expect(res.status).toBe(200);
      expect(res.body.assignee).toEqual({
        id: cast.users.colleague.id,
        displayName: cast.users.colleague.displayName,
      });
      const [row] = (await t.dataSource.query('select assignee_id from task where id = $1', [
        ids['safety'],
      ])) as [{ assignee_id: string }];
      expect(row.assignee_id).toBe(cast.users.colleague.id);
      const audit = (await t.dataSource.query(
        `select actor_user_id as "actor", details from audit_event
          where action = 'task_reassigned' and target_id = $1`,
        [ids['safety']],
      )) as Array<{ actor: string; details: Record<string, unknown> }>;
      expect(audit).toEqual([
        {
          actor: cast.users.supervisor.id,
          details: expect.objectContaining({ to: cast.users.colleague.id }),
        },
      ]);
    });

    it('refuses an advocate (403): reassigning is a supervisor’s decision', async () => {
      const before = await tableFingerprints(t.dataSource, ['task']);
      const res = await http()
        .put(`/api/tasks/${ids['call']}/assignee`)
        .set('Cookie', cast.cookie.advocate)
        .send({ assigneeId: cast.users.colleague.id });
      expect(res.status).toBe(403);
      expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
    });

    it.each([
      ['staff member', () => cast.users.staff.id],
      ['user of another organisation', () => cast.users.outsider.id],
      ['user who does not exist', () => '00000000-0000-4000-8000-000000000000'],
    ])(
      'refuses a %s as assignee with 400 naming assigneeId, nothing changed',
      async (_who, assignee) => {
        const before = await tableFingerprints(t.dataSource, ['task']);
        const res = await http()
          .put(`/api/tasks/${ids['safety']}/assignee`)
          .set('Cookie', cast.cookie.supervisor)
          .send({ assigneeId: assignee() });
        expect(res.status).toBe(400);
        expect(res.body.fields).toEqual([expect.objectContaining({ field: 'assigneeId' })]);
        expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
      },
    );

    it.each([
      ['assigneeId', { assigneeId: 'nobody' }],
      ['assigneeId', {}],
      ['status', { assigneeId: '00000000-0000-4000-8000-000000000000', status: 'done' }],
    ])('validates the body: 400 naming %s', async (field, body) => {
      const res = await http()
        .put(`/api/tasks/${ids['safety']}/assignee`)
        .set('Cookie', cast.cookie.supervisor)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it("answers 404 for another organisation's task and changes nothing", async () => {
      const before = await tableFingerprints(t.dataSource, ['task']);
      const res = await http()
        .put(`/api/tasks/${ids['foreign']}/assignee`)
        .set('Cookie', cast.cookie.supervisor)
        .send({ assigneeId: cast.users.colleague.id });
      expect(res.status).toBe(404);
      expect(await tableFingerprints(t.dataSource, ['task'])).toEqual(before);
    });
  });
});
