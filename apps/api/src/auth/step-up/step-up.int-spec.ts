import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { countRows, insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { totpCodeAt } from '../mfa/totp';

const CAST = castOf('supervisor', 'advocate', 'admin');
const REVEAL = { party: 'client', field: 'address', reason: 'Preparing the petition form' };
const ELEVEN_MINUTES = 11 * 60_000;

/** security-checks B9 (step-up) and B6 (cross-site writes), B2/B5 (password change). */
describe('step-up before dangerous acts, cross-site writes, password change (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let kase: SeededCase;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    cast = await seedCast(t, CAST);
    kase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
  });

  const http = () => request(t.app.getHttpServer());
  const reveal = (cookie: string) =>
    http().post(`/api/cases/${kase.id}/reveal`).set('Cookie', cookie).send(REVEAL);
  const reveals = () => countRows(t.dataSource, 'audit_event', "action = 'reveal'");

  it('answers a reveal 11 minutes after sign-in with 401 reauth_required (totp), releasing nothing, until a fresh code', async () => {
    const cookie = await cast.signIn('supervisor');
    expect((await reveal(cookie)).status).toBe(200);
    t.clock.advance(ELEVEN_MINUTES);
    const challenged = await reveal(cookie);
    expect(challenged.status).toBe(401);
    expect(challenged.body).toMatchObject({ error: 'reauth_required', challenge: 'totp' });
    expect(await reveals()).toBe(1);
    // A password is not enough for a user with an authenticator.
    const byPassword = await http()
      .post('/api/auth/step-up')
      .set('Cookie', cookie)
      .send({ password: cast.users.supervisor.password });
    expect(byPassword.status).toBe(400);
    const code = totpCodeAt(cast.users.supervisor.totpSecret!, t.clock.now());
    const proved = await http().post('/api/auth/step-up').set('Cookie', cookie).send({ code });
    expect(proved.status).toBe(204);
    expect((await reveal(cookie)).status).toBe(200);
    expect(await reveals()).toBe(2);
    // The same code cannot prove it again.
    t.clock.advance(ELEVEN_MINUTES);
    expect(
      (await http().post('/api/auth/step-up').set('Cookie', cookie).send({ code })).status,
    ).toBe(400);
  });

  it('asks an advocate without an authenticator for the password instead', async () => {
    const cookie = await cast.signIn('advocate');
    t.clock.advance(ELEVEN_MINUTES);
    const challenged = await reveal(cookie);
    expect(challenged.body).toMatchObject({ error: 'reauth_required', challenge: 'password' });
    const wrong = await http()
      .post('/api/auth/step-up')
      .set('Cookie', cookie)
      .send({ password: 'not the right passphrase at all' });
    expect(wrong.status).toBe(400);
    expect(
      (
        await http()
          .post('/api/auth/step-up')
          .set('Cookie', cookie)
          .send({ password: cast.users.advocate.password })
      ).status,
    ).toBe(204);
    expect((await reveal(cookie)).status).toBe(200);
  });

  it('asks for a step-up before a role change, not before a rename', async () => {
    const cookie = await cast.signIn('admin');
    t.clock.advance(ELEVEN_MINUTES);
    const path = `/api/users/${cast.users.advocate.id}`;
    expect(
      (await http().patch(path).set('Cookie', cookie).send({ displayName: 'Rowan Hale' })).status,
    ).toBe(200);
    const role = await http().patch(path).set('Cookie', cookie).send({ role: 'supervisor' });
    expect(role.status).toBe(401);
    expect(role.body.error).toBe('reauth_required');
    const [row] = (await t.dataSource.query('select role from app_user where id = $1', [
      cast.users.advocate.id,
    ])) as [{ role: string }];
    expect(row.role).toBe('advocate');
  });

  it('refuses a cookie-authenticated write from another site with 403, storing nothing', async () => {
    const cookie = await cast.signIn('supervisor');
    for (const headers of [
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://attacker.example' },
      { Origin: 'null' },
    ]) {
      const res = await reveal(cookie).set(headers);
      expect({ headers, status: res.status, error: res.body.error }).toEqual({
        headers,
        status: 403,
        error: 'cross_site_request',
      });
    }
    expect(await reveals()).toBe(0);
    const own = await reveal(cookie).set({
      Host: 'haven.example',
      Origin: 'https://haven.example',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(own.status).toBe(200);
    const ownOrigin = await reveal(cookie).set({
      Host: 'haven.example',
      Origin: 'https://haven.example',
    });
    expect(ownOrigin.status).toBe(200);
    // A non-browser client sends neither header.
    expect((await reveal(cookie)).status).toBe(200);
  });

  it('changes the password under the rules and, when asked, ends the other sessions, audited once each', async () => {
    const other = await cast.signIn('advocate');
    const cookie = await cast.signIn('advocate');
    const change = (body: object) =>
      http().post('/api/auth/password').set('Cookie', cookie).send(body);
    const weak = await change({
      currentPassword: cast.users.advocate.password,
      newPassword: 'password1234567',
      endOtherSessions: true,
    });
    expect(weak.status).toBe(400);
    expect(weak.body.fields).toEqual([{ field: 'newPassword', message: expect.any(String) }]);
    const wrongCurrent = await change({
      currentPassword: 'not the right passphrase at all',
      newPassword: 'a quiet orchard beside the river',
      endOtherSessions: true,
    });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.fields[0].field).toBe('currentPassword');
    const done = await change({
      currentPassword: cast.users.advocate.password,
      newPassword: 'a quiet orchard beside the river',
      endOtherSessions: true,
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ otherSessionsEnded: 1 });
    expect((await http().get('/api/auth/me').set('Cookie', other)).status).toBe(401);
    expect((await http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    expect(await countRows(t.dataSource, 'audit_event', "action = 'password_changed'")).toBe(1);
    expect(await countRows(t.dataSource, 'audit_event', "action = 'session_revoked'")).toBe(1);
    const login = await http()
      .post('/api/auth/login')
      .send({ email: cast.users.advocate.email, password: 'a quiet orchard beside the river' });
    expect(login.status).toBe(200);
  });
});
