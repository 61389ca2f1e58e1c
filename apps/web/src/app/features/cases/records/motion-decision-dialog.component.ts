import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';

import type { ExtensionMotionResponse, GrantExtensionMotionResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import {
  EXPIRY_VALIDATORS,
  ExpiryFieldsComponent,
  expiryControls,
  expiryRequest,
} from './expiry-fields.component';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

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
    FormDialogComponent,
    DateTimeFieldsComponent,
    ExpiryFieldsComponent,
    ReactiveFormsModule,
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

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      decidedOn: [this.data.today, [Validators.required, civilDate]],
      issuedTime: ['', clockTime],
      ...expiryControls(),
    },
    { validators: [...EXPIRY_VALIDATORS] },
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
            ...expiryRequest(v, this.data.canOverrideExpiry === true),
          });
    });
  }
}
