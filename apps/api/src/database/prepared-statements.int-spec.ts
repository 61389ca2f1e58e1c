import type { DataSource } from 'typeorm';

import { runAsOrganisation } from '@api/common/request-context';
import { prepared, preparedName } from '@api/common/sql/prepared-statements';
import { seedCast, type Cast } from '@api/testing/cast';
import { insertCase } from '@api/testing/db-fixtures';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { createDataSource } from './data-source';

const CAST = {
  advocateA: { role: 'advocate' },
  advocateB: { role: 'advocate', otherOrganisation: true },
} as const;

// No organisation filter of its own: only row-level security stands between the tenants.
const CASES_AMONG = prepared('select id from case_file where id = any($1::uuid[]) order by id');
const UNMARKED = 'select id from case_file where id = any($1::uuid[]) order by id desc';

/**
 * Named statements (issue 18) on the application role, one at a time, so the pool serves them all
 * from one connection: both organisations run the same prepared statement on the same session,
 * past the five executions after which PostgreSQL may keep a generic plan.
 */
describe('prepared statements, as the application role', () => {
  let t: TestApp;
  let owner: DataSource;
  let cast: Cast<typeof CAST>;
  const casesOf: Record<'A' | 'B', string[]> = { A: [], B: [] };
  const all = () => [...casesOf.A, ...casesOf.B];
  const asOrg = <T>(org: 'A' | 'B', fn: () => Promise<T>) =>
    runAsOrganisation(org === 'A' ? cast.orgId : cast.otherOrgId, fn);

  beforeAll(async () => {
    t = await createTestApp(undefined, {
      asApplicationRole: true,
      pool: { size: 2, acquireTimeoutMs: 15_000 },
    });
    owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
    cast = await seedCast({ ...t, dataSource: owner }, CAST);
    for (let i = 0; i < 3; i++) {
      casesOf.A.push(
        (await insertCase(owner, cast.orgId, { advocateIds: [cast.users.advocateA.id] })).id,
      );
      casesOf.B.push(
        (await insertCase(owner, cast.otherOrgId, { advocateIds: [cast.users.advocateB.id] })).id,
      );
    }
  });

  afterAll(async () => {
    await owner.destroy();
    await t.close();
  });

  it('answers each organisation its own rows only, run after run on one connection', async () => {
    for (let run = 0; run < 12; run++) {
      for (const org of ['A', 'B'] as const) {
        const rows = (await asOrg(org, () =>
          t.dataSource.transaction((m) => m.query(CASES_AMONG, [all()])),
        )) as Array<{ id: string }>;
        expect(rows.map((r) => r.id)).toEqual([...casesOf[org]].sort());
      }
    }
  });

  it('sends a marked statement named and leaves an unmarked one unnamed', async () => {
    const named = await asOrg('A', () =>
      t.dataSource.transaction(async (m) => {
        await m.query(CASES_AMONG, [all()]);
        await m.query(UNMARKED, [all()]);
        return (await m.query('select name, statement from pg_prepared_statements')) as Array<{
          name: string;
          statement: string;
        }>;
      }),
    );
    expect(named).toContainEqual({ name: preparedName(CASES_AMONG), statement: CASES_AMONG });
    expect(named.map((s) => s.statement)).not.toContain(UNMARKED);
  });

  it('answers the same rows named as unnamed, with no organisation seeing the other', async () => {
    const viaPrepared = await asOrg('B', () =>
      t.dataSource.transaction((m) => m.query(CASES_AMONG, [all()])),
    );
    const viaPlain = await asOrg('B', () =>
      t.dataSource.transaction((m) =>
        m.query('select id from case_file where id = any($1::uuid[]) order by 1', [all()]),
      ),
    );
    expect(viaPrepared).toEqual(viaPlain);
    const outsideAnyOrganisation = await t.dataSource.transaction((m) =>
      m.query(CASES_AMONG, [all()]),
    );
    expect(outsideAnyOrganisation).toEqual([]);
  });
});
