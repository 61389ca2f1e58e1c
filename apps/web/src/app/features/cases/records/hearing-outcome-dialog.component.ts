import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { HearingResponse, HeldHearingOutcome } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { CaseRecordsApi } from './case-records.api';
import { HEARING_OUTCOME_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission } from './record-submission';
import { civilDate, recordErrorText } from './record-validators';

/** Records what happened at a hearing (RecordHearingOutcomeDto); a continuance has its own dialog. */
@Component({
  selector: 'hv-hearing-outcome-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
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
  protected readonly errorText = recordErrorText;
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
