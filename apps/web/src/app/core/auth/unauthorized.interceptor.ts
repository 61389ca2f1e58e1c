import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { HANDLES_UNAUTHORIZED } from './handles-unauthorized';
import { SessionStore } from './session.store';
import { stepUpChallengeOf } from './step-up-challenge';

/** A 401 from the API means the session ended (expiry, revocation): forget it and sign in again. */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (
        err instanceof HttpErrorResponse &&
        err.status === 401 &&
        isApiUrl(req.url) &&
        !req.context.get(HANDLES_UNAUTHORIZED) &&
        // "Prove it is you again" is not the end of the session.
        stepUpChallengeOf(err) === null
      ) {
        session.clear();
        void router.navigateByUrl('/login');
      }
      return throwError(() => err);
    }),
  );
};

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}
