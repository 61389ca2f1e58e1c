import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { ExtensionMotionResponse, GrantExtensionMotionResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { CaseRecordsApi } from './case-records.api';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';
import { civilDate, clockTime, recordErrorText, requiresField } from './record-validators';

/** Which motion is decided, and how. */
export interface MotionDecisionData extends RecordDialogData {
  motion: ExtensionMotionResponse;
  decision: 'grant' | 'deny';
}

/**
 * Records the court's decision on a motion to extend: granted (the extended order it issued,
 * GrantExtensionMotionDto) or denied (DenyExtensionMotionDto).
 */
@Component({
  selector: 'hv-motion-decision-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    CivilDatePipe,
  ],
  templateUrl: './motion-decision-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MotionDecisionDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<MotionDecisionData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<
    GrantExtensionMotionResponse | ExtensionMotionResponse
  >();
  protected readonly errorText = recordErrorText;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      decidedOn: [this.data.today, [Validators.required, civilDate]],
      issuedTime: ['', clockTime],
      statedExpiryOn: ['', civilDate],
      statedExpiryTime: ['', clockTime],
    },
    { validators: [requiresField('statedExpiryTime', 'statedExpiryOn')] },
  );

  protected submit(): void {
    const { caseId, motion, decision } = this.data;
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return decision === 'deny'
        ? this.api.denyExtensionMotion(caseId, motion.orderId, motion.id, {
            deniedOn: v.decidedOn,
          })
        : this.api.grantExtensionMotion(caseId, motion.orderId, motion.id, {
            issuedOn: v.decidedOn,
            issuedTime: optional(v.issuedTime),
            statedExpiryOn: optional(v.statedExpiryOn),
            statedExpiryTime: optional(v.statedExpiryTime),
          });
    });
  }
}
