import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import type { Permission } from '@api/common/permissions';
import { IS_PUBLIC } from '@api/common/decorators/public.decorator';
import { REQUIRED_PERMISSION } from '@api/common/decorators/require-permission.decorator';

/** One route of the running app with what its decorators declare. */
export interface DeclaredRoute {
  key: string; // 'GET /api/cases/:caseId'
  method: string;
  path: string;
  permission: Permission | null;
  isPublic: boolean;
  /** The controller class and method, to read what else the route's decorators declare. */
  controller: Type<unknown>;
  methodName: string;
}

function join(...parts: Array<string | string[] | undefined>): string {
  const segments = parts
    .flatMap((p) => (Array.isArray(p) ? (p[0] ?? '') : (p ?? '')))
    .flatMap((p) => p.split('/'))
    .filter((p) => p.length > 0);
  return `/${segments.join('/')}`;
}

/** Reads every controller route of the app from Nest's own metadata, so none can be missed. */
export function declaredRoutes(app: NestExpressApplication, globalPrefix = 'api'): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const controllerPath = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as
      string | string[] | undefined;
    const classPublic = reflector.get<boolean>(IS_PUBLIC, wrapper.metatype) ?? false;
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const handler = instance[name] as (...args: unknown[]) => unknown;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as
        string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (methodPath === undefined || method === undefined) continue;
      const path = join(globalPrefix, controllerPath, methodPath);
      const verb = RequestMethod[method];
      routes.push({
        key: `${verb} ${path}`,
        method: verb,
        path,
        permission: reflector.get<Permission | undefined>(REQUIRED_PERMISSION, handler) ?? null,
        isPublic: classPublic || (reflector.get<boolean>(IS_PUBLIC, handler) ?? false),
        controller: wrapper.metatype as Type<unknown>,
        methodName: name,
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The API documentation Swagger serves under /api/docs: Express routes mounted by `mountApiDocs`,
 * not controller routes, so `declaredRoutes` does not list them.
 */
export const API_DOCS_ROUTES: ReadonlyArray<{ method: string; path: string }> = [
  { method: 'GET', path: '/api/docs' },
  { method: 'GET', path: '/api/docs/openapi.json' },
  { method: 'GET', path: '/api/docs/openapi.yaml' },
];

/** A concrete URL for a route pattern: `:param` segments get a well-formed id. */
export function concretePath(path: string): string {
  return path.replace(/:[A-Za-z_]+/g, '00000000-0000-4000-8000-000000000000');
}
