import fc from 'fast-check';

import { ROLES } from '@haven/contracts';

import { roleHasPermission } from '@api/common/permissions';
import { EVERY_ROLE, seedCast, type Cast } from '@api/testing/cast';
import { DatabaseSnapshots } from '@api/testing/db-snapshot';
import { sendAndCheck } from '@api/testing/fuzz/answer-checks';
import { buildFuzzScene, type SceneIds } from '@api/testing/fuzz/fuzz-scene';
import {
  contentType,
  encodeBytes,
  notUuidSegment,
  sendFuzzRequest,
  type FuzzRequest,
} from '@api/testing/fuzz/fuzz-requests';
import {
  concretePath,
  fuzzRoutes,
  type FuzzRoute,
  type OpenApiDocument,
} from '@api/testing/fuzz/fuzz-routes';
import { hostileBody, hostileShortText } from '@api/testing/fuzz/hostile-values';
import { mutate, mutation } from '@api/testing/fuzz/mutations';
import { cursorText, queryString } from '@api/testing/fuzz/query-values';
import { toJsonText } from '@api/testing/fuzz/raw-json';
import { schemaValue } from '@api/testing/fuzz/schema-values';
import { createTestApp, type TestApp } from '@api/testing/test-app';

// security-checks C1 asks ~200 runs per endpoint in CI and 5000 nightly; on two cores this file
// takes about three minutes with the default (a fifth of the integration suite), so the default
// stays low and FUZZ_RUNS raises it. FUZZ_SEED replays a failure.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 15);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const PROPERTY_TIMEOUT_MS = 10 * 60_000;

const CAST = {
  ...EVERY_ROLE,
  /** Signs in afresh for each logout the fuzz sends, so the others keep their sessions. */
  leaver: { role: 'advocate' },
  /** The user whom the fuzzed user-management requests change. */
  target: { role: 'advocate' },
} as const;
type Who = keyof typeof CAST;

// Routes that end a record's working life go last, so the rest are fuzzed on a live case.
const ENDS_A_RECORD = /\/(close|dissolve|deny|grant)$|^DELETE /;

/**
 * Routes whose last path parameter is deliberately not a UUID, so the not-a-UUID walk skips it
 * (every other walk still fuzzes it). Each says why, and what such a route answers instead.
 */
const NOT_UUID_PARAMS: Readonly<Record<string, string>> = {
  'GET /api/calendar-feed/:file':
    'the secret feed token plus ".ics" (security-checks E4): a malformed token answers the same 404 ' +
    'as an unknown or revoked one, so the answer never tells a guess how close it came',
  'PATCH /api/courts/:courtId':
    "a court directory id is a readable slug ('jdr-fairfax') stored on petitions and orders, not a UUID",
  'PATCH /api/courts/localities/:localityId':
    "a locality id is a readable slug of the court directory ('fairfax-county'), not a UUID",
};

// What the edge (JSON body parser, input hygiene) says; only these may refuse a request that has
// no session, because guards run before the validation pipe.
const EDGE_MESSAGE =
  /^(must not contain control characters|must not contain a lone UTF-16 surrogate|is nested deeper than \d+ levels|must be valid JSON|could not be read as sent|must be valid percent-encoded UTF-8|its name must not contain .*|must not have a property with an empty name)$/;

describe('every route, fuzzed: never a 5xx, every refusal names its field and changes nothing (security-checks C1, C3)', () => {
  let t: TestApp;
  let cast: Cast<typeof CAST>;
  let scene: SceneIds;
  let doc: OpenApiDocument;
  let routes: FuzzRoute[];
  let snapshots: DatabaseSnapshots;
  let ids: fc.Arbitrary<string>;

  beforeAll(async () => {
    console.log(`[fuzz] seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${RUNS} runs per route`);
    t = await createTestApp();
    // Sessions are touched with the clock's time: held still, a refused request changes no row.
    t.clock.set(new Date('2026-12-02T15:00:00Z'));
    cast = await seedCast(t, CAST);
    scene = await buildFuzzScene(t, cast, 'supervisor', 'admin');
    doc = (await cast.get('supervisor', '/docs/openapi.json')).body as OpenApiDocument;
    routes = fuzzRoutes(t.app, doc).sort(
      (a, b) => Number(ENDS_A_RECORD.test(a.key)) - Number(ENDS_A_RECORD.test(b.key)),
    );
    snapshots = await DatabaseSnapshots.of(t.dataSource);
    const known = [
      ...Object.values(scene),
      cast.users.advocate.id,
      cast.users.supervisor.id,
      cast.users.target.id,
    ].filter((id): id is string => id !== undefined);
    ids = fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, fc.uuid());
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  /** The user a route is fuzzed as: a supervisor where allowed (sees the whole organisation). */
  const sender = (route: FuzzRoute): Who => {
    if (route.key === 'POST /api/auth/logout') return 'leaver';
    const permission = route.permission;
    if (permission === null) return 'supervisor';
    const roles = ['supervisor', ...ROLES] as const;
    return roles.find((role) => roleHasPermission(role, permission)) ?? 'admin';
  };
  const cookieFor = async (route: FuzzRoute): Promise<string> =>
    route.key === 'POST /api/auth/logout' ? cast.signIn('leaver') : cast.cookieOf(sender(route));

  /** Path values: mostly the scene's real record (user ids: the target user), else any UUID. */
  const realPathValues = (route: FuzzRoute): fc.Arbitrary<Record<string, string>> =>
    fc.record(
      Object.fromEntries(
        route.pathParams.map(({ name, wildcard }) => {
          const real = name === 'userId' ? cast.users.target.id : scene[name];
          const value = wildcard
            ? fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(encodeBytes)
            : real
              ? fc.oneof({ arbitrary: fc.constant(real), weight: 5 }, fc.uuid())
              : fc.uuid();
          return [name, value];
        }),
      ),
    );

  /**
   * Bodies of the route's documented shape (which reach the service and the database), with one
   * thing wrong, with several, and bodies no route reads.
   */
  const bodyText = (route: FuzzRoute): fc.Arbitrary<string> => {
    const text = (clean: boolean, maxMutations: number) =>
      fc
        .tuple(
          route.body
            ? schemaValue(route.body, doc.components.schemas, ids, clean)
            : fc.jsonValue({ maxDepth: 2 }),
          fc.array(mutation, { minLength: Math.min(maxMutations, 1), maxLength: maxMutations }),
        )
        .map(([body, mutations]) => toJsonText(mutate(body, mutations)));
    return fc.oneof(
      { arbitrary: text(true, 0), weight: 3 },
      { arbitrary: text(true, 1), weight: 3 },
      { arbitrary: text(false, 2), weight: 3 },
      { arbitrary: hostileBody.map((raw) => raw.text), weight: 1 },
    );
  };

  const fuzz = async <T>(
    route: FuzzRoute,
    input: fc.Arbitrary<T>,
    check: (value: T) => Promise<void>,
    runs = RUNS,
  ) => {
    await fc
      .assert(fc.asyncProperty(input, check), {
        seed: SEED,
        numRuns: runs,
        includeErrorInReport: true,
      })
      .catch((err) => {
        throw new Error(`${route.key}: ${err instanceof Error ? err.message : String(err)}`);
      });
  };
  const send = (r: FuzzRequest) =>
    sendAndCheck(snapshots, r, (x) => sendFuzzRequest(t.app.getHttpServer(), x));

  it(
    'answers generated and mutated bodies on every write route, signed in',
    async () => {
      const writes = routes.filter((r) => r.method !== 'GET');
      expect(writes.length).toBeGreaterThan(25);
      for (const route of writes) {
        const input = fc.record({
          path: realPathValues(route),
          body: bodyText(route),
          contentType,
        });
        await fuzz(route, input, async ({ path, body, contentType: type }) => {
          await send({
            method: route.method,
            path: concretePath(route, path),
            query: '',
            body,
            contentType: type,
            cookie: await cookieFor(route),
          });
        });
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers generated and hostile query strings and cursors on every route, signed in',
    async () => {
      for (const route of routes) {
        const input = fc.record({
          path: realPathValues(route),
          query: queryString(route, doc.components.schemas, ids),
        });
        await fuzz(route, input, async ({ path, query }) => {
          await send({
            method: route.method,
            path: concretePath(route, path),
            query,
            body: route.method === 'GET' ? null : '{}',
            contentType: 'application/json',
            cookie: await cookieFor(route),
          });
        });
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses a path id that is not a UUID with 400 naming the parameter, on every route that takes one',
    async () => {
      const uuidParams = (route: FuzzRoute) =>
        route.pathParams
          .filter(
            (p) =>
              !p.wildcard &&
              !(`${route.key}`.endsWith(`:${p.name}`) && route.key in NOT_UUID_PARAMS),
          )
          .map((p) => p.name);
      const withIds = routes.filter((r) => uuidParams(r).length > 0);
      expect(withIds.length).toBeGreaterThan(30);
      for (const route of withIds) {
        const params = uuidParams(route);
        const input = fc
          .tuple(
            realPathValues(route),
            fc.subarray(params, { minLength: 1 }),
            fc.array(notUuidSegment, { minLength: params.length, maxLength: params.length }),
          )
          .map(([path, spoiled, values]) => ({
            path: { ...path, ...Object.fromEntries(spoiled.map((p, i) => [p, values[i]!])) },
            spoiled,
          }));
        await fuzz(route, input, async ({ path, spoiled }) => {
          const res = await send({
            method: route.method,
            path: concretePath(route, path),
            query: '',
            body: route.method === 'GET' ? null : '{}',
            contentType: 'application/json',
            cookie: await cookieFor(route),
          });
          const named = ((res.body as { fields?: Array<{ field: string }> }).fields ?? []).map(
            (f) => f.field,
          );
          expect({
            status: res.status,
            namesASpoiledParameter: named.some((f) => [...spoiled, 'path'].includes(f)),
          }).toEqual({
            status: 400,
            namesASpoiledParameter: true,
          });
        });
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses a hand-made cursor with 400 naming the cursor, or reads the page it names',
    async () => {
      for (const route of routes.filter((r) => r.query.some((q) => q.name === 'cursor'))) {
        const sort = route.query.some((q) => q.name === 'sort')
          ? fc.constantFrom('', '&sort=oldest', '&sort=next_deadline')
          : fc.constant('');
        const input = fc.tuple(cursorText(ids), sort);
        await fuzz(
          route,
          input,
          async ([cursor, sortParam]) => {
            const res = await send({
              method: 'GET',
              path: route.path,
              query: `cursor=${encodeBytes(cursor)}${sortParam}`,
              body: null,
              contentType: 'application/json',
              cookie: await cookieFor(route),
            });
            if (res.status !== 200) {
              const fields = (res.body as { fields?: Array<{ field: string }> }).fields ?? [];
              expect({ status: res.status, fields: fields.map((f) => f.field) }).toEqual({
                status: 400,
                fields: ['cursor'],
              });
            }
          },
          RUNS * 4,
        );
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers every route without a session: 401, or a refusal at the edge that names its field',
    async () => {
      for (const route of routes) {
        const input = fc.record({
          path: fc.record(
            Object.fromEntries(
              route.pathParams.map(({ name }) => [name, fc.oneof(fc.uuid(), notUuidSegment)]),
            ),
          ),
          query: queryString(route, doc.components.schemas, ids),
          body: fc.option(bodyText(route), { nil: null }),
          contentType,
        });
        await fuzz(route, input, async ({ path, query, body, contentType: type }) => {
          const res = await send({
            method: route.method,
            path: concretePath(route, path),
            query,
            body: route.method === 'GET' ? null : body,
            contentType: type,
            cookie: null,
          });
          if (route.isPublic) return;
          const fields = (res.body as { fields?: Array<{ message: string }> }).fields ?? [];
          const atTheEdge =
            [413, 415].includes(res.status) ||
            (res.status === 400 && fields.every((f) => EDGE_MESSAGE.test(f.message)));
          expect({ status: res.status, atTheEdge }).toEqual(
            res.status === 401
              ? { status: 401, atTheEdge: false }
              : { status: res.status, atTheEdge: true },
          );
        });
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('answers hostile e-mails and passwords at sign-in with 400 naming the field, or 401', async () => {
    const login = routes.find((r) => r.key === 'POST /api/auth/login');
    if (!login?.isPublic) throw new Error('POST /api/auth/login is not a public route');
    const input = fc.record({ email: hostileShortText, password: hostileShortText });
    await fuzz(login, input, async (body) => {
      const res = await send({
        method: 'POST',
        path: '/api/auth/login',
        query: '',
        body: JSON.stringify(body),
        contentType: 'application/json',
        cookie: null,
      });
      expect([400, 401]).toContain(res.status);
    });
  });
});
