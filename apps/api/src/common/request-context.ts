import { AsyncLocalStorage } from 'node:async_hooks';

import type { NextFunction, Request, Response } from 'express';

import { redactSecretPath } from './logging/secret-paths';

/** What every audit row and log line needs to know about the request it happens in. */
export interface RequestContext {
  requestId: string | null;
  ip: string | null;
  route: string | null;
  /** Set once the session is resolved; every database connection the request uses carries it. */
  organisationId: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The current request's context, or an empty one outside a request (worker, scripts). */
export function currentRequest(): RequestContext {
  return storage.getStore() ?? { requestId: null, ip: null, route: null, organisationId: null };
}

/** Records the signed-in user's organisation for the rest of the request (see tenant-connection.ts). */
export function setRequestOrganisation(organisationId: string): void {
  const store = storage.getStore();
  if (store) store.organisationId = organisationId;
}

/** Runs work outside a request (seed, scripts) as one organisation, under its row-level security. */
export function runAsOrganisation<T>(organisationId: string, work: () => Promise<T>): Promise<T> {
  return storage.run({ requestId: null, ip: null, route: null, organisationId }, work);
}

/** Express middleware: runs the rest of the request inside its context. */
export function requestContext(req: Request, _res: Response, next: NextFunction): void {
  const id = (req as Request & { id?: unknown }).id;
  storage.run(
    {
      requestId: typeof id === 'string' ? id : null,
      ip: req.ip ?? null,
      route: `${req.method} ${redactSecretPath(req.path)}`,
      organisationId: null,
    },
    next,
  );
}
