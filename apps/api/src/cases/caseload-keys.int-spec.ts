import request from 'supertest';
import type { DataSource } from 'typeorm';

import { createDataSource } from '@api/database/data-source';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { insertCase, truncateAll } from '@api/testing/db-fixtures';
import { MutableClock } from '@api/testing/mutable-clock';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'colleague', 'supervisor');

/**
 * The caseload's copies (migrations 1795690000000 and 1795690000001): each case's search text
 * follows its reference and parties' names, and each assignment carries its case's sort keys and
 * search text, so an advocate's page is one index range. Every writer keeps them exact in its own
 * transaction, reassignments and recomputes running side by side included.
 */
describe('caseload search text and assignment sort keys stay equal to their case (issue 18)', () => {
  let t: TestApp;
  let owner: DataSource;
  let cast: Cast<typeof CAST>;
  const clock = new MutableClock(new Date('2026-11-23T15:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp(clock, { asApplicationRole: true });
    owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
  });
  beforeEach(async () => {
    cast = await seedCast({ ...t, dataSource: owner }, CAST);
    await cast.signIn('supervisor');
  });
  afterAll(async () => {
    await truncateAll(owner);
    await owner.destroy();
    await t.close();
  });

  /** Every copy that differs from what its case says now: none, when the writers kept them. */
  async function stale(): Promise<unknown[]> {
    return owner.query(
      `select c.id, 'case' as copy from case_file c
         join client cl on cl.id = c.client_id join respondent r on r.id = c.respondent_id
        where c.search_text <> case_search_text(c.reference, cl.full_name, r.full_name)
           or c.next_due_key <> coalesce(c.next_due_on, date '9999-12-31')
       union all
       select a.case_id, 'assignment' from case_assignment a join case_file c on c.id = a.case_id
        where a.case_created_at <> c.created_at
           or a.case_next_due_key <> coalesce(c.next_due_on, date '9999-12-31')
           or a.case_search_text <> c.search_text`,
    ) as Promise<unknown[]>;
  }

  const assign = (caseId: string, advocateIds: string[]) =>
    request(t.app.getHttpServer())
      .put(`/api/cases/${caseId}/advocates`)
      .set('Cookie', cast.cookie.supervisor)
      .send({ advocateIds });

  /** The recompute's own statement (CaseStandingRepository), in a transaction of its own. */
  const recompute = (caseId: string, nextDueOn: string | null) =>
    owner.query(
      'update case_file set next_due_on = $3, updated_at = now() where organisation_id = $1 and id = $2',
      [cast.orgId, caseId, nextDueOn],
    );

  it('follows intake fixtures, reassignment, recomputes, renamed parties and a rolled-back change', async () => {
    const seeded = await insertCase(owner, cast.orgId, {
      clientName: 'Marisol T. Fernwhistle',
      nextDueOn: '2026-12-01',
      advocateIds: [cast.users.advocate.id],
    });
    const [row] = (await owner.query('select search_text from case_file where id = $1', [
      seeded.id,
    ])) as Array<{ search_text: string }>;
    expect(row?.search_text).toContain('marisol t. fernwhistle');
    expect(await stale()).toEqual([]);

    expect(
      (await assign(seeded.id, [cast.users.colleague.id, cast.users.advocate.id])).status,
    ).toBe(200);
    await recompute(seeded.id, '2026-11-26');
    await owner.query(`update client set full_name = 'Marisol T. Quenby' where id = $1`, [
      seeded.clientId,
    ]);
    await owner.query(`update respondent set full_name = 'Dorian Vasquell' where id = $1`, [
      seeded.respondentId,
    ]);
    expect(await stale()).toEqual([]);
    const keys = (await owner.query(
      `select case_next_due_key::text as due, case_search_text as text from case_assignment
        where case_id = $1`,
      [seeded.id],
    )) as Array<{ due: string; text: string }>;
    expect(keys).toHaveLength(2);
    for (const k of keys) {
      expect(k.due).toBe('2026-11-26');
      expect(k.text).toContain('quenby');
      expect(k.text).toContain('dorian vasquell');
    }

    // A writer that rolls back leaves the copies as they were.
    await owner
      .transaction(async (manager) => {
        await manager.query('update case_file set next_due_on = null where id = $1', [seeded.id]);
        throw new Error('rolled back on purpose');
      })
      .catch(() => undefined);
    expect(await stale()).toEqual([]);

    // The advocate's caseload finds the renamed client through the assignment's copy.
    const cookie = await cast.signIn('advocate');
    const res = await request(t.app.getHttpServer())
      .get('/api/cases')
      .query({ q: 'quenby' })
      .set('Cookie', cookie);
    expect((res.body as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual([
      seeded.id,
    ]);
  });

  it('keeps them equal when reassignments and recomputes of the same cases run at once', async () => {
    const cases = [];
    for (let i = 0; i < 6; i += 1) {
      cases.push(
        await insertCase(owner, cast.orgId, {
          nextDueOn: '2026-12-01',
          advocateIds: [cast.users.advocate.id],
        }),
      );
    }
    const { advocate, colleague, supervisor } = cast.users;
    const sets = [[advocate.id], [colleague.id], [advocate.id, colleague.id, supervisor.id]];
    const dues = ['2026-11-25', null, '2027-01-04'];
    const results = await Promise.all(
      cases.flatMap((c) => [
        ...sets.map((set) => assign(c.id, set).then((r) => r.status)),
        ...dues.map((due) => recompute(c.id, due).then(() => 200)),
      ]),
    );
    // Parallel reassignments of one case wait for each other (the case row is locked) instead of
    // colliding on the primary key.
    expect(results.every((status) => status === 200)).toBe(true);
    expect(await stale()).toEqual([]);
    for (const c of cases) {
      const rows = (await owner.query(
        'select user_id from case_assignment where case_id = $1 order by user_id',
        [c.id],
      )) as Array<{ user_id: string }>;
      const users = rows.map((r) => r.user_id);
      expect(sets.map((set) => [...set].sort())).toContainEqual(users);
    }
  });
});
