import request from 'supertest';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';

import { ROLES } from '@haven/contracts';

import { roleHasPermission } from '@api/common/permissions';
import { createDataSource } from '@api/database/data-source';
import { EVERY_ROLE, seedCast, type Cast, type CastSpec } from '@api/testing/cast';
import { buildFuzzScene, type SceneIds } from '@api/testing/fuzz/fuzz-scene';
import { encodeBytes } from '@api/testing/fuzz/fuzz-requests';
import {
  concretePath,
  fuzzRoutes,
  type FuzzRoute,
  type OpenApiDocument,
} from '@api/testing/fuzz/fuzz-routes';
import { SQL_INJECTION_CORPUS } from '@api/testing/fuzz/hostile-values';
import { ADVOCATE, WIDEST_LIST_QUERIES } from '@api/testing/list-queries';
import { PostgresServerLog } from '@api/testing/postgres-server-log';
import { createTestApp, type TestApp } from '@api/testing/test-app';

const CAST = {
  ...EVERY_ROLE,
  // The other organisation holds a scene of its own: an injection that widened a query past the
  // tenant's rows would bring its ids back.
  outsider: { role: 'supervisor', otherOrganisation: true },
  outsiderAdmin: { role: 'admin', otherOrganisation: true },
} satisfies CastSpec;
type Who = keyof typeof CAST;

/** Text no record holds: what a search for any corpus entry must answer like. */
const NOTHING_MATCHES = 'Quillfern Nomatch';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID anywhere in an answer: the rows it holds, and anything they point to. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' && UUID.test(value)) into.add(value.toLowerCase());
  else if (Array.isArray(value)) value.forEach((v) => idsIn(v, into));
  else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((v) => idsIn(v, into));
  }
  return into;
}

interface FailedQuery {
  code: string;
  message: string;
  query: string;
}

/**
 * security-checks C2, the dynamic half: every filter and search parameter of every route that
 * takes one, and every path parameter of those routes, is sent each entry of an injection corpus.
 * A parameterised query reads each as plain text, so: no 5xx; a refusal names the parameter; an
 * answer holds no row the same query without the entry would not (no widening past a filter or
 * the tenant), and a search for an entry answers like a search for text nothing holds; and no
 * statement fails in PostgreSQL, neither as the API saw it nor in the server's own log.
 */
describe('no SQL injection through any filter, search or path parameter (security-checks C2)', () => {
  let t: TestApp;
  let owner: DataSource;
  let cast: Cast<typeof CAST>;
  let scene: SceneIds;
  /** GET routes that take query parameters. */
  let routes: FuzzRoute[];
  /** GET routes whose path names a record. */
  let withPath: FuzzRoute[];
  let serverLog: PostgresServerLog;
  let databaseName: string;
  const failedQueries: FailedQuery[] = [];

  beforeAll(async () => {
    // As production connects, so the row-level policies are in every plan the corpus meets.
    t = await createTestApp(undefined, { asApplicationRole: true });
    t.clock.set(new Date('2026-12-02T15:00:00Z'));
    const ownerUrl = process.env['DATABASE_URL'] ?? '';
    owner = await createDataSource(ownerUrl).initialize();
    cast = await seedCast({ ...t, dataSource: owner }, CAST);
    scene = await buildFuzzScene(t, cast, 'supervisor', 'admin');
    await buildFuzzScene(t, cast, 'outsider', 'outsiderAdmin');
    const doc = (await cast.get('supervisor', '/docs/openapi.json')).body as OpenApiDocument;
    const gets = fuzzRoutes(t.app, doc).filter((r) => r.method === 'GET' && !r.isPublic);
    routes = gets.filter((r) => r.query.length > 0);
    withPath = gets.filter(
      (r) => r.pathParams.length > 0 && r.pathParams.every((p) => !p.wildcard),
    );
    // Every statement the API sends goes through TypeORM's query runner, which tells its
    // subscribers of each one that failed, with PostgreSQL's SQLSTATE.
    const watcher: EntitySubscriberInterface = {
      afterQuery(event) {
        if (event.success) return;
        const err = event.error as { code?: string; message?: string } | undefined;
        failedQueries.push({
          code: err?.code ?? '?',
          message: err?.message ?? String(event.error),
          query: event.query.slice(0, 200),
        });
      },
    };
    t.dataSource.subscribers.push(watcher);
    serverLog = await PostgresServerLog.locate(ownerUrl);
    databaseName = new URL(ownerUrl).pathname.slice(1);
    console.log(
      `[c2] PostgreSQL server log: ${'path' in serverLog.file ? serverLog.file.path : serverLog.file.unreadable}`,
    );
  }, 120_000);
  afterAll(async () => {
    await owner.destroy();
    await t.close();
  });

  /** The user a route is called as: a supervisor where allowed (sees the whole organisation). */
  const sender = (route: FuzzRoute): Who => {
    const permission = route.permission;
    if (permission === null) return 'supervisor';
    return (
      (['supervisor', ...ROLES] as const).find((role) => roleHasPermission(role, permission)) ??
      'admin'
    );
  };

  /** The route's widest query with `overrides`, encoded byte by byte as a client could send it. */
  const queryOf = (route: FuzzRoute, overrides: Record<string, string>): string => {
    const widest = WIDEST_LIST_QUERIES[route.key] ?? {};
    const values = Object.fromEntries(
      Object.entries(widest).map(([k, v]) => [k, v === ADVOCATE ? cast.users.advocate.id : v]),
    );
    return Object.entries({ ...values, ...overrides })
      .map(([k, v]) => `${encodeBytes(k)}=${encodeBytes(v)}`)
      .join('&');
  };

  const get = async (
    route: FuzzRoute,
    query: string,
    path: Record<string, string> = {},
  ): Promise<request.Response> => {
    const real = Object.fromEntries(
      route.pathParams.map(({ name }) => [
        name,
        path[name] ?? (name === 'userId' ? cast.users.advocate.id : (scene[name] ?? name)),
      ]),
    );
    return request(t.app.getHttpServer())
      .get(`${concretePath(route, real)}${query ? `?${query}` : ''}`)
      .set('Cookie', await cast.cookieOf(sender(route)));
  };

  const fieldsOf = (res: request.Response): string[] =>
    ((res.body as { fields?: Array<{ field: string }> }).fields ?? []).map((f) => f.field);

  it('reaches the routes that filter and search', () => {
    expect(routes.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        'GET /api/cases',
        'GET /api/tasks',
        'GET /api/board',
        'GET /api/board/at-risk',
        'GET /api/calendar',
        'GET /api/admin/audit',
        'GET /api/reports/run',
      ]),
    );
  });

  it(
    'reads every corpus entry in every query parameter as plain text',
    async () => {
      const logMark = await serverLog.mark();
      const problems: string[] = [];
      let sent = 0;
      let searched = 0;
      let answered = 0;
      for (const route of routes) {
        const baseline = await get(route, queryOf(route, {}));
        if (baseline.status !== 200) {
          problems.push(
            `${route.key}: its widest query answered ${baseline.status} (list-queries.ts)`,
          );
          continue;
        }
        const allowed = idsIn(baseline.body);
        for (const { name } of route.query) {
          // A parameter that takes free text answers text nothing holds with 200.
          const unmatched = await get(route, queryOf(route, { [name]: NOTHING_MATCHES }));
          const freeText = unmatched.status === 200 ? [...idsIn(unmatched.body)].sort() : null;
          for (const entry of SQL_INJECTION_CORPUS) {
            const failedBefore = failedQueries.length;
            const res = await get(route, queryOf(route, { [name]: entry }));
            sent += 1;
            const where = `${route.key} ?${name}=${JSON.stringify(entry)}`;
            const failed = failedQueries.slice(failedBefore);
            if (failed.length > 0)
              problems.push(`${where}: PostgreSQL failed ${JSON.stringify(failed)}`);
            if (res.status === 400) {
              if (!fieldsOf(res).includes(name)) {
                problems.push(`${where}: 400 naming ${JSON.stringify(fieldsOf(res))}, not ${name}`);
              }
              continue;
            }
            if (res.status !== 200) {
              problems.push(`${where}: answered ${res.status} ${JSON.stringify(res.body)}`);
              continue;
            }
            answered += 1;
            const ids = [...idsIn(res.body)].sort();
            const extra = ids.filter((id) => !allowed.has(id));
            if (extra.length > 0)
              problems.push(`${where}: rows the widest query has not: ${extra}`);
            if (freeText !== null) {
              searched += 1;
              if (JSON.stringify(ids) !== JSON.stringify(freeText)) {
                problems.push(
                  `${where}: answered ${ids} where text nothing holds answered ${freeText}`,
                );
              }
            }
          }
        }
      }
      const logged = (await serverLog.linesSince(logMark)).filter(
        (line) => line.includes(`@${databaseName} `) && /\b(ERROR|FATAL|PANIC):/.test(line),
      );
      console.log(`[c2] ${sent} requests; ${answered} answered, ${searched} of them as a search`);
      expect({ problems, logged }).toEqual({ problems: [], logged: [] });
      // The walk met the corpus as text somewhere (a search), not only as refusals.
      expect(sent).toBeGreaterThan(200);
      expect(searched).toBeGreaterThan(SQL_INJECTION_CORPUS.length);
      expect(answered).toBeGreaterThanOrEqual(searched);
    },
    10 * 60_000,
  );

  it(
    'refuses every corpus entry in a path parameter before it reaches PostgreSQL',
    async () => {
      expect(withPath.length).toBeGreaterThan(10);
      const logMark = await serverLog.mark();
      const problems: string[] = [];
      for (const route of withPath) {
        for (const { name } of route.pathParams) {
          for (const entry of SQL_INJECTION_CORPUS) {
            const failedBefore = failedQueries.length;
            const res = await get(route, queryOf(route, {}), { [name]: encodeBytes(entry) });
            const where = `${route.key} :${name}=${JSON.stringify(entry)}`;
            const failed = failedQueries.slice(failedBefore);
            if (failed.length > 0)
              problems.push(`${where}: PostgreSQL failed ${JSON.stringify(failed)}`);
            if (res.status !== 400 && res.status !== 404) {
              problems.push(`${where}: answered ${res.status}`);
            }
          }
        }
      }
      const logged = (await serverLog.linesSince(logMark)).filter(
        (line) => line.includes(`@${databaseName} `) && /\b(ERROR|FATAL|PANIC):/.test(line),
      );
      expect({ problems, logged }).toEqual({ problems: [], logged: [] });
    },
    5 * 60_000,
  );

  it('would see a statement that fails, in the API and in the server log', async () => {
    const logMark = await serverLog.mark();
    const failedBefore = failedQueries.length;
    await expect(t.dataSource.query(`select 'unterminated`)).rejects.toThrow(/unterminated/);
    expect(failedQueries.slice(failedBefore).map((f) => f.code)).toEqual(['42601']);
    if ('path' in serverLog.file) {
      const lines = await serverLog.linesSince(logMark);
      expect(lines.join('\n')).toMatch(new RegExp(`@${databaseName} ERROR:\\s+unterminated`));
    }
  });
});
