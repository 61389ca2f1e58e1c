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

import type { ExtensionMotionResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';
import { CaseRecordsApi } from './case-records.api';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';
import { civilDate, clockTime, recordErrorText } from './record-validators';

/**
 * Records a motion to extend an order (CreateExtensionMotionDto). The API judges whether it was
 * filed in time (R11, R25, R33, R38) and the case page shows that answer with its citation.
 */
@Component({
  selector: 'hv-extension-motion-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CivilDatePipe,
    OrderKindLabelPipe,
  ],
  templateUrl: './extension-motion-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtensionMotionDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<ExtensionMotionResponse>();
  protected readonly errorText = recordErrorText;

  protected readonly form = inject(NonNullableFormBuilder).group({
    orderId: new FormControl<string | null>(
      this.data.orders.at(-1)?.id ?? null,
      Validators.required,
    ),
    filedOn: [this.data.today, [Validators.required, civilDate]],
    filedTime: ['', clockTime],
  });

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.fileExtensionMotion(this.data.caseId, v.orderId as string, {
        filedOn: v.filedOn,
        filedTime: optional(v.filedTime),
      });
    });
  }
}
