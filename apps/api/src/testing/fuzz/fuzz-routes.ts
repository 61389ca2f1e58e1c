import type { NestExpressApplication } from '@nestjs/platform-express';

import type { Components, SchemaObject } from '@api/testing/openapi-schema-checks';
import { declaredRoutes, type DeclaredRoute } from '@api/testing/route-catalogue';

interface Operation {
  parameters?: Array<{ name: string; in: string; schema?: SchemaObject }>;
  requestBody?: { content: Record<string, { schema: SchemaObject }> };
}

/** The parts of the OpenAPI document the fuzz reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Components };
}

/** A route of the running app with what the OpenAPI document says it takes. */
export interface FuzzRoute extends DeclaredRoute {
  /** `:caseId` and `*path` segments, in order. */
  pathParams: Array<{ name: string; wildcard: boolean }>;
  query: Array<{ name: string; schema: SchemaObject }>;
  /** Null when the route reads no body, or is not in the document (the queue dashboard). */
  body: SchemaObject | null;
}

const TEST_ONLY = /^[A-Z]+ \/api\/test-only\//;

/**
 * Every route Nest serves (route-catalogue.ts, so none can be missed), joined with its operation
 * in the OpenAPI document for its parameters and body schema.
 */
export function fuzzRoutes(app: NestExpressApplication, doc: OpenApiDocument): FuzzRoute[] {
  return declaredRoutes(app)
    .filter((r) => !TEST_ONLY.test(r.key))
    .map((route) => {
      const documented = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      const operation = doc.paths[documented]?.[route.method.toLowerCase()];
      const pathParams = route.path
        .split('/')
        .filter((s) => s.startsWith(':') || s.startsWith('*'))
        .map((s) => ({ name: s.slice(1), wildcard: s.startsWith('*') }));
      return {
        ...route,
        pathParams,
        query: (operation?.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? { type: 'string' } })),
        body: operation?.requestBody?.content['application/json']?.schema ?? null,
      };
    });
}

/** The route's path with each parameter replaced by the (already encoded) value given for it. */
export function concretePath(route: FuzzRoute, values: Record<string, string>): string {
  return route.path.replace(/[:*]([A-Za-z_]+)/g, (_m, name: string) => values[name] ?? name);
}
