import { ROLES } from '@haven/contracts';
import request from 'supertest';

import { roleHasPermission } from '@api/common/permissions';
import { EVERY_ROLE, seedCast, type Cast } from '@api/testing/cast';
import { insertCase } from '@api/testing/db-fixtures';
import { declaredRoutes, type DeclaredRoute } from '@api/testing/route-catalogue';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import { ROUTE_MATRIX } from './route-matrix';

const TEST_ONLY = /^[A-Z]+ \/api\/test-only\//;
const SAMPLE_ID = '5b0e9f1c-2d3a-4b5c-8d6e-7f8091a2b3c4';

function concrete(path: string, id: string): string {
  return path.replace(/:[A-Za-z]+/g, id);
}

describe('every route: permissions, authentication and headers (security-checks A5, A9, C5, C6)', () => {
  let t: TestApp;
  let routes: DeclaredRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    routes = declaredRoutes(t.app).filter((r) => !TEST_ONLY.test(r.key));
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (route: DeclaredRoute, path: string, cookie?: string) => {
    const req = request(t.app.getHttpServer())[
      route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch'
    ](path);
    if (cookie) req.set('Cookie', cookie);
    return route.method === 'GET' || route.method === 'DELETE' ? req : req.send({});
  };

  it('declares a permission on every route, or is on the public allow-list', () => {
    const undeclared = routes.filter((r) => !r.isPublic && !r.permission).map((r) => r.key);
    expect(undeclared).toEqual([]);
    // The calendar feed is polled by calendar apps that hold no session: its secret token is the
    // credential (security-checks E4).
    expect(routes.filter((r) => r.isPublic).map((r) => r.key)).toEqual([
      'GET /api/calendar-feed/:file',
      'GET /api/health',
      'POST /api/auth/login',
    ]);
  });

  it('has a row in the role × route matrix for every route, with the permission the route declares', () => {
    const actual = Object.fromEntries(
      routes.map((r) => [r.key, r.isPublic ? 'public' : r.permission]),
    );
    expect(actual).toEqual(ROUTE_MATRIX);
  });

  it('answers 401 without a session on every non-public route, never caching or indexing the answer', async () => {
    for (const route of routes.filter((r) => !r.isPublic)) {
      const res = await send(route, concrete(route.path, SAMPLE_ID));
      expect({ route: route.key, status: res.status }).toEqual({ route: route.key, status: 401 });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-robots-tag']).toMatch(/noindex/);
    }
  });

  it('sends the headers that mirror ZAP passive rules on API and web responses', async () => {
    for (const path of ['/api/health', '/api/auth/me', '/']) {
      const res = await request(t.app.getHttpServer()).get(path);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers an unexpected failure with a request id only: no stack, SQL, path or data', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/test-only/explode');
    expect(res.status).toBe(500);
    expect(Object.keys(res.body).sort()).toEqual(['error', 'requestId']);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(res.body)).not.toMatch(/secret_table|\/srv\/|Quillfeather|at /);
  });

  describe('role matrix', () => {
    let cast: Cast<typeof EVERY_ROLE>;
    let caseId: string;

    beforeAll(async () => {
      cast = await seedCast(t, EVERY_ROLE);
      await cast.signInAll();
      const { advocate } = cast.users;
      caseId = (await insertCase(t.dataSource, cast.orgId, { advocateIds: [advocate.id] })).id;
    });

    it.each(ROLES)('lets %s reach exactly the routes its permissions allow', async (role) => {
      for (const route of routes.filter((r) => !r.isPublic && r.key !== 'POST /api/auth/logout')) {
        const res = await send(route, concrete(route.path, caseId), cast.cookie[role]);
        const allowed = route.permission !== null && roleHasPermission(role, route.permission);
        if (allowed) {
          expect({ route: route.key, role, denied: [401, 403].includes(res.status) }).toEqual({
            route: route.key,
            role,
            denied: false,
          });
        } else {
          expect({ route: route.key, role, status: res.status }).toEqual({
            route: route.key,
            role,
            status: 403,
          });
        }
      }
    });
  });
});
