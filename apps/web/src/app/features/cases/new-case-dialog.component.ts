import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { CaseSummaryResponse, CreateCaseRequest, OrderKind } from '@haven/contracts';

import { localCivilDate } from '../../shared/dates/civil-date';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { applyFieldErrors, validationFieldsOf } from '../../shared/forms/server-errors';
import { ORDER_KIND_OPTIONS } from '../../shared/labels/case-labels';
import { CasesApi } from './cases.api';

const NAME_MAX_LENGTH = 200;

@Component({
  selector: 'hv-new-case-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './new-case-dialog.component.html',
  styleUrl: './new-case-dialog.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewCaseDialogComponent {
  private readonly api = inject(CasesApi);
  private readonly dialogRef =
    inject<MatDialogRef<NewCaseDialogComponent, CaseSummaryResponse>>(MatDialogRef);

  protected readonly orderKinds = ORDER_KIND_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    clientName: ['', [notBlank, Validators.maxLength(NAME_MAX_LENGTH)]],
    respondentName: ['', [notBlank, Validators.maxLength(NAME_MAX_LENGTH)]],
    orderKind: new FormControl<OrderKind | null>(null),
    openedOn: [localCivilDate(new Date()), Validators.required],
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly errorText = fieldErrorText;

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    this.api.create(this.request()).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (err: unknown) => {
        this.dialogRef.disableClose = false;
        this.showError(err);
        this.saving.set(false);
      },
    });
  }

  private request(): CreateCaseRequest {
    const { clientName, respondentName, orderKind, openedOn } = this.form.getRawValue();
    return {
      clientName: clientName.trim(),
      respondentName: respondentName.trim(),
      ...(orderKind === null ? {} : { orderKind }),
      openedOn,
    };
  }

  private showError(err: unknown): void {
    const fields = validationFieldsOf(err);
    if (fields) {
      const unplaced = applyFieldErrors(this.form, fields);
      this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : null);
      return;
    }
    // 401 is handled by the unauthorized interceptor, network errors and 5xx by the snackbar.
    if (
      err instanceof HttpErrorResponse &&
      err.status >= 400 &&
      err.status < 500 &&
      err.status !== 401
    ) {
      this.problem.set('The case could not be created. Please check the form and try again.');
    }
  }
}
