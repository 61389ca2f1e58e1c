import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('admin', 'advocate', 'supervisor', 'staff');
// PHC string format: the parameters in any order (node-argon2 writes m, p, t), salt, hash.
const ARGON2ID = /^\$argon2id\$v=19\$([a-z]=\d+(?:,[a-z]=\d+)*)\$([A-Za-z0-9+/]+)\$[A-Za-z0-9+/]+$/;

/** security-checks B1 (how passwords are stored) and B2's "no truncation", on the real database. */
describe('stored passwords (real PostgreSQL)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await seedCast(t, CAST);
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string) =>
    request(t.app.getHttpServer()).post('/api/auth/login').send({ email, password });

  it('stores every password as argon2id above the cost floor, each with its own salt', async () => {
    // Two more accounts with one same password, made through the API as an admin makes them.
    const same = 'marigold kettle drifts over seven quiet harbours';
    for (const n of [1, 2]) {
      const created = await cast.post('admin', '/users', {
        email: `same-password-${n}@haven-test.example`,
        displayName: `Invented Person ${n}`,
        role: 'advocate',
        password: same,
      });
      expect(created.status).toBe(201);
    }
    const rows = (await t.dataSource.query('select password_hash from app_user')) as Array<{
      password_hash: string;
    }>;
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const parsed = rows.map(({ password_hash: hash }) => {
      const m = ARGON2ID.exec(hash);
      const params = new Map(
        (m?.[1] ?? '').split(',').map((kv) => [kv.slice(0, 1), Number(kv.slice(2))] as const),
      );
      return {
        argon2id: m !== null,
        // OWASP's floor for argon2id: 19 MiB of memory, 2 passes, 1 lane.
        aboveFloor:
          (params.get('m') ?? 0) >= 19_456 &&
          (params.get('t') ?? 0) >= 2 &&
          (params.get('p') ?? 0) >= 1,
        salt: m?.[2] ?? hash,
      };
    });
    expect(parsed.filter((p) => !p.argon2id || !p.aboveFloor)).toEqual([]);
    const salts = parsed.map((p) => p.salt);
    expect(new Set(salts).size).toBe(salts.length);
  });

  it('checks a long password whole: one differing only at its 100th character is refused', async () => {
    const long = 'lanterns over the estuary at dusk, counted slowly, '.repeat(5).slice(0, 180);
    const changed = await cast.post('admin', '/users', {
      email: 'long-password@haven-test.example',
      displayName: 'Invented Long Password',
      role: 'advocate',
      password: long,
    });
    expect(changed.status).toBe(201);
    const variant = `${long.slice(0, 99)}${long[99] === 'x' ? 'y' : 'x'}${long.slice(100)}`;
    expect(variant).toHaveLength(long.length);
    expect((await login('long-password@haven-test.example', variant)).status).toBe(401);
    expect((await login('long-password@haven-test.example', long.slice(0, 72))).status).toBe(401);
    expect((await login('long-password@haven-test.example', long)).status).toBe(200);
  });
});
