import type { NextFunction, Request, Response } from 'express';

import type { FieldError } from '@haven/contracts';

import { fieldsRefused } from '@api/common/pipes/validation';
import { findUnsafeText } from '@api/common/validation/unsafe-text';

/**
 * Refuses, once for every route and before any guard, pipe or query, a request whose query holds
 * a control character, a lone surrogate or a property with an empty name, or whose path is not
 * valid percent-encoded UTF-8: 400 naming each such field. Without it a NUL reaches PostgreSQL,
 * which cannot store it and fails the request with a 500. A body is checked where it is read: by
 * the validation pipe and the sign-in guard (common/pipes/validation.ts), together with its other
 * wrong fields.
 */
export function inputHygiene(req: Request, _res: Response, next: NextFunction): void {
  const fields: FieldError[] = [...pathProblems(req.path), ...findUnsafeText(req.query, 'query')];
  next(fields.length > 0 ? fieldsRefused(fields) : undefined);
}

// Express decodes path parameters only once it has matched a route, and then fails with a bare
// URIError that names nothing. Refusing here names the path; what a well-encoded parameter holds
// is its pipe's business (ParseUuidPipe names the parameter).
function pathProblems(path: string): FieldError[] {
  try {
    path.split('/').forEach((segment) => decodeURIComponent(segment));
    return [];
  } catch {
    return [{ field: 'path', message: 'must be valid percent-encoded UTF-8' }];
  }
}
