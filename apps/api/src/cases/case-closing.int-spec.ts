import request from 'supertest';

import {
  insertCase,
  insertOrganisation,
  insertUser,
  signIn,
  tableFingerprints,
  truncateAll,
  type SeededCase,
  type SeededUser,
} from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

describe('closing and reopening a case (real PostgreSQL)', () => {
  let t: TestApp;
  let advocate: SeededUser;
  let staff: SeededUser;
  let theCase: SeededCase;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await truncateAll(t.dataSource);
    const org = await insertOrganisation(t.dataSource);
    advocate = await insertUser(t.dataSource, org.id, { role: 'advocate' });
    staff = await insertUser(t.dataSource, org.id, { role: 'staff' });
    theCase = await insertCase(t.dataSource, org.id, {
      advocateIds: [advocate.id],
      openedOn: '2026-11-02',
    });
    cookie = await signIn(t.app.getHttpServer(), advocate);
  });

  const http = () => request(t.app.getHttpServer());
  const close = (body: object, as = cookie) =>
    http().post(`/api/cases/${theCase.id}/close`).set('Cookie', as).send(body);
  const actions = async () =>
    (
      (await t.dataSource.query(
        `select action from audit_event where target_id = $1 and action like 'case_%' order by id`,
        [theCase.id],
      )) as Array<{ action: string }>
    ).map((r) => r.action);

  it('closes with an LSC closing code, audited, and reopens to the stage its facts give', async () => {
    const closed = await close({ closedOn: '2026-12-15', lscClosingCode: 'IA' });
    expect(closed.status).toBe(200);
    expect(closed.body.stage).toBe('closed');
    const [row] = (await t.dataSource.query(
      `select closed_on::text as "closedOn", lsc_closing_code as code from case_file where id = $1`,
      [theCase.id],
    )) as [{ closedOn: string; code: string }];
    expect(row).toEqual({ closedOn: '2026-12-15', code: 'IA' });

    const again = await close({ closedOn: '2026-12-16', lscClosingCode: 'A' });
    expect(again.status).toBe(409);

    const reopened = await http().post(`/api/cases/${theCase.id}/reopen`).set('Cookie', cookie);
    expect(reopened.status).toBe(200);
    expect(reopened.body.stage).toBe('intake');
    expect(await actions()).toEqual(['case_closed', 'case_reopened']);
  });

  it('refuses a closing date before opening or an unknown code, naming the field, changing nothing', async () => {
    const before = await tableFingerprints(t.dataSource, ['case_file', 'audit_event']);
    for (const [body, field] of [
      [{ closedOn: '2026-11-01', lscClosingCode: 'IA' }, 'closedOn'],
      [{ closedOn: '2026-12-15', lscClosingCode: 'Z' }, 'lscClosingCode'],
      [{ closedOn: '2026-02-30', lscClosingCode: 'IA' }, 'closedOn'],
    ] as const) {
      const res = await close(body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
    expect(await tableFingerprints(t.dataSource, ['case_file', 'audit_event'])).toEqual(before);
  });

  it('refuses staff, who read cases but do not work them (403)', async () => {
    const res = await close(
      { closedOn: '2026-12-15', lscClosingCode: 'IA' },
      await signIn(t.app.getHttpServer(), staff),
    );
    expect(res.status).toBe(403);
  });
});
