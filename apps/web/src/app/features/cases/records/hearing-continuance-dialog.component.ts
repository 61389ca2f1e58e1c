import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { HearingContinuanceResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { CaseRecordsApi } from './case-records.api';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/** Continues a hearing to a new date, with the reason (ContinueHearingDto). */
@Component({
  selector: 'hv-hearing-continuance-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    CivilDatePipe,
  ],
  templateUrl: './hearing-continuance-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HearingContinuanceDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<HearingContinuanceResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    scheduledOn: ['', [Validators.required, civilDate]],
    scheduledTime: ['', clockTime],
    reason: ['', [notBlank, Validators.maxLength(500)]],
  });

  protected submit(): void {
    const hearing = this.data.hearing;
    if (!hearing) {
      return;
    }
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.continueHearing(this.data.caseId, hearing.id, {
        scheduledOn: v.scheduledOn,
        scheduledTime: optional(v.scheduledTime),
        reason: v.reason.trim(),
      });
    });
  }
}
