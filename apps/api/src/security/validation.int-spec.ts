import { randomUUID } from 'node:crypto';

import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { getMetadataStorage } from 'class-validator';
import request from 'supertest';

import { ROLES } from '@haven/contracts';

import { roleHasPermission } from '@api/common/permissions';
import { EVERY_ROLE, seedCast, type Cast } from '@api/testing/cast';
import { tableFingerprints } from '@api/testing/db-fixtures';
import { declaredRoutes, type DeclaredRoute } from '@api/testing/route-catalogue';
import { createTestApp, type TestApp } from '@api/testing/test-app';

type FieldErrors = { error: string; fields: Array<{ field: string; message: string }> };
type Dto = new () => object;

const TABLES = [
  'app_user',
  'case_file',
  'client',
  'respondent',
  'petition',
  'hearing',
  'protective_order',
  'service_attempt',
  'violation',
  'case_note',
  'task',
  'court_closure',
  'audit_event',
];

/** The class of a route's @Body() parameter, read from Nest's own metadata. */
function bodyDtoOf(route: DeclaredRoute): Dto | null {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.methodName) ??
    {}) as Record<string, { index: number }>;
  const body = Object.entries(args).find(([key]) =>
    key.startsWith(`${RouteParamtypes.BODY}:`),
  )?.[1];
  if (!body) return null;
  const types = Reflect.getMetadata(
    'design:paramtypes',
    route.controller.prototype as object,
    route.methodName,
  ) as Dto[];
  const type = types[body.index];
  return type && type !== Object ? type : null;
}

/** The validated properties of a DTO, from class-validator's metadata. */
function propertiesOf(dto: Dto): string[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metas.map((m) => m.propertyName))];
}

/**
 * Every DTO, through its route: a wrong type in each field is refused with 400 naming that field;
 * fields the API does not take (organisationId, id, createdBy) are refused by name (security-checks
 * A7); and a refused request stores nothing.
 */
describe('every write route refuses bad bodies naming each field (issue 5, A7)', () => {
  let t: TestApp;
  let writes: Array<{ route: DeclaredRoute; dto: Dto }>;
  let cast: Cast<typeof EVERY_ROLE>;

  beforeAll(async () => {
    t = await createTestApp();
    writes = declaredRoutes(t.app)
      .filter((r) => r.method !== 'GET' && !r.isPublic)
      .flatMap((route) => {
        const dto = bodyDtoOf(route);
        return dto ? [{ route, dto }] : [];
      });
    cast = await seedCast(t, EVERY_ROLE);
    await cast.signInAll();
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (route: DeclaredRoute, body: object) => {
    const role = ROLES.find((r) => route.permission && roleHasPermission(r, route.permission));
    const path = route.path.replace(/:[A-Za-z]+/g, () => randomUUID());
    return request(t.app.getHttpServer())
      [route.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](path)
      .set('Cookie', cast.cookie[role ?? 'admin'])
      .send(body);
  };

  it('finds the write routes and their DTOs', () => {
    expect(writes.length).toBeGreaterThan(15);
    expect(writes.map((w) => w.route.key)).toEqual(
      expect.arrayContaining(['POST /api/cases', 'POST /api/cases/:caseId/orders']),
    );
  });

  it('names every field given a value of the wrong type', async () => {
    const before = await tableFingerprints(t.dataSource, TABLES);
    const unnamed: string[] = [];
    for (const { route, dto } of writes) {
      for (const property of propertiesOf(dto)) {
        const res = await send(route, { [property]: { wrong: ['type'] } });
        const body = res.body as FieldErrors;
        const named =
          res.status === 400 &&
          body.error === 'validation_failed' &&
          body.fields.some((f) => f.field === property || f.field.startsWith(`${property}.`));
        if (!named) unnamed.push(`${route.key} ${property}: ${res.status}`);
      }
    }
    expect(unnamed).toEqual([]);
    expect(writes.reduce((n, w) => n + propertiesOf(w.dto).length, 0)).toBeGreaterThan(60);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });

  it('refuses fields a client may not set, by name (no mass assignment)', async () => {
    const before = await tableFingerprints(t.dataSource, TABLES);
    const accepted: string[] = [];
    for (const { route, dto } of writes) {
      const own = new Set(propertiesOf(dto));
      const foreign = ['organisationId', 'id', 'createdBy', 'role', 'addressEnc'].filter(
        (f) => !own.has(f),
      );
      const res = await send(route, Object.fromEntries(foreign.map((f) => [f, 'x'])));
      const fields = new Set(((res.body as FieldErrors).fields ?? []).map((f) => f.field));
      for (const f of foreign)
        if (res.status !== 400 || !fields.has(f)) accepted.push(`${route.key} ${f}`);
    }
    expect(accepted).toEqual([]);
    expect(await tableFingerprints(t.dataSource, TABLES)).toEqual(before);
  });
});
