import { HttpStatus, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DECORATORS } from '@nestjs/swagger';
import request from 'supertest';

import { SafeContactDto } from '@api/parties/dto/safe-contact.dto';
import { CLIENT_SECRET_COLUMNS, RESPONDENT_SECRET_COLUMNS } from '@api/parties/confidential-fields';
import { castOf, seedCast } from '@api/testing/cast';
import { declaredRoutes, type DeclaredRoute } from '@api/testing/route-catalogue';
import { createTestApp, type TestApp } from '@api/testing/test-app';

import {
  compareWithDto,
  reachableProperties,
  validatedProperties,
  type Components,
  type SchemaObject,
} from '@api/testing/openapi-schema-checks';

const TEST_ONLY = /^[A-Z]+ \/api\/test-only\//;

interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: SchemaObject }>;
  requestBody?: { content: Record<string, { schema: SchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema: SchemaObject }> }>;
  security?: unknown[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Components };
}

/**
 * Confidential names: the sealed fields of either party, the safe-contact preferences' own fields,
 * and the sealed free text of service attempts (`notes`), violations (`narrative`) and case notes
 * (`body`). None may appear in a response schema other than a reveal route's.
 */
const CONFIDENTIAL = new Set([
  ...Object.keys(CLIENT_SECRET_COLUMNS),
  ...Object.keys(RESPONDENT_SECRET_COLUMNS),
  ...validatedProperties(SafeContactDto).keys(),
  'notes',
  'narrative',
  'body',
]);

/**
 * Properties that share a confidential name but are not a party's: `owner.property` pairs allowed.
 * A staff member's sign-in e-mail is not a survivor's; a court's address and phone are a public
 * courthouse's, printed on every order (the court directory, reference data of no organisation);
 * a funder report's description says what the report counts, not what a respondent looks like.
 */
const NOT_CONFIDENTIAL_HERE = new Set([
  'SessionUserResponse.email',
  'UserResponse.email',
  'LoginDto.email',
  'CreateUserDto.email',
  'CourtResponse.address',
  'CourtResponse.phone',
  'CreateCourtDto.address',
  'CreateCourtDto.phone',
  'UpdateCourtDto.address',
  'UpdateCourtDto.phone',
  'ReportSummary.description',
  // Issue 19: whether the client may be phoned (a choice), never a number.
  'SafeContactInstructionsDto.phone',
  'SafeContactInstructionsResponse.phone',
  // A task's link to its draft: the request body to send, which holds only the order's id.
  'TaskDraftLink.body',
]);

/** Routes that exist to release confidential data, each audited: they hold the reveal permission. */
const isRevealRoute = (route: DeclaredRoute): boolean =>
  route.permission === 'case:reveal_confidential';

function operationOf(doc: OpenApiDocument, route: DeclaredRoute): Operation {
  const path = route.path.replace(/:(\w+)/g, '{$1}');
  const operation = doc.paths[path]?.[route.method.toLowerCase()];
  if (!operation) throw new Error(`${route.key} is not in the document`);
  return operation;
}

/** The DTO class a route's @Body() or @Query() parameter is validated against, if it has one. */
function parameterDto(route: DeclaredRoute, kind: RouteParamtypes): Type<unknown> | null {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controller, route.methodName) ??
    {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata(
    'design:paramtypes',
    route.controller.prototype as object,
    route.methodName,
  ) ?? []) as Array<Type<unknown>>;
  const arg = Object.entries(args).find(([key]) => key.startsWith(`${kind}:`))?.[1];
  if (arg) return types[arg.index] ?? null;
  // A body a guard reads (login's LocalAuthGuard) is declared with @ApiBody instead.
  const handler = (route.controller.prototype as Record<string, object>)[route.methodName];
  const declared = ((handler && Reflect.getMetadata(DECORATORS.API_PARAMETERS, handler)) ??
    []) as Array<{ in: string; type?: Type<unknown> }>;
  const where = kind === RouteParamtypes.BODY ? 'body' : 'query';
  return declared.find((p) => p.in === where)?.type ?? null;
}

/** The status Nest answers a successful call with: @HttpCode, else 201 for POST and 200 otherwise. */
function successStatus(route: DeclaredRoute): number {
  const handler = (route.controller.prototype as Record<string, object>)[route.methodName];
  const declared = handler ? (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number) : 0;
  if (declared) return declared;
  return route.method === RequestMethod[RequestMethod.POST] ? HttpStatus.CREATED : HttpStatus.OK;
}

describe('OpenAPI document at /api/docs', () => {
  let t: TestApp;
  let cookie: string;
  let doc: OpenApiDocument;
  let routes: DeclaredRoute[];

  beforeAll(async () => {
    t = await createTestApp();
    const cast = await seedCast(t, castOf('supervisor'));
    cookie = await cast.signIn('supervisor');
    const res = await request(t.app.getHttpServer())
      .get('/api/docs/openapi.json')
      .set('Cookie', cookie);
    expect(res.status).toBe(200);
    doc = res.body as OpenApiDocument;
    routes = declaredRoutes(t.app).filter((r) => !TEST_ONLY.test(r.key));
  });
  afterAll(async () => {
    await t.close();
  });

  it('needs a session for the document and the UI, and then describes every route', async () => {
    const server = t.app.getHttpServer();
    expect((await request(server).get('/api/docs/openapi.json')).status).toBe(401);
    expect((await request(server).get('/api/docs')).status).toBe(401);
    const ui = await request(server).get('/api/docs').set('Cookie', cookie).redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger-ui/i);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.sort()).toEqual(expect.arrayContaining(routes.map((r) => r.key)));
  });

  it('documents every request body with exactly the properties, required set and constraints its DTO validates', () => {
    const problems = routes.flatMap((route) => {
      const content = operationOf(doc, route).requestBody?.content ?? {};
      // A file upload (a template) is a multipart form the document describes, not a DTO.
      if (!content['application/json'] && content['multipart/form-data']) return [];
      const dto = parameterDto(route, RouteParamtypes.BODY);
      const body = content['application/json']?.schema;
      if (!dto) return body ? [`${route.key} documents a body it does not take`] : [];
      if (!body) return [`${route.key} takes a ${dto.name} body the document omits`];
      return compareWithDto(body, dto, doc.components.schemas).map((p) => `${route.key}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('documents every validated query property as a query parameter, and no other', () => {
    const problems = routes.flatMap((route) => {
      const dto = parameterDto(route, RouteParamtypes.QUERY);
      const query = (operationOf(doc, route).parameters ?? []).filter((p) => p.in === 'query');
      if (!dto) return query.map((p) => `${route.key} documents query ${p.name} it does not read`);
      // The same comparison as a body, on the object the query parameters make up.
      const asObject: SchemaObject = {
        type: 'object',
        properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
        required: query.filter((p) => p.required).map((p) => p.name),
      };
      return compareWithDto(asObject, dto, doc.components.schemas).map((p) => `${route.key}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('documents the status each route succeeds with, with a response schema unless it is 204', () => {
    const problems = routes.flatMap((route) => {
      const { responses } = operationOf(doc, route);
      const documented = Object.keys(responses).filter((s) => s.startsWith('2'));
      const status = String(successStatus(route));
      if (documented.join() !== status) {
        return [`${route.key} succeeds with ${status} but documents [${documented.join(', ')}]`];
      }
      // A file (a calendar, an export) documents its own media type's schema instead of JSON's.
      const content = responses[status]?.content ?? {};
      const schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
      if (status === '204') return schema ? [`${route.key} documents a body for 204`] : [];
      return schema ? [] : [`${route.key} documents no response schema`];
    });
    expect(problems).toEqual([]);
  });

  it('documents 401/403 and the session cookie on guarded routes, 400 where a route takes input and 404 where it names a record', () => {
    const problems = routes.flatMap((route) => {
      const operation = operationOf(doc, route);
      const statuses = Object.keys(operation.responses);
      const wanted: string[] = [];
      if (!route.isPublic) wanted.push('401', '403');
      const takesInput =
        (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      if (takesInput) wanted.push('400');
      if (operation.parameters?.some((p) => p.in === 'path')) wanted.push('404');
      const missing = wanted.filter((s) => !statuses.includes(s));
      const cookieAuth = (operation.security ?? []).length > 0;
      return [
        ...(missing.length ? [`${route.key} does not document ${missing.join(', ')}`] : []),
        ...(cookieAuth === route.isPublic
          ? [`${route.key} ${route.isPublic ? 'asks for' : 'omits'} the session cookie`]
          : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('marks every confidential input of a request body as confidential', () => {
    const inputs = routes.flatMap((route) => {
      const body = operationOf(doc, route).requestBody?.content['application/json']?.schema;
      return reachableProperties(body ?? {}, doc.components.schemas)
        .filter(({ property }) => CONFIDENTIAL.has(property))
        .map((found) => ({ ...found, route: route.key }));
    });
    expect(inputs.map((i) => `${i.owner}.${i.property}`)).toEqual(
      expect.arrayContaining(['ClientDto.address', 'RecordServiceAttemptDto.notes']),
    );
    const unmarked = inputs
      // The preferences' own fields are reached only through the marked ClientDto.safeContact.
      .filter(({ owner }) => owner !== 'SafeContactDto')
      .filter(({ owner, property }) => !NOT_CONFIDENTIAL_HERE.has(`${owner}.${property}`))
      .filter(({ description }) => !/^Confidential/.test(description ?? ''))
      .map(({ route, owner, property }) => `${route}: ${owner}.${property}`);
    expect([...new Set(unmarked)]).toEqual([]);
  });

  it('names no confidential field in any response schema except the reveal routes', () => {
    const leaks = routes
      .filter((route) => !isRevealRoute(route))
      .flatMap((route) =>
        Object.values(operationOf(doc, route).responses)
          .flatMap((r) => Object.values(r.content ?? {}))
          .flatMap(({ schema }) => reachableProperties(schema, doc.components.schemas))
          .filter(({ property }) => CONFIDENTIAL.has(property))
          .map(({ owner, property }) => `${owner}.${property}`)
          .filter((name) => !NOT_CONFIDENTIAL_HERE.has(name))
          .map((name) => `${route.key}: ${name}`),
      );
    expect([...new Set(leaks)]).toEqual([]);
    // The check has teeth: the reveal routes' documents do carry the confidential values.
    const revealed = routes.filter(isRevealRoute).flatMap((route) =>
      Object.values(operationOf(doc, route).responses)
        .flatMap((r) => Object.values(r.content ?? {}))
        .flatMap(({ schema }) => reachableProperties(schema, doc.components.schemas))
        .map(({ property }) => property)
        .filter((property) => CONFIDENTIAL.has(property)),
    );
    expect(revealed).toEqual(expect.arrayContaining(['body', 'notes', 'codeWord']));
  });
});
