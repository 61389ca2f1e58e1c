import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, tableFingerprints, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'staff');

describe('closing and reopening a case (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let theCase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    cast = await seedCast(t, CAST);
    theCase = await insertCase(t.dataSource, cast.orgId, {
      advocateIds: [cast.users.advocate.id],
      openedOn: '2026-11-02',
    });
    await cast.signIn('advocate');
  });

  const http = () => request(t.app.getHttpServer());
  const close = (body: object, as = cast.cookie.advocate) =>
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

    const reopened = await http()
      .post(`/api/cases/${theCase.id}/reopen`)
      .set('Cookie', cast.cookie.advocate);
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
      await cast.signIn('staff'),
    );
    expect(res.status).toBe(403);
  });
});
