import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { countRows, insertUser, signIn } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { totpCodeAt } from './totp';

const CAST = {
  ...castOf('supervisor', 'advocate'),
  newAdmin: { role: 'admin', mfa: false },
} as const;

function cookieOf(res: request.Response): string {
  return ([] as string[]).concat(res.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
}

/** security-checks B8: the TOTP second factor, through HTTP. */
describe('TOTP second factor (real PostgreSQL)', () => {
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
  const password = async (who: keyof typeof CAST) => {
    const user = cast.users[who];
    const res = await http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password });
    expect(res.status).toBe(200);
    return { body: res.body as { stage: string }, cookie: cookieOf(res) };
  };
  const verify = (cookie: string, code: string) =>
    http().post('/api/auth/mfa/verify').set('Cookie', cookie).send({ code });
  const codeNow = (offsetMs = 0) =>
    totpCodeAt(cast.users.supervisor.totpSecret!, new Date(t.clock.now().getTime() + offsetMs));

  it('holds a supervisor with an authenticator at the code: nothing else answers until it is given', async () => {
    const { body, cookie } = await password('supervisor');
    expect(body.stage).toBe('mfa_code');
    expect((await http().get('/api/board').set('Cookie', cookie)).body.error).toBe('mfa_required');
    const done = await verify(cookie, codeNow());
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ stage: 'complete', mfaEnrolled: true });
    // The waiting session ended; the new one reaches the board.
    expect((await http().get('/api/board').set('Cookie', cookie)).status).toBe(401);
    expect((await http().get('/api/board').set('Cookie', cookieOf(done))).status).toBe(200);
    expect(await countRows(t.dataSource, 'audit_event', "action = 'sign_in'")).toBe(1);
  });

  it('refuses a code used once already (replay), and one from a minute ago', async () => {
    const code = codeNow();
    expect((await verify((await password('supervisor')).cookie, code)).status).toBe(200);
    const replay = await verify((await password('supervisor')).cookie, code);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('INVALID_CODE');
    expect(replay.body.fields).toEqual([{ field: 'code', message: expect.any(String) }]);
    t.clock.advance(90_000);
    const stale = await verify((await password('supervisor')).cookie, codeNow(-60_000));
    expect(stale.status).toBe(400);
    // One step of tolerance: the code of the step before still works, once.
    expect((await verify((await password('supervisor')).cookie, codeNow(-30_000))).status).toBe(
      200,
    );
    expect(
      await countRows(
        t.dataSource,
        'audit_event',
        "action = 'sign_in_failed' and details->>'reason' = 'wrong_code'",
      ),
    ).toBe(2);
  });

  it('stops taking codes after 5 wrong ones in 15 minutes, even the right one', async () => {
    const { cookie } = await password('supervisor');
    for (let i = 0; i < 5; i += 1) {
      expect((await verify(cookie, '000000')).body.error).toBe('INVALID_CODE');
    }
    const right = await verify(cookie, codeNow());
    expect(right.status).toBe(400);
    expect(right.body.error).toBe('TOO_MANY_CODES');
  });

  it('makes an admin without an authenticator enrol before anything else, with a QR code and recovery codes', async () => {
    const { body, cookie } = await password('newAdmin');
    expect(body.stage).toBe('mfa_enrolment');
    const users = await http().get('/api/users').set('Cookie', cookie);
    expect(users.status).toBe(403);
    expect(users.body.error).toBe('mfa_enrolment_required');

    const start = await http().post('/api/auth/mfa/enrolment').set('Cookie', cookie);
    expect(start.status).toBe(201);
    expect(start.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(start.body.otpauthUri).toContain(`secret=${start.body.secret}`);
    const [stored] = (await t.dataSource.query(
      'select secret_sealed from user_mfa where user_id = $1',
      [cast.users.newAdmin.id],
    )) as [{ secret_sealed: string }];
    expect(stored.secret_sealed).not.toContain(start.body.secret);

    const wrong = await http()
      .post('/api/auth/mfa/enrolment/confirm')
      .set('Cookie', cookie)
      .send({ code: '000000' });
    expect(wrong.status).toBe(400);
    const confirmed = await http()
      .post('/api/auth/mfa/enrolment/confirm')
      .set('Cookie', cookie)
      .send({ code: totpCodeAt(start.body.secret, t.clock.now()) });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect((await http().get('/api/users').set('Cookie', cookieOf(confirmed))).status).toBe(200);
    expect(await countRows(t.dataSource, 'audit_event', "action = 'mfa_enrolled'")).toBe(1);
    const hashes = (await t.dataSource.query('select code_hash from user_recovery_code')) as Array<{
      code_hash: string;
    }>;
    expect(hashes.map((h) => h.code_hash)).not.toContain(codes[0]);

    // A recovery code signs in once.
    const first = await verify((await password('newAdmin')).cookie, codes[0]!);
    expect(first.status).toBe(200);
    expect((await verify((await password('newAdmin')).cookie, codes[0]!)).status).toBe(400);
  });

  it('asks everyone for a second factor once an admin sets the organisation to require it', async () => {
    expect((await password('advocate')).body.stage).toBe('complete');
    const admin = await insertUser(t.dataSource, cast.orgId, { role: 'admin' });
    const policy = await http()
      .put('/api/users/mfa-policy')
      .set('Cookie', await signIn(t.app.getHttpServer(), admin))
      .send({ requireForAll: true });
    expect(policy.status).toBe(200);
    expect(policy.body).toEqual({ requireForAll: true });
    expect(await countRows(t.dataSource, 'audit_event', "action = 'mfa_policy_changed'")).toBe(1);
    expect((await password('advocate')).body.stage).toBe('mfa_enrolment');
  });

  it('lets an admin reset a lost authenticator after a step-up: sessions end, audited once', async () => {
    const admin = await insertUser(t.dataSource, cast.orgId, { role: 'admin' });
    const supervisorCookie = await cast.signIn('supervisor');
    const adminCookie = await signIn(t.app.getHttpServer(), admin);
    const reset = await http()
      .post(`/api/users/${cast.users.supervisor.id}/mfa/reset`)
      .set('Cookie', adminCookie);
    expect(reset.status).toBe(204);
    expect((await http().get('/api/board').set('Cookie', supervisorCookie)).status).toBe(401);
    expect((await password('supervisor')).body.stage).toBe('mfa_enrolment');
    expect(await countRows(t.dataSource, 'audit_event', "action = 'mfa_reset'")).toBe(1);
  });
});
