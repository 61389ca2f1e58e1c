import { DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import type { Observable } from 'rxjs';

import type { CourtKind, HearingResponse, OrderKind, OrderResponse } from '@haven/contracts';

import {
  applyFieldErrors,
  refusalOf,
  validationFieldsOf,
} from '../../../shared/forms/server-errors';

/** What every record dialog is opened with. */
export interface RecordDialogData {
  caseId: string;
  /** The case's orders, parents first: the ones an attempt, motion or violation can be about. */
  orders: readonly OrderResponse[];
  /** Today where the user is, 'YYYY-MM-DD': the default date of what happened. */
  today: string;
  /** The hearing a continuance or an outcome is for. */
  hearing?: HearingResponse;
  /** The court the case is before, as far as it is known: the default for new records. */
  court?: { courtId: string; courtKind: CourtKind | null; locality: string };
  /** The order kind the case is about (sought at intake or last issued). */
  orderKind?: OrderKind | null;
  /** Supervisors may record a stated expiry beyond the statutory maximum, with a reason. */
  canOverrideExpiry?: boolean;
}

/**
 * The save half of a record dialog: refuses to send an invalid form, sends the request once,
 * closes the dialog with the answer, or puts the API's 400 field errors on the fields they name
 * and anything else above the form. Create it in a dialog's field initialiser (it injects).
 */
export class RecordSubmission<T> {
  private readonly dialogRef = inject<MatDialogRef<unknown, T>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);

  readonly saving = signal(false);
  readonly problem = signal<string | null>(null);

  submit(form: AbstractControl, request: () => Observable<T>): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    request()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (answer) => this.dialogRef.close(answer),
        error: (err: unknown) => {
          this.dialogRef.disableClose = false;
          this.saving.set(false);
          this.problem.set(problemOf(form, err));
        },
      });
  }
}

/** Places what it can on the form; returns the sentence to show above it, if any. */
export function problemOf(form: AbstractControl, err: unknown): string | null {
  const fields = validationFieldsOf(err);
  if (fields) {
    const unplaced = applyFieldErrors(form, fields);
    return unplaced.length > 0 ? unplaced.join(' ') : null;
  }
  const refusal = refusalOf(err);
  // 401 is the session interceptor's, network errors and 5xx the snackbar's.
  if (!refusal || refusal.status === 401) {
    return null;
  }
  if (refusal.status === 403) {
    return 'Your role cannot record this.';
  }
  if (refusal.status === 404) {
    return 'This case, or the record it refers to, is no longer visible to you.';
  }
  // A domain refusal (a rule, a conflict) names its field when it has one.
  const unplaced = refusal.fields.flatMap((f) =>
    applyFieldErrors(form, [f], /^[A-Z]/.test(f.message) ? 'sentence' : 'fragment'),
  );
  if (refusal.fields.length > 0 && unplaced.length === 0) {
    return null;
  }
  return refusal.message ?? 'This could not be recorded. Please check it and try again.';
}

/** '' → undefined, so an optional field left empty is not sent at all. */
export function optional(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}
