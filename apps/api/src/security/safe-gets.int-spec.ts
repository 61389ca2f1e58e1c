import request from 'supertest';

import { ROLES } from '@haven/contracts';

import { roleHasPermission } from '@api/common/permissions';
import { EVERY_ROLE, seedCast, type Cast } from '@api/testing/cast';
import { DatabaseSnapshots } from '@api/testing/db-snapshot';
import { buildFuzzScene, type SceneIds } from '@api/testing/fuzz/fuzz-scene';
import {
  concretePath,
  fuzzRoutes,
  type FuzzRoute,
  type OpenApiDocument,
} from '@api/testing/fuzz/fuzz-routes';
import { ADVOCATE, WIDEST_LIST_QUERIES } from '@api/testing/list-queries';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/**
 * What a GET may write, each for its reason; any other change fails (security-checks B6: a GET
 * changes nothing, so a cross-site link or an image tag can change nothing either).
 */
// A request moves its session's last-seen time (the idle timeout counts from it).
const SESSION_BOOKKEEPING = ['user_session'];
// Reads that say who looked at what: the audit row is the record of the read (F1), not a change
// of the data, and a cross-site request cannot forge one without the session's cookie, which is
// SameSite=Strict.
const AUDITED_READS: Readonly<Record<string, string>> = {
  // Which cases and fields a user's account touched, for a breach notice (E-rows).
  'GET /api/breach-scope': 'breach_scope',
  // A funder report and the cases behind one of its counts (E5).
  'GET /api/reports/run': 'report_run',
  'GET /api/reports/cases': 'report_drilldown',
};

/** security-checks B6, "a GET changes nothing": every GET route, called with real records. */
describe('every GET route leaves the data as it found it (security-checks B6)', () => {
  let t: TestApp;
  let cast: Cast<typeof EVERY_ROLE>;
  let scene: SceneIds;
  let routes: FuzzRoute[];
  let snapshots: DatabaseSnapshots;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-12-02T15:00:00Z'));
    cast = await seedCast(t, EVERY_ROLE);
    scene = await buildFuzzScene(t, cast, 'supervisor', 'admin');
    const doc = (await cast.get('supervisor', '/docs/openapi.json')).body as OpenApiDocument;
    routes = fuzzRoutes(t.app, doc).filter(
      (r) => r.method === 'GET' && r.pathParams.every((p) => !p.wildcard),
    );
    snapshots = await DatabaseSnapshots.of(t.dataSource);
    await cast.signInAll();
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const sender = (route: FuzzRoute): keyof typeof EVERY_ROLE => {
    const permission = route.permission;
    if (permission === null) return 'supervisor';
    return (
      (['supervisor', ...ROLES] as const).find((role) => roleHasPermission(role, permission)) ??
      'admin'
    );
  };

  it('writes nothing but session bookkeeping on any GET', async () => {
    const problems: string[] = [];
    let answered = 0;
    for (const route of routes) {
      const path = concretePath(
        route,
        Object.fromEntries(
          route.pathParams.map(({ name }) => [
            name,
            name === 'userId' ? cast.users.advocate.id : (scene[name] ?? name),
          ]),
        ),
      );
      const query = Object.fromEntries(
        Object.entries(WIDEST_LIST_QUERIES[route.key] ?? {}).map(([k, v]) => [
          k,
          v === ADVOCATE ? cast.users.advocate.id : v,
        ]),
      );
      const before = await snapshots.take();
      const res = await request(t.app.getHttpServer())
        .get(path)
        .query(query)
        .set('Cookie', cast.cookie[sender(route)]);
      if (res.status < 400) answered += 1;
      const changes = await snapshots.changesSince(before);
      const tables = changes.tables.filter((x) => !SESSION_BOOKKEEPING.includes(x));
      const audit = changes.auditAdded.filter((a) => a !== AUDITED_READS[route.key]);
      if (tables.length > 0 || audit.length > 0 || changes.auditRewritten) {
        problems.push(`${route.key} (${res.status}) changed ${JSON.stringify({ tables, audit })}`);
      }
    }
    expect(problems).toEqual([]);
    // The walk read real records, not only refusals.
    expect(answered).toBeGreaterThan(routes.length / 2);
  });
});
