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

import type { HearingKind, HearingResponse } from '@haven/contracts';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import { OrderSelectComponent } from './order-select.component';
import { HEARING_KIND_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/** Schedules a hearing, usually about an order (ScheduleHearingDto). */
@Component({
  selector: 'hv-hearing-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    OrderSelectComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
  ],
  templateUrl: './hearing-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HearingDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<HearingResponse>();
  protected readonly kinds = HEARING_KIND_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: new FormControl<HearingKind | null>(null, Validators.required),
    scheduledOn: ['', [Validators.required, civilDate]],
    scheduledTime: ['', clockTime],
    orderId: new FormControl<string | null>(this.data.orders.at(-1)?.id ?? null),
  });

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.scheduleHearing(this.data.caseId, {
        kind: v.kind as HearingKind,
        scheduledOn: v.scheduledOn,
        scheduledTime: optional(v.scheduledTime),
        orderId: v.orderId ?? undefined,
      });
    });
  }
}
