import request from 'supertest';

import { seedCast, type Cast } from '@api/testing/cast';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const LIMIT = 5;
const CAST = {
  supervisor: { role: 'supervisor' },
  advocate: { role: 'advocate' },
} as const;

/** security-checks C3: a client past its limit gets 429 with Retry-After, others carry on. */
describe('the API rate limit', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp(undefined, { rateLimitPerMinute: LIMIT });
    cast = await seedCast(t, CAST);
    t.clock.set(new Date('2026-12-01T15:00:00Z'));
    // Signing in is itself a request: each sign-in is the first request of its own minute here.
    await cast.signIn('supervisor');
    t.clock.set(new Date('2026-12-01T15:01:00Z'));
    await cast.signIn('advocate');
  });
  afterAll(() => t.close());

  const server = () => t.app.getHttpServer();

  it('answers 429 with Retry-After past the limit, counting each session on its own', async () => {
    t.clock.set(new Date('2026-12-01T15:02:10Z'));
    for (let i = 0; i < LIMIT; i += 1) {
      expect((await cast.get('supervisor', '/cases')).status).toBe(200);
    }
    const refused = await cast.get('supervisor', '/cases');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('50');
    expect(refused.body).toEqual({
      error: 'rate_limited',
      message: expect.stringContaining(`at most ${LIMIT} a minute`),
      retryAfterSeconds: 50,
      requestId: expect.any(String),
    });
    // Another advocate's session has its own count.
    expect((await cast.get('advocate', '/cases')).status).toBe(200);
  });

  it('counts a client without a session by its address, and never limits health', async () => {
    t.clock.set(new Date('2026-12-01T15:03:00Z'));
    for (let i = 0; i < LIMIT; i += 1) {
      expect((await request(server()).get('/api/cases')).status).toBe(401);
    }
    expect((await request(server()).get('/api/cases')).status).toBe(429);
    expect((await request(server()).post('/api/auth/login').send({})).status).toBe(429);
    expect((await request(server()).get('/api/health')).status).not.toBe(429);
  });

  it('lets the client in again when the minute turns', async () => {
    t.clock.set(new Date('2026-12-01T15:04:00Z'));
    for (let i = 0; i <= LIMIT; i += 1) await cast.get('supervisor', '/cases');
    expect((await cast.get('supervisor', '/cases')).status).toBe(429);
    t.clock.set(new Date('2026-12-01T15:05:00Z'));
    expect((await cast.get('supervisor', '/cases')).status).toBe(200);
  });
});
