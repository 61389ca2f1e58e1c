import request from 'supertest';

import { ROLES } from '@haven/contracts';

import { roleHasPermission } from '@api/common/permissions';
import { EVERY_ROLE, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { insertCase, type SeededCase } from '@api/testing/db-fixtures';
import { EXAMPLE_1_EPO } from '@api/testing/request-bodies';
import { ADVOCATE, WIDEST_LIST_QUERIES } from '@api/testing/list-queries';
import { declaredRoutes, type DeclaredRoute } from '@api/testing/route-catalogue';
import { createTestApp, type TestApp } from '@api/testing/test-app';

// Searches for the other organisation's own words.
const SEARCHES: Record<string, Record<string, string>> = {
  'GET /api/cases': { q: 'Markerbee' },
};

// Every role of organisation A, and in each organisation an advocate whose words mark its rows.
const CAST = {
  ...EVERY_ROLE,
  plumwood: { role: 'advocate', displayName: 'Advocate Plumwood' },
  markerbee: { role: 'advocate', displayName: 'Advocate Markerbee', otherOrganisation: true },
} satisfies CastSpec;

/**
 * security-checks A3: every list, search and the calendar, called by every role of organisation A,
 * never holds a row of organisation B. B's data carries marker words and ids; A's answers are
 * grepped for them.
 */
describe("lists, searches and the calendar never hold another organisation's rows (A3)", () => {
  let t: TestApp;
  let lists: DeclaredRoute[];
  let cast: Cast<typeof CAST>;
  const markers: string[] = [];
  let ownCase: SeededCase;

  async function seedOrganisation(
    who: 'plumwood' | 'markerbee',
    word: string,
  ): Promise<{ theCase: SeededCase; ids: string[] }> {
    const advocate = cast.users[who];
    const orgId = advocate.organisationId;
    const theCase = await insertCase(t.dataSource, orgId, {
      advocateIds: [advocate.id],
      clientName: `Client ${word}`,
    });
    const order = await cast.post(who, `/cases/${theCase.id}/orders`, EXAMPLE_1_EPO);
    expect(order.status).toBe(201);
    const [task] = (await t.dataSource.query(
      `insert into task (organisation_id, case_id, title, due_on, assignee_id)
       values ($1, $2, $3, '2026-11-25', $4) returning id`,
      [orgId, theCase.id, `Call the clerk about ${word}`, advocate.id],
    )) as [{ id: string }];
    const [closure] = (await t.dataSource.query(
      `insert into court_closure (organisation_id, closed_on, kind, name, authority)
       values ($1, '2026-12-24', 'governor_or_president_day', $2, 'Executive Order 99')
       returning id`,
      [orgId, `Closure ${word}`],
    )) as [{ id: string }];
    return {
      theCase,
      ids: [
        advocate.id,
        theCase.id,
        theCase.reference,
        order.body.id as string,
        task.id,
        closure.id,
      ],
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-24T15:00:00Z'));
    // Wildcard routes (the queue dashboard's assets) are not lists; the dashboard's tenancy is
    // tested with it (its payloads carry ids only: A8).
    lists = declaredRoutes(t.app).filter(
      (r) => r.method === 'GET' && !/:[A-Za-z]+|\*/.test(r.path) && !r.isPublic,
    );
    cast = await seedCast(t, CAST);
    ownCase = (await seedOrganisation('plumwood', 'Plumwood')).theCase;
    const foreign = await seedOrganisation('markerbee', 'Markerbee');
    // References are per-organisation sequences and may coincide; ids and marker words may not.
    markers.push('Markerbee', ...foreign.ids.filter((id) => id !== foreign.theCase.reference));
    await cast.signInAll(...ROLES);
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks the lists the app declares', () => {
    expect(lists.map((r) => r.key)).toEqual(
      expect.arrayContaining(['GET /api/cases', 'GET /api/calendar', 'GET /api/board']),
    );
  });

  it("finds none of B's markers in any answer to any role of A", async () => {
    let answered = 0;
    for (const route of lists) {
      for (const role of ROLES) {
        if (route.permission === null || !roleHasPermission(role, route.permission)) continue;
        for (const query of [WIDEST_LIST_QUERIES[route.key] ?? {}, SEARCHES[route.key]].filter(
          Boolean,
        )) {
          const res = await request(t.app.getHttpServer())
            .get(route.path)
            .query(
              Object.fromEntries(
                Object.entries(query as Record<string, string>).map(([k, v]) => [
                  k,
                  v === ADVOCATE ? cast.users.plumwood.id : v,
                ]),
              ),
            )
            .set('Cookie', cast.cookie[role]);
          expect({ route: route.key, role, status: res.status }).toEqual({
            route: route.key,
            role,
            status: 200,
          });
          answered += 1;
          const text = JSON.stringify(res.body);
          for (const marker of markers) {
            expect({
              route: route.key,
              role,
              leaks: text.includes(marker) ? marker : null,
            }).toEqual({ route: route.key, role, leaks: null });
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(10);
  });

  it('does show A its own rows, so the walk above is not vacuous', async () => {
    const res = await request(t.app.getHttpServer())
      .get('/api/calendar')
      .query(WIDEST_LIST_QUERIES['GET /api/calendar']!)
      .set('Cookie', cast.cookie.supervisor);
    expect(JSON.stringify(res.body)).toContain(ownCase.id);
    const board = await request(t.app.getHttpServer())
      .get('/api/board')
      .query({ days: '90' })
      .set('Cookie', cast.cookie.supervisor);
    expect(JSON.stringify(board.body)).toContain('Plumwood');
  });
});
