import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';

import { aCaseRequest } from '@haven/testing';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { countRows } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';
import { WorkerModule } from '@api/worker.module';

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const CAST = castOf('advocate', 'colleague', 'supervisor', 'outsider');

describe('cases: caseloads, tenancy and the walking skeleton (real PostgreSQL + Redis)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    cast = await seedCast(t, CAST);
  });

  const http = () => request(t.app.getHttpServer());

  it('shows an advocate only the cases assigned to them, and a supervisor the whole organisation', async () => {
    const mine = await http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn('advocate'))
      .send(aCaseRequest());
    const theirs = await http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn('colleague'))
      .send(aCaseRequest());
    expect([mine.status, theirs.status]).toEqual([201, 201]);

    const advocateList = await http()
      .get('/api/cases')
      .set('Cookie', await cast.signIn('advocate'));
    expect(advocateList.body.items.map((c: { id: string }) => c.id)).toEqual([mine.body.id]);

    const supervisorList = await http()
      .get('/api/cases')
      .set('Cookie', await cast.signIn('supervisor'));
    expect(supervisorList.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [mine.body.id, theirs.body.id].sort(),
    );
  });

  it('shows on a caseload row what the case page shows of the case, its advocates and next open deadline', async () => {
    const created = await cast.post('advocate', '/cases', aCaseRequest());
    const caseId = String(created.body.id);
    const order = await cast.post('advocate', `/cases/${caseId}/orders`, {
      kind: 'FA_PO',
      issuedOn: t.clock.now().toISOString().slice(0, 10),
      issuedTime: '10:30',
      issuingCourtId: 'jdr-fairfax',
      issuingCourtKind: 'JDR',
      issuingLocality: 'Fairfax County',
    });
    expect([created.status, order.status]).toEqual([201, 201]);
    // The PUT answers the case's caseload row as just written (CasesService.summary).
    const assigned = await http()
      .put(`/api/cases/${caseId}/advocates`)
      .set('Cookie', await cast.signIn('supervisor'))
      .send({ advocateIds: [cast.users.advocate.id, cast.users.colleague.id] });
    expect(assigned.status).toBe(200);

    const page = await cast.get('supervisor', `/cases/${caseId}`);
    const list = await cast.get('supervisor', '/cases');
    const row = (list.body.items as Array<{ id: string }>).find((i) => i.id === caseId);
    const shown = (({ id, reference, clientName, respondentName, stage, orderKind }) => ({
      id,
      reference,
      clientName,
      respondentName,
      stage,
      orderKind,
    }))(page.body as Record<string, unknown>);
    expect(row).toEqual({
      ...shown,
      advocates: page.body.advocates,
      openedOn: page.body.openedOn,
      nextDeadline: page.body.nextDeadline,
    });
    expect(assigned.body).toEqual(row);
    expect(page.body.advocates).toHaveLength(2);
    expect(page.body.nextDeadline).toEqual(
      expect.objectContaining({
        state: 'open',
        dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    );
    // Every stored deadline, in the page's order: by date, then time (an untimed one after the
    // timed ones of its day), then rule.
    const stored = (await t.dataSource.query(
      `select rule_id as "ruleId", due_on::text as "dueOn", to_char(due_time, 'HH24:MI') as "dueTime",
              state, citation
         from case_deadline where case_id = $1
        order by due_on, due_time nulls last, rule_id`,
      [caseId],
    )) as Array<Record<string, unknown>>;
    expect(stored.length).toBeGreaterThan(1);
    expect(
      (page.body.deadlines as Array<Record<string, unknown>>).map(
        ({ ruleId, dueOn, dueTime, state, citation }) => ({
          ruleId,
          dueOn,
          dueTime,
          state,
          citation,
        }),
      ),
    ).toEqual(stored);
  });

  it("never lists another organisation's cases", async () => {
    await http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn('advocate'))
      .send(aCaseRequest({ client: { fullName: 'Marker Orgone Client' } }));
    const res = await http()
      .get('/api/cases')
      .set('Cookie', await cast.signIn('outsider'));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('Marker Orgone Client');
    expect(res.body.items).toEqual([]);
  });

  it('pages with a cursor, newest first, without repeating a case', async () => {
    const cookie = await cast.signIn('advocate');
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(1000);
      expect(
        (await http().post('/api/cases').set('Cookie', cookie).send(aCaseRequest())).status,
      ).toBe(201);
    }
    const first = await http().get('/api/cases?limit=2').set('Cookie', cookie);
    const second = await http()
      .get(`/api/cases?limit=2&cursor=${first.body.nextCursor}`)
      .set('Cookie', cookie);
    const third = await http()
      .get(`/api/cases?limit=2&cursor=${second.body.nextCursor}`)
      .set('Cookie', cookie);
    const refs = [...first.body.items, ...second.body.items, ...third.body.items].map(
      (c: { reference: string }) => c.reference,
    );
    expect(refs).toEqual([
      'HV-2026-0005',
      'HV-2026-0004',
      'HV-2026-0003',
      'HV-2026-0002',
      'HV-2026-0001',
    ]);
    expect(third.body.nextCursor).toBeNull();
  });

  it('refuses an impossible date with 400 naming openedOn, and stores nothing', async () => {
    const res = await http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn('advocate'))
      .send(aCaseRequest({ openedOn: '2026-02-30' }));
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'openedOn' })]);
    expect(await countRows(t.dataSource, 'case_file')).toBe(0);
    expect(await countRows(t.dataSource, 'followup')).toBe(0);
  });

  it('refuses fields it does not know (no mass assignment), naming them', async () => {
    const res = await http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn('advocate'))
      .send({ ...aCaseRequest(), organisationId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'organisationId' })]);
    expect(await countRows(t.dataSource, 'case_file')).toBe(0);
  });

  it('writes the case, its follow-up and the audit event together', async () => {
    const res = await http()
      .post('/api/cases')
      .set('Cookie', await cast.signIn('advocate'))
      .send(aCaseRequest());
    expect(res.status).toBe(201);
    const followups = (await t.dataSource.query('select case_id, state from followup')) as Array<{
      case_id: string;
      state: string;
    }>;
    expect(followups).toEqual([
      { case_id: res.body.id, state: expect.stringMatching(/pending|delivered/) },
    ]);
    const audit = (await t.dataSource.query(
      "select target_id from audit_event where action = 'case_created'",
    )) as unknown[];
    expect(audit).toEqual([{ target_id: res.body.id }]);
  });

  describe('with the worker running', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
      await worker.init();
    });
    afterAll(async () => {
      await worker.close();
    });

    it('turns the job enqueued by opening a case into exactly one task row for the advocate', async () => {
      const res = await http()
        .post('/api/cases')
        .set('Cookie', await cast.signIn('advocate'))
        .send(aCaseRequest());
      expect(res.status).toBe(201);
      const tasks = await waitFor(async () => {
        const rows = (await t.dataSource.query(
          'select case_id, assignee_id, status, title from task where case_id = $1',
          [res.body.id],
        )) as Array<Record<string, string>>;
        return rows.length > 0 ? rows : null;
      });
      expect(tasks).toEqual([
        {
          case_id: res.body.id,
          assignee_id: cast.users.advocate.id,
          status: 'open',
          title: expect.stringContaining('Review the new case'),
        },
      ]);
      const [followup] = (await t.dataSource.query(
        'select state from followup where case_id = $1',
        [res.body.id],
      )) as Array<{
        state: string;
      }>;
      expect(followup?.state).toBe('delivered');
    });
  });
});
