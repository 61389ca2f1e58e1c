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

import type { HearingKind, HearingResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';
import { CaseRecordsApi } from './case-records.api';
import { HEARING_KIND_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';
import { civilDate, clockTime, recordErrorText } from './record-validators';

/** Schedules a hearing, usually about an order (ScheduleHearingDto). */
@Component({
  selector: 'hv-hearing-dialog',
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
  templateUrl: './hearing-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HearingDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<HearingResponse>();
  protected readonly errorText = recordErrorText;
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
