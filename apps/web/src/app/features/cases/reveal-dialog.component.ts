import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { RevealRequest, RevealResponse } from '@haven/contracts';

import { fieldErrorText } from '../../shared/forms/field-error-text';
import { minTrimmedLength, notBlank } from '../../shared/forms/not-blank.validator';
import { applyFieldErrors, refusalOf, validationFieldsOf } from '../../shared/forms/server-errors';
import { CasesApi } from './cases.api';

/** The API's minimum for a reveal reason. */
export const REVEAL_REASON_MIN_LENGTH = 5;

export interface RevealDialogData {
  caseId: string;
  party: RevealRequest['party'];
  field: RevealRequest['field'];
  /** What is being revealed, in words: "the client's address". */
  what: string;
}

/**
 * Asks why the user needs one confidential field, reveals it and hands the answer back to the
 * card that asked. Not linkable on purpose: a reveal is a deliberate, audited act on one field.
 */
@Component({
  selector: 'hv-reveal-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './reveal-dialog.component.html',
  styleUrl: './reveal-dialog.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevealDialogComponent {
  private readonly api = inject(CasesApi);
  private readonly dialogRef =
    inject<MatDialogRef<RevealDialogComponent, RevealResponse>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly data = inject<RevealDialogData>(MAT_DIALOG_DATA);
  protected readonly minLength = REVEAL_REASON_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [notBlank, minTrimmedLength(REVEAL_REASON_MIN_LENGTH), Validators.maxLength(500)]],
  });
  protected readonly revealing = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly errorText = fieldErrorText;

  protected submit(): void {
    if (this.revealing()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.revealing.set(true);
    this.dialogRef.disableClose = true;
    const { caseId, party, field } = this.data;
    const reason = this.form.getRawValue().reason.trim();
    this.api
      .reveal(caseId, { party, field, reason })
      // A dialog closed by leaving the page must not receive the value afterwards.
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (answer) => this.dialogRef.close(answer),
        error: (err: unknown) => {
          this.dialogRef.disableClose = false;
          this.revealing.set(false);
          this.showError(err);
        },
      });
  }

  private showError(err: unknown): void {
    const fields = validationFieldsOf(err);
    if (fields) {
      const unplaced = applyFieldErrors(this.form, fields);
      this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : null);
      return;
    }
    const refusal = refusalOf(err);
    // 401 is the session interceptor's, network errors and 5xx the snackbar's.
    if (!refusal || refusal.status === 401) {
      return;
    }
    if (refusal.status === 403) {
      this.problem.set('Your role cannot reveal confidential details.');
    } else if (refusal.status === 404) {
      this.problem.set('This case is no longer visible to you.');
    } else {
      this.problem.set(refusal.message ?? 'The value could not be revealed. Please try again.');
    }
  }
}
