import request from 'supertest';

import { castOf, seedCast } from '@api/testing/cast';
import { countRows, type SeededUser } from '@api/testing/db-fixtures';
import { API_DOCS_ROUTES, concretePath, declaredRoutes } from '@api/testing/route-catalogue';
import { createTestApp, type TestApp } from '@api/testing/test-app';

// The test-only route that throws is mounted by createTestApp alone.
const PUBLIC_ROUTES = new Set([
  'POST /api/auth/login',
  'GET /api/health',
  'GET /api/test-only/explode',
  // A calendar client fetches the feed with no cookie: the secret token in its path is the
  // credential, and an unknown token answers 404 (calendar-feeds.int-spec).
  'GET /api/calendar-feed/:file',
]);

function sessionCookie(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('__Host-haven_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0]!;
}

describe('authentication and sessions (real PostgreSQL)', () => {
  let t: TestApp;
  let advocate: SeededUser;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    advocate = (await seedCast(t, castOf('advocate'))).users.advocate;
  });

  const http = () => request(t.app.getHttpServer());
  const login = (email: string, password: string) =>
    http().post('/api/auth/login').send({ email, password });

  it('returns 401 and opens no session for a wrong password', async () => {
    const res = await login(advocate.email, 'not the right passphrase at all');
    expect(res.status).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await countRows(t.dataSource, 'user_session')).toBe(0);
  });

  it('answers an unknown e-mail exactly as it answers a wrong password', async () => {
    const wrongPassword = await login(advocate.email, 'not the right passphrase at all');
    const unknownUser = await login(
      'nobody-here@haven-test.example',
      'not the right passphrase at all',
    );
    expect(unknownUser.status).toBe(wrongPassword.status);
    expect({ ...unknownUser.body, requestId: null }).toEqual({
      ...wrongPassword.body,
      requestId: null,
    });
  });

  it('records each failed sign-in in the audit trail', async () => {
    await login(advocate.email, 'not the right passphrase at all');
    const rows = (await t.dataSource.query(
      "select actor_user_id from audit_event where action = 'sign_in_failed'",
    )) as Array<{
      actor_user_id: string;
    }>;
    expect(rows).toEqual([{ actor_user_id: advocate.id }]);
  });

  it('refuses a malformed login body with 400 naming the field', async () => {
    const res = await http().post('/api/auth/login').send({ email: 'not-an-email', password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_failed');
    expect(res.body.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'email' })]),
    );
  });

  it('sets an HttpOnly, SameSite=Strict, Secure, host-only session cookie on login', async () => {
    const res = await login(advocate.email, advocate.password);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: advocate.id, role: 'advocate', email: advocate.email });
    const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join('\n');
    expect(raw).toMatch(/^__Host-haven_session=/);
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    expect(raw).toMatch(/Secure/i);
    expect(raw).toMatch(/Path=\//);
    expect(raw).not.toMatch(/Domain=/i);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = sessionCookie(await login(advocate.email, advocate.password));
    const token = cookie.split('=')[1]!;
    const rows = (await t.dataSource.query('select token_hash from user_session')) as Array<{
      token_hash: string;
    }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
  });

  it('ends the session at logout: the same cookie gets 401 on its very next request', async () => {
    const cookie = sessionCookie(await login(advocate.email, advocate.password));
    expect((await http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    expect((await http().post('/api/auth/logout').set('Cookie', cookie)).status).toBe(204);
    expect((await http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('gives a new session id at login and kills the pre-login one', async () => {
    const first = sessionCookie(await login(advocate.email, advocate.password));
    const second = sessionCookie(
      await login(advocate.email, advocate.password).set('Cookie', first),
    );
    expect(second).not.toBe(first);
    expect((await http().get('/api/auth/me').set('Cookie', first)).status).toBe(401);
    expect((await http().get('/api/auth/me').set('Cookie', second)).status).toBe(200);
  });

  it('ends every session of a user who is disabled, at once', async () => {
    const cookie = sessionCookie(await login(advocate.email, advocate.password));
    await t.dataSource.query('update app_user set disabled_at = now() where id = $1', [
      advocate.id,
    ]);
    expect((await http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('expires a session after 30 idle minutes, but not after 29', async () => {
    const cookie = sessionCookie(await login(advocate.email, advocate.password));
    t.clock.advance(29 * 60_000);
    expect((await http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('keeps a session in steady use alive though activity is recorded once a minute, and idles it out at most a minute early, never late', async () => {
    const cookie = sessionCookie(await login(advocate.email, advocate.password));
    const me = async () => (await http().get('/api/auth/me').set('Cookie', cookie)).status;
    // A request every 50 seconds, 47 times (39 minutes): only every other one writes
    // last_seen_at, so the last one goes unrecorded, 50 seconds after the last recorded one.
    const useFor47Requests = async () => {
      for (let step = 1; step <= 47; step += 1) {
        t.clock.advance(50_000);
        expect(await me()).toBe(200);
      }
    };
    await useFor47Requests();
    // 29 minutes after the last request the session still lives (the limit counts from at most
    // a minute before it) ...
    t.clock.advance(29 * 60_000);
    expect(await me()).toBe(200);
    await useFor47Requests();
    // ... and 30 minutes and a millisecond after it, though that request was not recorded, the
    // session is gone.
    t.clock.advance(30 * 60_000 + 1);
    expect(await me()).toBe(401);
  });

  it('ends a session 12 hours after login even while it is in use', async () => {
    const cookie = sessionCookie(await login(advocate.email, advocate.password));
    const statuses: number[] = [];
    for (let step = 1; step <= 36; step += 1) {
      t.clock.advance(20 * 60_000);
      statuses.push((await http().get('/api/auth/me').set('Cookie', cookie)).status);
    }
    // 35 requests inside the 12 hours succeed; the one at 12:00 is refused.
    expect(statuses.slice(0, 35).every((s) => s === 200)).toBe(true);
    expect(statuses[35]).toBe(401);
  });

  it('answers 401 without a session on every /api route except login and health', async () => {
    const routes = [...declaredRoutes(t.app), ...API_DOCS_ROUTES];
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const res = await http()
        [route.method.toLowerCase() as 'get' | 'post'](concretePath(route.path))
        .send({});
      if (PUBLIC_ROUTES.has(key)) {
        expect(res.status).not.toBe(401);
      } else {
        expect({ key, status: res.status }).toEqual({ key, status: 401 });
      }
    }
  });

  it('marks API responses no-store and noindex', async () => {
    const res = await http().get('/api/auth/me');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toMatch(/noindex/);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toBeDefined();
  });
});
