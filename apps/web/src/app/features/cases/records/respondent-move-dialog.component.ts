import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { RespondentMoveResponse } from '@haven/contracts';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/**
 * R26a (2024 Acts ch. 594): the respondent changed residence while an order was in effect, which
 * gives them 7 days to tell the court in writing. The new address, when known, is sealed by the
 * API and never shown again.
 */
@Component({
  selector: 'hv-respondent-move-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Record that the respondent moved"
        submitLabel="Record move"
        [submission]="submission"
      >
        <p class="note">
          The respondent must tell the court in writing within 7 days of moving while an order is in
          effect (Va. Code §§ 16.1-253.1, 16.1-279.1).
        </p>
        <hv-date-time-fields [date]="form.controls.movedOn" dateLabel="Moved on" />
        <mat-form-field class="field">
          <mat-label>Court received the notice on (optional)</mat-label>
          <input matInput type="date" formControlName="noticeReceivedOn" />
          <mat-error [hvErrorOf]="form.controls.noticeReceivedOn" label="Notice received on" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>New address (optional, confidential)</mat-label>
          <textarea matInput formControlName="newAddress" rows="2" autocomplete="off"></textarea>
          <mat-hint>Stored sealed; it is never shown on the case page.</mat-hint>
          <mat-error [hvErrorOf]="form.controls.newAddress" label="New address" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RespondentMoveDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<RespondentMoveResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    movedOn: [this.data.today, [Validators.required, civilDate]],
    noticeReceivedOn: ['', civilDate],
    newAddress: ['', Validators.maxLength(500)],
  });

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.recordRespondentMove(this.data.caseId, {
        movedOn: v.movedOn,
        noticeReceivedOn: optional(v.noticeReceivedOn),
        newAddress: optional(v.newAddress),
      });
    });
  }
}
