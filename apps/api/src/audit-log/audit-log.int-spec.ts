import request from 'supertest';

import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = {
  ...castOf('advocate', 'supervisor', 'admin', 'outsider'),
  otherAdmin: { role: 'admin', otherOrganisation: true },
} as const;

describe("the admins' audit view (security-checks F1)", () => {
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
    t.clock.set(new Date('2026-11-24T15:00:00Z'));
    cast = await seedCast(t, CAST);
    kase = await insertCase(t.dataSource, cast.orgId, { advocateIds: [cast.users.advocate.id] });
    await t.dataSource.query(
      `insert into audit_event (occurred_at, organisation_id, actor_user_id, action, target_type, target_id, reason, details)
       select timestamptz '2026-11-24 15:00Z' - make_interval(days => g), $1, $2, 'reveal', 'case_file', $3,
              'Preparing the petition form', '{"field":"address"}'
         from generate_series(1, 30) g`,
      [cast.orgId, cast.users.advocate.id, kase.id],
    );
    await t.dataSource.query(
      `insert into audit_event (occurred_at, organisation_id, actor_user_id, action) values (now(), $1, $2, 'sign_in')`,
      [cast.otherOrgId, cast.users.outsider.id],
    );
  });

  const list = async (query: string) =>
    request(t.app.getHttpServer())
      .get(`/api/admin/audit${query}`)
      .set('Cookie', await cast.cookieOf('admin'));

  it('pages by keyset with filters, showing case references but no reasons or details', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(
        `?action=reveal&caseReference=${kase.reference}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      for (const event of res.body.events as Array<Record<string, unknown>>) {
        expect(event).toMatchObject({
          action: 'reveal',
          caseReference: kase.reference,
          actorUserId: cast.users.advocate.id,
        });
        expect(Object.keys(event)).not.toEqual(expect.arrayContaining(['reason']));
        expect(JSON.stringify(event)).not.toContain('Preparing the petition');
        seen.push(event['id'] as string);
      }
      cursor = res.body.nextCursor as string | null;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));

    const byUser = await list(`?userId=${cast.users.outsider.id}`);
    expect(byUser.body.events).toEqual([]);
    const byDates = await list('?action=reveal&from=2026-11-14&to=2026-11-20');
    expect(byDates.body.events).toHaveLength(7);
  });

  it('refuses a wrong filter naming it, and every role but admin', async () => {
    const bad = await list('?from=2026-02-30&userId=nope');
    expect(bad.status).toBe(400);
    expect((bad.body.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
      'from',
      'userId',
    ]);
    for (const who of ['advocate', 'supervisor'] as const) {
      const res = await request(t.app.getHttpServer())
        .get('/api/admin/audit')
        .set('Cookie', await cast.cookieOf(who));
      expect(res.status).toBe(403);
    }
  });

  const verify = async (who: 'admin' | 'otherAdmin') =>
    request(t.app.getHttpServer())
      .post('/api/admin/audit/verify')
      .set('Cookie', await cast.cookieOf(who));
  const rowsOf = async (orgId: string): Promise<number> => {
    const [row] = (await t.dataSource.query(
      'select count(*)::int as n from audit_event where organisation_id = $1',
      [orgId],
    )) as [{ n: number }];
    return row.n;
  };

  it('verifies the hash chain with the same check as npm run audit:verify', async () => {
    const res = await verify('admin');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      verified: true,
      rows: await rowsOf(cast.orgId),
      firstBrokenRow: null,
      brokenOutsideOrganisation: false,
    });
    expect(res.body.rows).toBeGreaterThanOrEqual(31);
  });

  it("counts the organisation's own rows only: another organisation's sign-ins do not change it (A3)", async () => {
    await cast.cookieOf('admin');
    const before = await verify('admin');
    for (let i = 0; i < 3; i += 1) await cast.signInAll('outsider', 'otherAdmin');
    const after = await verify('admin');

    expect(await rowsOf(cast.otherOrgId)).toBeGreaterThanOrEqual(7);
    expect(before.body.rows).toBe(await rowsOf(cast.orgId));
    expect(after.body.rows).toBe(before.body.rows);
    expect(after.body).toMatchObject({ verified: true, brokenOutsideOrganisation: false });
  });

  it("says the chain is broken at another organisation's row without naming it; that organisation's admin gets the row (A3)", async () => {
    await cast.signInAll('admin', 'otherAdmin');
    const [planted] = (await t.dataSource.query(
      "select id::text as id from audit_event where organisation_id = $1 and action = 'sign_in' order by id limit 1",
      [cast.otherOrgId],
    )) as [{ id: string }];
    // As npm run audit:verify's own test does (cases/intake.int-spec): a superuser edits a row
    // behind the append-only trigger.
    await t.dataSource.query('alter table audit_event disable trigger tr_audit_event_append_only');
    try {
      await t.dataSource.query("update audit_event set route = 'rewritten' where id = $1", [
        planted.id,
      ]);
    } finally {
      await t.dataSource.query('alter table audit_event enable trigger tr_audit_event_append_only');
    }

    const mine = await verify('admin');
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      verified: false,
      rows: await rowsOf(cast.orgId),
      firstBrokenRow: null,
      brokenOutsideOrganisation: true,
    });

    const theirs = await verify('otherAdmin');
    expect(theirs.body).toEqual({
      verified: false,
      rows: await rowsOf(cast.otherOrgId),
      firstBrokenRow: { id: planted.id, reason: 'hash does not match the row' },
      brokenOutsideOrganisation: false,
    });
  });
});
