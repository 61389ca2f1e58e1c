import request from 'supertest';

import { castOf, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { countRows } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const NEW_USER = {
  email: 'Quinlan.Ashgrove@blueridge.example',
  displayName: 'Quinlan Ashgrove',
  role: 'advocate',
  password: 'correct horse battery staple',
};

const CAST = {
  ...castOf('admin', 'supervisor', 'advocate', 'staff'),
  outsider: { role: 'advocate', otherOrganisation: true },
} satisfies CastSpec;

describe('users: admins manage their organisation’s accounts (real PostgreSQL)', () => {
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
    await cast.signIn('admin');
  });

  const http = () => request(t.app.getHttpServer());
  const userCount = () => countRows(t.dataSource, 'app_user');
  const audits = async (action: string) =>
    (await t.dataSource.query(
      'select actor_user_id as "actor", target_id as "target", details from audit_event where action = $1',
      [action],
    )) as Array<{ actor: string; target: string; details: Record<string, unknown> }>;

  it('creates an account that can sign in, audited, never echoing the password or its hash', async () => {
    const res = await http().post('/api/users').set('Cookie', cast.cookie.admin).send(NEW_USER);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: 'quinlan.ashgrove@blueridge.example',
      displayName: 'Quinlan Ashgrove',
      role: 'advocate',
      active: true,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toContain('argon2');
    const [row] = (await t.dataSource.query('select password_hash from app_user where id = $1', [
      res.body.id,
    ])) as [{ password_hash: string }];
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await audits('user_created')).toEqual([
      { actor: cast.users.admin.id, target: res.body.id, details: { role: 'advocate' } },
    ]);
    const login = await http()
      .post('/api/auth/login')
      .send({ email: NEW_USER.email, password: NEW_USER.password });
    expect(login.status).toBe(200);
  });

  it('refuses a taken e-mail (409 naming email) and bad fields (400 naming each), storing nothing', async () => {
    const before = await userCount();
    const taken = await http()
      .post('/api/users')
      .set('Cookie', cast.cookie.admin)
      .send({ ...NEW_USER, email: cast.users.outsider.email.toUpperCase() });
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.body)).toContain('email');
    const bad = await http()
      .post('/api/users')
      .set('Cookie', cast.cookie.admin)
      .send({
        ...NEW_USER,
        password: 'short',
        role: 'owner',
        organisationId: cast.users.outsider.id,
      });
    expect(bad.status).toBe(400);
    for (const field of ['password', 'role', 'organisationId']) {
      expect(JSON.stringify(bad.body)).toContain(field);
    }
    expect(await userCount()).toBe(before);
  });

  it('deactivates an account: its sessions end at once, and the change is audited', async () => {
    const advocateCookie = await cast.signIn('advocate');
    expect((await http().get('/api/auth/me').set('Cookie', advocateCookie)).status).toBe(200);
    const res = await http()
      .patch(`/api/users/${cast.users.advocate.id}`)
      .set('Cookie', cast.cookie.admin)
      .send({ active: false });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await http().get('/api/auth/me').set('Cookie', advocateCookie)).status).toBe(401);
    const [live] = (await t.dataSource.query(
      'select count(*)::int as n from user_session where user_id = $1 and revoked_at is null',
      [cast.users.advocate.id],
    )) as [{ n: number }];
    expect(live.n).toBe(0);
    expect(await audits('user_updated')).toEqual([
      {
        actor: cast.users.admin.id,
        target: cast.users.advocate.id,
        details: expect.objectContaining({ changed: ['active'], active: false }),
      },
    ]);
  });

  it('applies a role change on the next request', async () => {
    const cookie = await cast.signIn('advocate');
    expect((await http().get('/api/board').set('Cookie', cookie)).status).toBe(403);
    await http()
      .patch(`/api/users/${cast.users.advocate.id}`)
      .set('Cookie', cast.cookie.admin)
      .send({ role: 'supervisor' })
      .expect(200);
    expect((await http().get('/api/board').set('Cookie', cookie)).status).toBe(200);
  });

  it('will not let an admin remove their own admin access, nor accept an empty change', async () => {
    for (const [body, field] of [
      [{ active: false }, 'active'],
      [{ role: 'advocate' }, 'role'],
    ] as const) {
      const res = await http()
        .patch(`/api/users/${cast.users.admin.id}`)
        .set('Cookie', cast.cookie.admin)
        .send(body);
      expect(res.status).toBe(409);
      expect(JSON.stringify(res.body)).toContain(field);
    }
    const empty = await http()
      .patch(`/api/users/${cast.users.advocate.id}`)
      .set('Cookie', cast.cookie.admin)
      .send({});
    expect(empty.status).toBe(400);
  });

  it('lists only the organisation’s users, to admins only', async () => {
    const res = await http().get('/api/users').set('Cookie', cast.cookie.admin);
    expect(res.status).toBe(200);
    expect((res.body.items as Array<{ id: string }>).map((u) => u.id).sort()).toEqual(
      [
        cast.users.admin.id,
        cast.users.supervisor.id,
        cast.users.advocate.id,
        cast.users.staff.id,
      ].sort(),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
    const asSupervisor = await http()
      .get('/api/users')
      .set('Cookie', await cast.signIn('supervisor'));
    expect(asSupervisor.status).toBe(403);
  });

  it('lists active advocates and supervisors as assignees for a supervisor', async () => {
    await t.dataSource.query('update app_user set disabled_at = now() where id = $1', [
      cast.users.staff.id,
    ]);
    const res = await http()
      .get('/api/users/assignable')
      .set('Cookie', await cast.signIn('supervisor'));
    expect(res.status).toBe(200);
    expect((res.body.items as Array<{ id: string }>).map((u) => u.id).sort()).toEqual(
      [cast.users.supervisor.id, cast.users.advocate.id].sort(),
    );
  });
});
