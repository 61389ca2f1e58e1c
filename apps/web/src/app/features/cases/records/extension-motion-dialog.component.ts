import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';

import type { ExtensionMotionResponse } from '@haven/contracts';

import { closedDayWarning } from '../../../shared/dates/closed-day';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import { OrderSelectComponent } from './order-select.component';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/**
 * Records a motion to extend an order (CreateExtensionMotionDto). The API judges whether it was
 * filed in time (R11, R25, R33, R38) and the case page shows that answer with its citation.
 */
@Component({
  selector: 'hv-extension-motion-dialog',
  imports: [
    FormDialogComponent,
    DateTimeFieldsComponent,
    OrderSelectComponent,
    ReactiveFormsModule,
  ],
  templateUrl: './extension-motion-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtensionMotionDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<ExtensionMotionResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    orderId: new FormControl<string | null>(
      this.data.orders.at(-1)?.id ?? null,
      Validators.required,
    ),
    filedOn: [this.data.today, [Validators.required, civilDate]],
    filedTime: ['', clockTime],
  });

  private readonly filedOn = toSignal(this.form.controls.filedOn.valueChanges, {
    initialValue: this.form.controls.filedOn.value,
  });
  /** A motion "filed" on a weekend or a legal holiday was not filed that day: say so. */
  protected readonly closedDay = computed(() => closedDayWarning(this.filedOn()));

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
