import { HttpStatus, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import type { ErrorResponse } from '@haven/contracts';

import { DatabaseReadiness } from './database-readiness';

/** The first retry after a refusal comes sooner than the connector's longest backoff step. */
export const NOT_READY_RETRY_AFTER_SECONDS = 5;

/**
 * Refuses a request with 503 and Retry-After while the API has not yet connected to PostgreSQL:
 * every route needs the database (the session guard reads the session row first of all), and
 * without this gate the request would fail on the unconnected data source with a 500.
 */
@Injectable()
export class DatabaseReadinessMiddleware implements NestMiddleware {
  constructor(private readonly readiness: DatabaseReadiness) {}

  use(req: Request & { id?: unknown }, res: Response, next: NextFunction): void {
    if (this.readiness.isReady()) {
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
  }
}
