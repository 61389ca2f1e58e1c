import request from 'supertest';

import { insertOrganisation, insertUser, signIn, truncateAll } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

describe('the admin queue dashboard (Bull Board behind the session and queue:read)', () => {
  let t: TestApp;
  let admin: string;
  let advocate: string;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.dataSource);
    const org = await insertOrganisation(t.dataSource);
    admin = await signIn(
      t.app.getHttpServer(),
      await insertUser(t.dataSource, org.id, { role: 'admin' }),
    );
    advocate = await signIn(
      t.app.getHttpServer(),
      await insertUser(t.dataSource, org.id, { role: 'advocate' }),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const http = () => request(t.app.getHttpServer());

  it('serves the board page and its queue API to an admin', async () => {
    const page = await http().get('/api/admin/queues').set('Cookie', admin);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Haven queues');
    const queues = await http().get('/api/admin/queues/api/queues').set('Cookie', admin);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'followups',
      'maintenance',
    ]);
    expect(queues.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
  });

  it('refuses an advocate (403) and a visitor without a session (401)', async () => {
    expect((await http().get('/api/admin/queues').set('Cookie', advocate)).status).toBe(403);
    expect((await http().get('/api/admin/queues/api/queues')).status).toBe(401);
  });

  it("routes none of the board's write actions", async () => {
    const res = await http()
      .put('/api/admin/queues/api/queues/followups/retry/failed')
      .set('Cookie', admin)
      .send({});
    expect(res.status).toBe(404);
  });
});
