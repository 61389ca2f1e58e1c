import argon2 from 'argon2';
import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { DeviceCookie } from '../device-cookie';

import { MAX_DEVICES_PER_USER } from './sign-in-devices';

const WRONG = 'not the right passphrase at all';
const CAST = castOf('admin', 'advocate', 'supervisor');

/**
 * security-checks B3, "throttling without malicious lockout": the account's lock keeps guessers
 * out, and a browser the account has signed in from keeps its owner in (OWASP device cookies).
 */
describe('remembered browsers at sign-in (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  /** The device cookie's name: __Secure-haven_device, as the suite runs with Secure cookies. */
  let DEVICE_COOKIE: string;

  beforeAll(async () => {
    t = await createTestApp();
    DEVICE_COOKIE = t.app.get(DeviceCookie).name;
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    t.clock.set(new Date('2026-12-07T09:00:00Z'));
    cast = await seedCast(t, CAST);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  let address = 0;
  /** A sign-in from its own address (a spray from many), with a device cookie or none. */
  const login = (email: string, password: string, device: string | null = null) => {
    address += 1;
    const req = request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('X-Forwarded-For', `198.51.100.${address % 250}`);
    if (device) req.set('Cookie', `${DEVICE_COOKIE}=${device}`);
    return req.send({ email, password });
  };
  /** The device cookie's Set-Cookie line in an answer, if any. */
  const deviceLineOf = (res: request.Response): string | undefined =>
    ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
  const deviceOf = (res: request.Response): string | null =>
    deviceLineOf(res)
      ?.slice(DEVICE_COOKIE.length + 1)
      .split(';')[0] ?? null;
  /** Wrong passwords a minute apart: each waits out the doubling slowdown before it. */
  async function wrongTimes(email: string, times: number, device: string | null = null) {
    const statuses: number[] = [];
    for (let i = 0; i < times; i += 1) {
      statuses.push((await login(email, WRONG, device)).status);
      t.clock.advance(60_000);
    }
    return statuses;
  }
  const signedInDevice = async (who: 'advocate' | 'supervisor'): Promise<string> => {
    const res = await login(cast.users[who].email, cast.users[who].password);
    expect(res.status).toBe(200);
    const device = deviceOf(res);
    if (!device) throw new Error('the sign-in set no device cookie');
    return device;
  };
  const lockAudits = async () =>
    (
      (await t.dataSource.query(
        `select details from audit_event where action = 'account_locked' order by id`,
      )) as Array<{ details: Record<string, unknown> }>
    ).map((r) => r.details['scope']);

  it('sets the device cookie HttpOnly, SameSite=Strict, for the sign-in route only, and stores only its hash', async () => {
    const res = await login(cast.users.advocate.email, cast.users.advocate.password);
    const line = deviceLineOf(res) ?? '';
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).toMatch(/Path=\/api\/auth\/login/);
    const device = deviceOf(res)!;
    expect(device).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = JSON.stringify(await t.dataSource.query('select * from sign_in_device'));
    expect(stored).not.toContain(device);
    expect(stored).toContain(cast.users.advocate.id);
  });

  it("lets the advocate in from her own browser while a stranger's guesses hold her account locked", async () => {
    const device = await signedInDevice('advocate');
    const email = cast.users.advocate.email;
    // Someone who knows her e-mail guesses from many addresses until the account locks, and
    // keeps guessing; the lock holds for every browser she has not signed in from.
    expect(await wrongTimes(email, 11)).toEqual(Array(11).fill(401));
    expect(await lockAudits()).toEqual(['account']);
    const elsewhere = await login(email, cast.users.advocate.password);
    expect(elsewhere.status).toBe(401);
    const stranger = await login(email, WRONG);
    expect({ ...stranger.body, requestId: null }).toEqual({ ...elsewhere.body, requestId: null });

    const own = await login(email, cast.users.advocate.password, device);
    expect(own.status).toBe(200);
    // Her browser keeps its cookie, and the account's lock stays for everyone else.
    expect(deviceOf(own)).toBe(device);
    expect((await login(email, cast.users.advocate.password)).status).toBe(401);
  });

  it('locks a browser that guesses on its own key, leaving the account and her other browsers alone', async () => {
    const phone = await signedInDevice('advocate');
    const laptop = await signedInDevice('advocate');
    const email = cast.users.advocate.email;
    expect(await wrongTimes(email, 11, phone)).toEqual(Array(11).fill(401));
    expect(await lockAudits()).toEqual(['device']);
    expect((await login(email, cast.users.advocate.password, phone)).status).toBe(401);
    expect((await login(email, cast.users.advocate.password, laptop)).status).toBe(200);
    expect((await login(email, cast.users.advocate.password)).status).toBe(200);
  });

  it("is no help with another account, nor when forged, and stops counting after 180 days' idleness", async () => {
    const device = await signedInDevice('advocate');
    const supervisor = cast.users.supervisor;
    await wrongTimes(supervisor.email, 11);
    expect((await login(supervisor.email, supervisor.password, device)).status).toBe(401);
    const forged = `${device.slice(0, -1)}${device.endsWith('A') ? 'B' : 'A'}`;
    await wrongTimes(cast.users.advocate.email, 11);
    for (const cookie of [forged, 'x', `${device}${device}`]) {
      expect(
        (await login(cast.users.advocate.email, cast.users.advocate.password, cookie)).status,
      ).toBe(401);
    }
    t.clock.advance(181 * 24 * 60 * 60_000);
    await wrongTimes(cast.users.advocate.email, 11);
    expect(
      (await login(cast.users.advocate.email, cast.users.advocate.password, device)).status,
    ).toBe(401);
  });

  it('judges 20 parallel wrong guesses with one cookie one after another: 5 reach the hash', async () => {
    const device = await signedInDevice('advocate');
    const verify = jest.spyOn(argon2, 'verify');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => login(cast.users.advocate.email, WRONG, device)),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(401));
    expect(verify).toHaveBeenCalledTimes(5);
  });

  it('keeps at most 20 browsers per user, forgetting the least recently used', async () => {
    const first = await signedInDevice('advocate');
    for (let i = 1; i < MAX_DEVICES_PER_USER; i += 1) {
      t.clock.advance(60_000);
      await signedInDevice('advocate');
    }
    t.clock.advance(60_000);
    // The first browser signs in again, so the next new one pushes out the second.
    expect(
      (await login(cast.users.advocate.email, cast.users.advocate.password, first)).status,
    ).toBe(200);
    t.clock.advance(60_000);
    await signedInDevice('advocate');
    const [{ count }] = (await t.dataSource.query(
      'select count(*)::int as count from sign_in_device where user_id = $1',
      [cast.users.advocate.id],
    )) as [{ count: number }];
    expect(count).toBe(MAX_DEVICES_PER_USER);
    await wrongTimes(cast.users.advocate.email, 11);
    expect(
      (await login(cast.users.advocate.email, cast.users.advocate.password, first)).status,
    ).toBe(200);
  });

  it("an admin's unlock lifts a browser's lock too", async () => {
    const device = await signedInDevice('advocate');
    await wrongTimes(cast.users.advocate.email, 11, device);
    expect(
      (await login(cast.users.advocate.email, cast.users.advocate.password, device)).status,
    ).toBe(401);
    const unlock = await request(t.app.getHttpServer())
      .post(`/api/users/${cast.users.advocate.id}/unlock`)
      .set('Cookie', await cast.signIn('admin'));
    expect(unlock.status).toBe(204);
    expect(
      (await login(cast.users.advocate.email, cast.users.advocate.password, device)).status,
    ).toBe(200);
  });
});
