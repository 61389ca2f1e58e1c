import { randomUUID } from 'node:crypto';

import request from 'supertest';
import type { DataSource } from 'typeorm';

import { CASE_SEARCH_COUNT_CAP, type CaseListResponse, type CaseSort } from '@haven/contracts';

import { createDataSource } from '@api/database/data-source';
import { castOf, seedCast, type Cast } from '@api/testing/cast';
import { truncateAll } from '@api/testing/db-fixtures';
import { MutableClock } from '@api/testing/mutable-clock';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = castOf('advocate', 'supervisor', 'outsider');
/** Invented family names: one shared by more cases than the cap, one by a few. */
const COMMON = 'Thistlecombe';
const RARE = 'Brackenridge';
const BROAD = CASE_SEARCH_COUNT_CAP + 3;

/**
 * Caseload search at any number of matches (issue 18), through HTTP as the application role
 * under row-level security: a name shared by more cases than the cap pages by walking the sort
 * index and counts "more than 1,000"; a rarer one pages over its matches. Fixtures are inserted as
 * the owner, in bulk, with equal sort keys on purpose.
 */
describe('caseload search, broad and narrow (issue 18)', () => {
  let t: TestApp;
  let owner: DataSource;
  let cast: Cast<typeof CAST>;
  const clock = new MutableClock(new Date('2026-11-23T15:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp(clock, { asApplicationRole: true });
    owner = await createDataSource(process.env['DATABASE_URL'] ?? '').initialize();
    cast = await seedCast({ ...t, dataSource: owner }, CAST);
    await cast.signInAll();
    // Both organisations hold the same names, so a leak across tenants would show.
    for (const org of [cast.orgId, cast.otherOrgId]) {
      await insertCases(owner, org, BROAD, `Avery Q. ${COMMON}`, {
        createdAt: '2026-11-20T10:00:00.123456Z',
        nextDueOn: (i) => (i % 3 === 0 ? null : i % 3 === 1 ? '2026-11-24' : '2026-12-30'),
        stage: (i) => (i < 3 ? 'awaiting_service' : 'intake'),
        advocateId: org === cast.orgId ? (i) => (i < 30 ? cast.users.advocate.id : null) : null,
      });
      await insertCases(owner, org, 40, `Liora B. ${RARE}`, {
        createdAt: '2026-11-21T09:00:00Z',
        nextDueOn: (i) => (i % 2 === 0 ? '2026-11-25' : null),
        advocateId: org === cast.orgId ? (i) => (i < 6 ? cast.users.advocate.id : null) : null,
      });
    }
    // One of the other organisation's cases under a reference as the API writes them, so a
    // reference search (an index lookup, not the text search) is tried across tenants too.
    await owner.query(
      `update case_file set reference = 'HV-2026-9001'
        where id = (select id from case_file where organisation_id = $1 limit 1)`,
      [cast.otherOrgId],
    );
    // Statistics of the data as loaded, as autovacuum would gather them after a load this size: a
    // plan built on the statistics of whatever the database held before (another spec's rows, or
    // half of these) made one search take over 30 s under CI's load (7 s here).
    await owner.query('analyze case_file, case_assignment, client, respondent');
  }, 120_000);
  afterAll(async () => {
    await truncateAll(owner);
    await owner.destroy();
    await t.close();
  });

  const list = (who: keyof typeof CAST, query: Record<string, string | number>) =>
    request(t.app.getHttpServer()).get('/api/cases').query(query).set('Cookie', cast.cookie[who]);

  /**
   * One search among many at once, bounded: a request that hangs fails the test naming who asked
   * what, where the test's own timeout would name nothing.
   */
  async function answered(who: keyof typeof CAST, query: Record<string, string | number>) {
    try {
      const res = await list(who, query).timeout(30_000);
      expect({ who, query, status: res.status }).toEqual({ who, query, status: 200 });
      return res;
    } catch (error) {
      // What the database was doing then, so a hang on a CI machine says where it waited.
      const activity = (await owner.query(
        `select state, wait_event_type, wait_event, left(query, 100) as query
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
            and state <> 'idle'`,
      )) as unknown[];
      throw new Error(
        `${who}'s search ${JSON.stringify(query)}: ${(error as Error).message}; ` +
          `database activity: ${JSON.stringify(activity)}`,
      );
    }
  }

  async function walk(
    who: keyof typeof CAST,
    query: Record<string, string | number>,
  ): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(who, { ...query, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      const body = res.body as CaseListResponse;
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    return seen;
  }

  async function idsMatching(org: string, name: string, advocateId?: string): Promise<string[]> {
    const rows = (await owner.query(
      `select c.id from case_file c join client cl on cl.id = c.client_id
        where c.organisation_id = $1 and cl.full_name like $2
          and ($3::uuid is null or exists (select 1 from case_assignment a
                                           where a.case_id = c.id and a.user_id = $3))`,
      [org, `%${name}`, advocateId ?? null],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id).sort();
  }

  it('counts a broad search as "more than 1,000" without a due-soon summary, and a narrow one exactly', async () => {
    const broad = (await list('supervisor', { q: COMMON.toLowerCase() })).body as CaseListResponse;
    expect(broad.searchMatches).toEqual({ count: CASE_SEARCH_COUNT_CAP, more: true });
    expect(broad.dueSoon).toBeNull();
    expect(broad.items).toHaveLength(25);

    const narrowed = (await list('supervisor', { q: COMMON, stage: 'awaiting_service' }))
      .body as CaseListResponse;
    expect(narrowed.searchMatches).toEqual({ count: 3, more: false });
    expect(narrowed.items).toHaveLength(3);

    const rare = (await list('supervisor', { q: RARE })).body as CaseListResponse;
    expect(rare.searchMatches).toEqual({ count: 40, more: false });
    expect(rare.dueSoon).toEqual({ overdue: 0, dueWithin7Days: 20 });

    // The advocate's own caseload holds 30 of the common name's cases: counted exactly.
    const mine = (await list('advocate', { q: COMMON, limit: 100 })).body as CaseListResponse;
    expect(mine.searchMatches).toEqual({ count: 30, more: false });
    expect(mine.items.map((i) => i.id).sort()).toEqual(
      await idsMatching(cast.orgId, COMMON, cast.users.advocate.id),
    );

    // And their 6 of the rare name, with the due-soon summary of those 6 (3 due on 25 November).
    const mineRare = (await list('advocate', { q: RARE })).body as CaseListResponse;
    expect(mineRare.searchMatches).toEqual({ count: 6, more: false });
    expect(mineRare.dueSoon).toEqual({ overdue: 0, dueWithin7Days: 3 });
    // Without a search, an advocate's filtered due-soon summary: 3 awaiting service, 1 due soon.
    const mineFiltered = (await list('advocate', { stage: 'awaiting_service' }))
      .body as CaseListResponse;
    expect(mineFiltered.items).toHaveLength(3);
    expect(mineFiltered.dueSoon).toEqual({ overdue: 0, dueWithin7Days: 1 });

    const none = (await list('supervisor', { q: 'Nobody-Here' })).body as CaseListResponse;
    expect(none).toMatchObject({ items: [], searchMatches: { count: 0, more: false } });
    const plain = (await list('supervisor', {})).body as CaseListResponse;
    expect(plain.searchMatches).toBeNull();
  });

  it.each<[string, CaseSort]>([
    ['newest', 'newest'],
    ['oldest', 'oldest'],
    ['next deadline', 'next_deadline'],
  ])(
    'pages a search by %s through every match exactly once, cases with equal keys included',
    async (_, sort) => {
      const broad = await walk('supervisor', { q: COMMON, sort, limit: 100 });
      expect(broad).toHaveLength(BROAD);
      expect([...broad].sort()).toEqual(await idsMatching(cast.orgId, COMMON));

      const narrow = await walk('supervisor', { q: RARE, sort, limit: 7 });
      expect(narrow).toHaveLength(40);
      expect([...narrow].sort()).toEqual(await idsMatching(cast.orgId, RARE));

      const advocate = await walk('advocate', { q: COMMON, sort, limit: 4 });
      expect(advocate).toHaveLength(30);
      expect([...advocate].sort()).toEqual(
        await idsMatching(cast.orgId, COMMON, cast.users.advocate.id),
      );
    },
    60_000,
  );

  it('never answers a search with another organisation’s case, with both searching at once (security-checks A3)', async () => {
    const ours = new Set(
      (
        (await owner.query('select id from case_file where organisation_id = $1', [
          cast.orgId,
        ])) as Array<{ id: string }>
      ).map((r) => r.id),
    );
    const theirs = { reference: 'HV-2026-9001' };
    const searches: Array<Record<string, string>> = [
      { q: COMMON },
      { q: COMMON, sort: 'next_deadline' },
      { q: RARE },
      { q: RARE, sort: 'oldest' },
      { q: theirs.reference },
    ];
    const answers = await Promise.all(
      [1, 2, 3].flatMap(() =>
        searches.flatMap((query) =>
          (['supervisor', 'outsider', 'advocate'] as const).map(async (who) => ({
            who,
            body: (await answered(who, { ...query, limit: 100 })).body as CaseListResponse,
          })),
        ),
      ),
    );
    for (const { who, body } of answers) {
      for (const item of body.items) {
        expect({ who, ours: ours.has(item.id) }).toEqual({ who, ours: who !== 'outsider' });
      }
    }
    // Another organisation's reference finds nothing here, as a reference that does not exist.
    const foreign = (await list('supervisor', { q: theirs.reference })).body;
    expect(foreign).toMatchObject({ items: [], searchMatches: { count: 0, more: false } });
    const own = (await list('outsider', { q: theirs.reference.toLowerCase() }))
      .body as CaseListResponse;
    expect(own.items.map((i) => i.reference)).toEqual([theirs.reference]);
  }, 90_000);

  it('finds nothing through the search function without an organisation set', async () => {
    const rows = await t.dataSource.query(`select case_search_ids('%thistlecombe%', 10)`);
    expect(rows).toEqual([]);
  });
});

/** n cases of one client name, with sort keys and stages chosen per index, in three statements. */
async function insertCases(
  db: DataSource,
  organisationId: string,
  n: number,
  clientName: string,
  options: {
    createdAt: string;
    nextDueOn: (i: number) => string | null;
    stage?: (i: number) => string;
    advocateId?: ((i: number) => string | null) | null;
  },
): Promise<void> {
  const index = Array.from({ length: n }, (_, i) => i);
  const clients = index.map(() => randomUUID());
  const respondents = index.map(() => randomUUID());
  const cases = index.map(() => randomUUID());
  await db.query(
    `insert into client (id, organisation_id, full_name, name_key)
     select id, $2, $3, lower($3) from unnest($1::uuid[]) id`,
    [clients, organisationId, clientName],
  );
  await db.query(
    `insert into respondent (id, organisation_id, full_name, name_key)
     select id, $2, 'Rowan Pellworth', 'rowan pellworth' from unnest($1::uuid[]) id`,
    [respondents, organisationId],
  );
  await db.query(
    `insert into case_file (id, organisation_id, reference, client_id, respondent_id, stage,
       opened_on, relationship, lives_with_respondent, created_at, next_due_on)
     select c.id, $4, 'HV-S-' || left(c.id::text, 8), c.client, c.respondent, c.stage,
            '2026-11-20', 'spouse', true, $5::timestamptz, c.due
       from unnest($1::uuid[], $2::uuid[], $3::uuid[], $6::text[], $7::date[])
            as c(id, client, respondent, stage, due)`,
    [
      cases,
      clients,
      respondents,
      organisationId,
      options.createdAt,
      index.map((i) => options.stage?.(i) ?? 'intake'),
      index.map((i) => options.nextDueOn(i)),
    ],
  );
  const assigned = index.flatMap((i) => {
    const advocate = options.advocateId?.(i);
    return advocate ? [[cases[i], advocate]] : [];
  });
  if (assigned.length > 0) {
    await db.query(
      `insert into case_assignment (case_id, user_id, organisation_id)
       select a.case_id, a.user_id, $3 from unnest($1::uuid[], $2::uuid[]) as a(case_id, user_id)`,
      [assigned.map(([c]) => c), assigned.map(([, u]) => u), organisationId],
    );
  }
}
