import argon2 from 'argon2';
import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const WRONG = 'not the right passphrase at all';
const CAST = castOf('admin', 'advocate');

/** security-checks B3: throttling and lockout, with the counters in PostgreSQL. */
describe('sign-in throttling and lockout (real PostgreSQL)', () => {
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
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const http = () => request(t.app.getHttpServer());
  const login = (email: string, password: string) =>
    http().post('/api/auth/login').send({ email, password });
  const audits = async (action: string) =>
    (await t.dataSource.query(
      'select actor_user_id as actor, details from audit_event where action = $1 order by id',
      [action],
    )) as Array<{ actor: string | null; details: Record<string, unknown> }>;

  /** Wrong passwords a minute apart: each waits out the doubling slowdown before it. */
  async function wrongTimes(email: string, times: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < times; i += 1) {
      statuses.push((await login(email, WRONG)).status);
      t.clock.advance(60_000);
    }
    return statuses;
  }

  it('locks the account at the 11th wrong password in 15 minutes, refusing even the right one, audited once', async () => {
    const email = cast.users.advocate.email;
    expect(await wrongTimes(email, 10)).toEqual(Array(10).fill(401));
    expect(await audits('account_locked')).toEqual([]);
    expect((await login(email, cast.users.advocate.password)).status).toBe(200);
    // The right password forgot the failures: ten more are needed again, and the 11th locks.
    await wrongTimes(email, 11);
    const locked = await audits('account_locked');
    expect(locked).toEqual([
      {
        actor: cast.users.advocate.id,
        details: expect.objectContaining({ knownAccount: true }) as unknown,
      },
    ]);
    const right = await login(email, cast.users.advocate.password);
    expect(right.status).toBe(401);
    expect(right.body.error).toBe('INVALID_CREDENTIALS');
    // The lock began at the 11th failure, a minute ago; 15 minutes after it, it ends on its own.
    t.clock.advance(13 * 60_000);
    expect((await login(email, cast.users.advocate.password)).status).toBe(401);
    t.clock.advance(60_000);
    expect((await login(email, cast.users.advocate.password)).status).toBe(200);
  });

  it('doubles the lock each time it comes back', async () => {
    const email = cast.users.advocate.email;
    await wrongTimes(email, 11);
    t.clock.advance(15 * 60_000);
    await wrongTimes(email, 11);
    const [first, second] = (await audits('account_locked')).map((r) =>
      Date.parse(String(r.details['lockedUntil'])),
    );
    expect(second! - first!).toBeGreaterThan(0);
    // The second lock runs 30 minutes from its own start.
    t.clock.advance(20 * 60_000);
    expect((await login(email, cast.users.advocate.password)).status).toBe(401);
    t.clock.advance(11 * 60_000);
    expect((await login(email, cast.users.advocate.password)).status).toBe(200);
  });

  it('judges 20 parallel wrong guesses one after another: only 5 reach the hash before the slowdown', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => login(cast.users.advocate.email, WRONG)),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(401));
    expect(verify).toHaveBeenCalledTimes(5);
    const [row] = (await t.dataSource.query(
      "select failures from sign_in_throttle where key like 'account:%'",
    )) as [{ failures: number }];
    expect(row.failures).toBe(5);
    expect(await audits('sign_in_failed')).toHaveLength(20);
  });

  it('lets at most 100 of 200 guesses in an hour from 200 addresses reach the hash (NIST 800-63B 5.2.2)', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const res = await http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i % 250}`)
        .set('User-Agent', `guesser ${i}`)
        .send({ email: cast.users.advocate.email, password: `${WRONG} ${i}` });
      statuses.add(res.status);
      t.clock.advance(18_000); // 200 guesses spread over the hour
    }
    expect([...statuses]).toEqual([401]);
    // Each address failed once, so no per-address limit helped: the account's own throttle did.
    expect(verify.mock.calls.length).toBeLessThanOrEqual(100);
    expect(verify.mock.calls.length).toBeGreaterThan(0);
    console.log(`[b3] ${verify.mock.calls.length} of 200 guesses in an hour reached argon2`);
  });

  it('answers an unknown e-mail as a known one, hashing against a dummy, and locks it the same way', async () => {
    const verify = jest.spyOn(argon2, 'verify');
    const known = await wrongTimes(cast.users.advocate.email, 11);
    const knownHashes = verify.mock.calls.length;
    verify.mockClear();
    const unknown = await wrongTimes('nobody-here@haven-test.example', 11);
    expect(unknown).toEqual(known);
    expect(verify.mock.calls.length).toBe(knownHashes);
    expect((await audits('account_locked')).map((r) => r.details['knownAccount'])).toEqual([
      true,
      false,
    ]);
    const a = await login(cast.users.advocate.email, WRONG);
    const b = await login('nobody-here@haven-test.example', WRONG);
    expect({ ...a.body, requestId: null }).toEqual({ ...b.body, requestId: null });
  });

  it('takes about as long for an unknown account as for a wrong password (medians, generous bound)', async () => {
    const median = async (email: string): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < 9; i += 1) {
        await t.dataSource.query('delete from sign_in_throttle');
        const started = process.hrtime.bigint();
        await login(email, WRONG);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return times.sort((x, y) => x - y)[4]!;
    };
    const known = await median(cast.users.advocate.email);
    const unknown = await median('nobody-here@haven-test.example');
    // Both paths run one argon2id verification (~tens of ms); skipping it would halve the time.
    expect(unknown / known).toBeGreaterThan(0.5);
    expect(unknown / known).toBeLessThan(2);
  });

  it('pauses an address after 100 failures across accounts with 429, and an admin unlocks an account at once', async () => {
    // 99 failures from this address are already counted (as a spray across accounts would):
    // the 100th pauses it.
    expect((await login('someone-else@haven-test.example', WRONG)).status).toBe(401);
    await t.dataSource.query(
      "update sign_in_throttle set failures = 99 where key like 'address:%'",
    );
    expect((await login('someone-else@haven-test.example', WRONG)).status).toBe(401);
    const paused = await login(cast.users.advocate.email, cast.users.advocate.password);
    expect(paused.status).toBe(429);
    expect(paused.body.error).toBe('too_many_attempts');
    await t.dataSource.query("delete from sign_in_throttle where key like 'address:%'");

    await wrongTimes(cast.users.advocate.email, 11);
    expect((await login(cast.users.advocate.email, cast.users.advocate.password)).status).toBe(401);
    const unlock = await http()
      .post(`/api/users/${cast.users.advocate.id}/unlock`)
      .set('Cookie', await cast.signIn('admin'));
    expect(unlock.status).toBe(204);
    expect(await audits('account_unlocked')).toEqual([
      { actor: cast.users.admin.id, details: { wasLocked: true } },
    ]);
    expect((await login(cast.users.advocate.email, cast.users.advocate.password)).status).toBe(200);
  });
});
