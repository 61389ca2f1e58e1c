import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { catchError, throwError } from 'rxjs';

import { serverErrorMessage } from './server-error-message';

/** The one place that tells the user about network failures and 5xx answers. */
export const serverErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const snackBar = inject(MatSnackBar);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse) {
        const message = serverErrorMessage(err);
        if (message) {
          snackBar.open(message, 'Dismiss', { duration: 8000, politeness: 'assertive' });
        }
      }
      return throwError(() => err);
    }),
  );
};
