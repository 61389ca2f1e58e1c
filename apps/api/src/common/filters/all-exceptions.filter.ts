import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';

import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
} from '@api/common/errors/database-unavailable';
import { DomainError, type DomainErrorKind } from '@api/common/errors/domain-error';

const STATUS_OF: Record<DomainErrorKind, number> = {
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthorized: HttpStatus.UNAUTHORIZED,
  invalid: HttpStatus.BAD_REQUEST,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Seconds to wait before retrying a request a domain error refused as `unavailable` (503). */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * One place turns errors into responses. Domain errors map by kind; HTTP errors keep their status;
 * anything else is a 500 whose body carries only the request id, while the log gets the detail.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const requestId = typeof req.id === 'string' ? req.id : undefined;

    if (exception instanceof DomainError) {
      const body: Record<string, unknown> = {
        ...exception.details,
        error: exception.code,
        message: exception.message,
        requestId,
      };
      if (exception.field)
        body['fields'] = [{ field: exception.field, message: exception.message }];
      // A dependency is down, not the request wrong: a 503 tells the client when to come back.
      if (exception.kind === 'unavailable') {
        res.set('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      }
      res.status(STATUS_OF[exception.kind]).json(body);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const body =
        typeof response === 'object' && response !== null && 'error' in response
          ? { ...(response as Record<string, unknown>), requestId }
          : { error: httpErrorCode(status), message: exception.message, requestId };
      delete (body as Record<string, unknown>)['statusCode'];
      res.status(status).json(body);
      return;
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable, request ${requestId ?? '-'} answered 503`);
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
        .json({
          error: 'service_unavailable',
          message: 'Haven is busy or its database is unavailable; try again in a moment.',
          requestId,
        });
      return;
    }
    this.logger.error(
      exception instanceof Error ? exception : String(exception),
      undefined,
      'request ' + requestId,
    );
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ error: 'internal_error', requestId });
  }
}

function httpErrorCode(status: number): string {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    default:
      return status >= 500 ? 'internal_error' : 'bad_request';
  }
}
