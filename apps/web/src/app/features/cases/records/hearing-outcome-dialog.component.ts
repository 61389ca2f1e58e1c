import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import type { HearingResponse, HeldHearingOutcome } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import { HEARING_OUTCOME_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission } from './record-submission';

/** Records what happened at a hearing (RecordHearingOutcomeDto); a continuance has its own dialog. */
@Component({
  selector: 'hv-hearing-outcome-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    CivilDatePipe,
  ],
  templateUrl: './hearing-outcome-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HearingOutcomeDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<HearingResponse>();
  protected readonly outcomes = HEARING_OUTCOME_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    outcome: new FormControl<HeldHearingOutcome | null>(null, Validators.required),
    heldOn: [this.data.hearing?.scheduledOn ?? this.data.today, [Validators.required, civilDate]],
  });

  protected submit(): void {
    const hearing = this.data.hearing;
    if (!hearing) {
      return;
    }
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.recordHearingOutcome(this.data.caseId, hearing.id, {
        outcome: v.outcome as HeldHearingOutcome,
        heldOn: v.heldOn,
      });
    });
  }
}
