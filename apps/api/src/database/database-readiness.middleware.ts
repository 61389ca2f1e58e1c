import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

import type { ErrorResponse } from '@haven/contracts';

import type { DatabaseReadiness } from './database-readiness';

/** The first retry after a refusal comes sooner than the connector's longest backoff step. */
export const NOT_READY_RETRY_AFTER_SECONDS = 5;

/**
 * Refuses an API request with 503 and Retry-After while the API has not yet connected to
 * PostgreSQL: every route needs the database (the session guard reads the session row first of
 * all), and without this gate the request would fail on the unconnected data source with a 500.
 * Mount it on `/api`; the health check passes, so that it can report the database down.
 *
 * A plain Express middleware rather than a Nest one: Nest mounts a wildcard middleware as an
 * extra route on every method, which the route listings of the tests would take for API routes.
 */
export function databaseReadinessGate(readiness: DatabaseReadiness): RequestHandler {
  return (req: Request & { id?: unknown }, res: Response, next: NextFunction): void => {
    if (req.path === '/health' || readiness.isReady()) {
      next();
      return;
    }
    const body: ErrorResponse = {
      error: 'service_unavailable',
      message: 'Haven is starting and cannot reach its database yet; try again in a moment.',
      requestId: typeof req.id === 'string' ? req.id : undefined,
    };
    res
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .set('Retry-After', String(NOT_READY_RETRY_AFTER_SECONDS))
      .json(body);
  };
}
