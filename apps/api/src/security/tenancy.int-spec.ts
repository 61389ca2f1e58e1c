import { randomUUID } from 'node:crypto';

import { ROLES, type Role } from '@haven/contracts';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { roleHasPermission } from '@api/common/permissions';
import { EVERY_ROLE, seedCast } from '@api/testing/cast';
import { countDenials, insertCase, tableFingerprints } from '@api/testing/db-fixtures';
import { declaredRoutes, type DeclaredRoute } from '@api/testing/route-catalogue';
import { TENANT_TABLES } from '@api/testing/tenant-tables';
import { createTestApp, type TestApp } from '@api/testing/test-app';

/** One record of every kind in an organisation, keyed by the route parameter names that address them. */
async function insertEverything(
  ds: DataSource,
  orgId: string,
  advocateId: string,
): Promise<Record<string, string>> {
  const c = await insertCase(ds, orgId, { advocateIds: [advocateId] });
  const one = async (sql: string, params: unknown[]) =>
    ((await ds.query(sql, params)) as [{ id: string }])[0].id;
  const orderId = await one(
    `insert into protective_order (organisation_id, case_id, kind, issued_on, issuing_court_id, issuing_court_kind, issuing_locality)
     values ($1, $2, 'FA_PPO', '2026-11-23', 'jdr-fairfax', 'JDR', 'Fairfax County') returning id`,
    [orgId, c.id],
  );
  const ids: Record<string, string> = {
    caseId: c.id,
    orderId,
    petitionId: await one(
      `insert into petition (organisation_id, case_id, order_kind_sought, filed_on, court_id, court_kind, court_locality)
       values ($1, $2, 'FA_PPO', '2026-11-23', 'jdr-fairfax', 'JDR', 'Fairfax County') returning id`,
      [orgId, c.id],
    ),
    hearingId: await one(
      `insert into hearing (organisation_id, case_id, order_id, kind, scheduled_on) values ($1, $2, $3, 'ppo_full_hearing', '2026-12-07') returning id`,
      [orgId, c.id, orderId],
    ),
    motionId: await one(
      `insert into extension_motion (organisation_id, case_id, order_id, filed_on) values ($1, $2, $3, '2026-11-30') returning id`,
      [orgId, c.id, orderId],
    ),
    attemptId: await one(
      `insert into service_attempt (organisation_id, case_id, order_id, attempted_on, served_by, method, outcome)
       values ($1, $2, $3, '2026-11-24', 'sheriff', 'personal', 'not_found') returning id`,
      [orgId, c.id, orderId],
    ),
    violationId: await one(
      `insert into violation (organisation_id, case_id, order_id, occurred_on, acts, classification) values ($1, $2, $3, '2026-11-25', '{contact}', '{}') returning id`,
      [orgId, c.id, orderId],
    ),
    noteId: await one(
      `insert into case_note (organisation_id, case_id, body_enc) values ($1, $2, 'v1:x:y:z') returning id`,
      [orgId, c.id],
    ),
    taskId: await one(
      `insert into task (organisation_id, case_id, title, due_on) values ($1, $2, 'Call the clerk', '2026-11-30') returning id`,
      [orgId, c.id],
    ),
    closureId: await one(
      `insert into court_closure (organisation_id, closed_on, kind, name, authority) values ($1, '2026-12-24', 'governor_or_president_day', 'Christmas Eve', 'Executive Order 99') returning id`,
      [orgId],
    ),
  };
  ids['id'] = ids['closureId']!;
  ids['userId'] = advocateId;
  return ids;
}

async function tenantHash(ds: DataSource): Promise<string> {
  return JSON.stringify(await tableFingerprints(ds, TENANT_TABLES));
}

/**
 * A valid body for each write route, so the refusal tested is the tenancy check itself (a body that
 * fails validation is refused before any lookup). Ids inside bodies are filled like path ids.
 */
const VALID_BODIES: Record<string, object> = {
  'POST /api/cases/:caseId/reveal': {
    party: 'client',
    field: 'address',
    reason: 'Checking tenancy',
  },
  'PUT /api/cases/:caseId/advocates': { advocateIds: [':advocateId'] },
  'POST /api/cases/:caseId/close': { closedOn: '2026-12-15', lscClosingCode: 'IA' },
  'POST /api/cases/:caseId/petitions': {
    orderKindSought: 'FA_PPO',
    filedOn: '2026-11-23',
    courtId: 'jdr-fairfax',
    courtKind: 'JDR',
    courtLocality: 'Fairfax County',
  },
  'POST /api/cases/:caseId/hearings': {
    kind: 'ppo_full_hearing',
    scheduledOn: '2026-12-07',
    orderId: ':orderId',
  },
  'POST /api/cases/:caseId/hearings/:hearingId/outcome': {
    outcome: 'granted',
    heldOn: '2026-12-07',
  },
  'POST /api/cases/:caseId/hearings/:hearingId/continuance': {
    scheduledOn: '2026-12-14',
    reason: 'Checking tenancy',
  },
  'POST /api/cases/:caseId/service-attempts': {
    orderId: ':orderId',
    attemptedOn: '2026-11-24',
    servedBy: 'sheriff',
    method: 'personal',
    outcome: 'not_found',
  },
  'POST /api/cases/:caseId/service-attempts/:attemptId/notes/reveal': {
    reason: 'Checking tenancy',
  },
  'POST /api/cases/:caseId/orders': {
    kind: 'FA_PO',
    issuedOn: '2026-11-23',
    issuingCourtId: 'jdr-fairfax',
    issuingCourtKind: 'JDR',
    issuingLocality: 'Fairfax County',
    parentOrderId: ':orderId',
  },
  'POST /api/cases/:caseId/orders/:orderId/dissolve': { dissolvedOn: '2026-11-24' },
  'POST /api/cases/:caseId/orders/:orderId/extensions': {
    kind: 'unserved',
    grantedOn: '2026-11-24',
  },
  'POST /api/cases/:caseId/orders/:orderId/extension-motions': { filedOn: '2026-11-24' },
  'POST /api/cases/:caseId/orders/:orderId/extension-motions/:motionId/grant': {
    issuedOn: '2026-11-24',
  },
  'POST /api/cases/:caseId/orders/:orderId/extension-motions/:motionId/deny': {
    deniedOn: '2026-11-24',
  },
  'POST /api/cases/:caseId/violations': {
    orderId: ':orderId',
    occurredOn: '2026-11-24',
    acts: ['contact'],
    basedOnViolence: false,
  },
  'POST /api/cases/:caseId/notes': { body: 'Checking tenancy' },
  'POST /api/cases/:caseId/notes/:noteId/reveal': { reason: 'Checking tenancy' },
  'PUT /api/cases/:caseId/safe-contact': { mail: 'home_ok', phone: 'voicemail_ok' },
  'POST /api/cases/:caseId/safe-contact/reveal': { reason: 'Checking tenancy' },
  'POST /api/cases/:caseId/documents/client-letter': {
    letter: 'hearing',
    language: 'en',
    format: 'docx',
    channel: 'in_person',
  },
  'POST /api/tasks/:taskId/complete': {},
  'PUT /api/tasks/:taskId/assignee': { assigneeId: ':advocateId' },
  'PATCH /api/users/:userId': { displayName: 'Checking tenancy' },
  'PUT /api/settings/followups': {
    talkToClientDaysBeforeExpiry: 60,
    fileMotionDaysBeforeDeadline: 30,
    escalateDaysBeforeDeadline: 10,
    firstServiceCheckCourtDays: 2,
    serviceCheckEveryCourtDays: 3,
    extendPreliminaryCourtDaysBeforeHearing: 2,
    medicalNoticeReminderDays: 5,
  },
};

/** Fills `:name` placeholders inside a body with the variant's ids. */
function fillBody(body: object, ids: Record<string, string>): object {
  return JSON.parse(
    JSON.stringify(body).replace(
      /":([A-Za-z]+)"/g,
      (_m, name: string) => `"${ids[name] ?? randomUUID()}"`,
    ),
  ) as object;
}

function fill(path: string, ids: Record<string, string>): string {
  return path.replace(
    /:([A-Za-z]+)/g,
    (_m, name: string) => ids[name] ?? ids['id'] ?? randomUUID(),
  );
}

// Every id route, twice, each with a fingerprint of every tenant table before and after: minutes,
// not jest's default 30 seconds, on a shared two-core machine.
const WALK_TIMEOUT_MS = 10 * 60_000;

describe("another organisation's records (security-checks A1, A2)", () => {
  let t: TestApp;
  let routes: DeclaredRoute[];
  const sessions = new Map<Role, string>();
  let own: Record<string, string>;
  let foreign: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    routes = declaredRoutes(t.app).filter((r) => /:[A-Za-z]+/.test(r.path) && !r.isPublic);
    const cast = await seedCast(t, {
      advocateB: { role: 'advocate', otherOrganisation: true },
      ...EVERY_ROLE,
    });
    const advocateA = cast.users.advocate.id;
    const advocateB = cast.users.advocateB.id;
    foreign = await insertEverything(t.dataSource, cast.otherOrgId, advocateB);
    for (const role of ROLES) sessions.set(role, await cast.signIn(role));
    own = await insertEverything(t.dataSource, cast.orgId, advocateA);
    own['advocateId'] = advocateA;
    foreign['advocateId'] = advocateB;
  });
  afterAll(async () => {
    await t.close();
  });

  const call = (
    route: DeclaredRoute,
    path: string,
    cookie: string,
    ids: Record<string, string>,
  ) => {
    const req = request(t.app.getHttpServer())
      [route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch'](path)
      .set('Cookie', cookie);
    return route.method === 'GET' || route.method === 'DELETE'
      ? req
      : req.send(fillBody(VALID_BODIES[route.key] ?? {}, ids));
  };
  const denials = () => countDenials(t.dataSource);

  it('finds routes with ids to walk', () => {
    expect(routes.length).toBeGreaterThan(3);
  });

  it(
    'answers 404, exactly as for a nonexistent id, audits the denial, and changes nothing',
    async () => {
      let foreignIdsInBodies = 0;
      for (const route of routes) {
        const role = ROLES.find(
          (r) => route.permission !== null && roleHasPermission(r, route.permission),
        );
        if (!role) continue;
        const cookie = sessions.get(role) ?? '';
        const random: Record<string, string> = Object.fromEntries(
          Object.keys(foreign).map((k) => [k, randomUUID() as string]),
        );
        random['advocateId'] = own['advocateId']!;
        const foreignChildren = Object.fromEntries(
          Object.entries(foreign).filter(([k]) => k !== 'caseId'),
        );
        const randomChildren = Object.fromEntries(
          Object.entries(random).filter(([k]) => k !== 'caseId'),
        );
        // The whole path of another organisation; another organisation's record inside an own
        // case; and an own path whose body names another organisation's record (A2: e.g. a
        // hearing's orderId), each compared with the same request for an id that exists nowhere.
        const body = VALID_BODIES[route.key] ?? {};
        const namesIds = /":[A-Za-z]+"/.test(JSON.stringify(body));
        const variants: Array<{
          path: Record<string, string>;
          body: Record<string, string>;
          nowherePath: Record<string, string>;
          nowhereBody: Record<string, string>;
        }> = [
          { path: foreign, body: foreign, nowherePath: random, nowhereBody: random },
          {
            path: { ...own, ...foreignChildren },
            body: { ...own, ...foreignChildren },
            nowherePath: { ...own, ...randomChildren },
            nowhereBody: { ...own, ...randomChildren },
          },
          ...(namesIds
            ? [
                {
                  path: own,
                  body: { ...own, ...foreignChildren },
                  nowherePath: own,
                  nowhereBody: { ...own, ...randomChildren, advocateId: randomUUID() },
                },
              ]
            : []),
        ];
        for (const variant of variants) {
          const path = fill(route.path, variant.path);
          // The first two variants add nothing when the route's path holds only the case's id.
          if (variant.path !== own && path === fill(route.path, own)) continue;
          if (variant.path === own) foreignIdsInBodies += 1;
          const before = await tenantHash(t.dataSource);
          const deniedBefore = await denials();
          const res = await call(route, path, cookie, variant.body);
          const missing = await call(
            route,
            fill(route.path, variant.nowherePath),
            cookie,
            variant.nowhereBody,
          );
          // A body that fails validation is refused (400) before any lookup, identically for any id.
          expect({ route: route.key, path, status: res.status }).toEqual({
            route: route.key,
            path,
            status: missing.status,
          });
          expect([400, 404]).toContain(res.status);
          expect({ route: route.key, body: { ...res.body, requestId: null } }).toEqual({
            route: route.key,
            body: { ...missing.body, requestId: null },
          });
          const expectedAudits = res.status === 404 ? 2 : 0;
          expect({ route: route.key, audited: (await denials()) - deniedBefore }).toEqual({
            route: route.key,
            audited: expectedAudits,
          });
          expect({
            route: route.key,
            unchanged: (await tenantHash(t.dataSource)) === before,
          }).toEqual({ route: route.key, unchanged: true });
        }
      }
      // Hearings, service attempts, orders, violations, assignments and task assignees name ids.
      expect(foreignIdsInBodies).toBeGreaterThanOrEqual(6);
    },
    WALK_TIMEOUT_MS,
  );
});
