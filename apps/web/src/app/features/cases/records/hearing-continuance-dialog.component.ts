import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { HearingContinuanceResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { CaseRecordsApi } from './case-records.api';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';
import { civilDate, clockTime, recordErrorText } from './record-validators';

/** Continues a hearing to a new date, with the reason (ContinueHearingDto). */
@Component({
  selector: 'hv-hearing-continuance-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
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
  protected readonly errorText = recordErrorText;

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
