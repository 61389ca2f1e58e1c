import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { catchError, switchMap, throwError } from 'rxjs';

import type { StepUpChallenge } from '@haven/contracts';

import { stepUpChallengeOf } from '../../core/auth/step-up-challenge';
import { StepUpDialogComponent } from './step-up-dialog.component';

/**
 * A dangerous act (reveal, role change, export with confidential fields) answered "prove it is you
 * again": ask for the code or password, then send the same request once more. Cancelling hands the
 * 401 to the caller, which shows that nothing was done.
 */
export const stepUpInterceptor: HttpInterceptorFn = (req, next) => {
  const dialog = inject(MatDialog);
  return next(req).pipe(
    catchError((err: unknown) => {
      const challenge = stepUpChallengeOf(err);
      if (!challenge) {
        return throwError(() => err);
      }
      return dialog
        .open<StepUpDialogComponent, StepUpChallenge, boolean>(StepUpDialogComponent, {
          data: challenge,
          width: '420px',
          maxWidth: '95vw',
        })
        .afterClosed()
        .pipe(switchMap((proved) => (proved ? next(req) : throwError(() => err))));
    }),
  );
};
