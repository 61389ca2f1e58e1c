import request from 'supertest';

import { createTestApp, type TestApp } from '@api/testing/test-app';

describe('GET /api/health (real PostgreSQL + Redis)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database and Redis up, without a session', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info).toEqual({
      database: { status: 'up' },
      redis: { status: 'up', evictionPolicy: 'noeviction' },
    });
  });
});
