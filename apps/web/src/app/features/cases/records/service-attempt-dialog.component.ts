import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type {
  RecordServiceAttemptResponse,
  ServedBy,
  ServiceMethod,
  ServiceOutcome,
} from '@haven/contracts';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import { OrderSelectComponent } from './order-select.component';
import {
  SERVED_BY_OPTIONS,
  SERVICE_METHOD_OPTIONS,
  SERVICE_OUTCOME_OPTIONS,
} from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/** Records one attempt to serve the respondent with an order (RecordServiceAttemptDto). */
@Component({
  selector: 'hv-service-attempt-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    OrderSelectComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './service-attempt-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceAttemptDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<RecordServiceAttemptResponse>();
  protected readonly servedByOptions = SERVED_BY_OPTIONS;
  protected readonly methods = SERVICE_METHOD_OPTIONS;
  protected readonly outcomes = SERVICE_OUTCOME_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    orderId: new FormControl<string | null>(
      this.data.orders.at(-1)?.id ?? null,
      Validators.required,
    ),
    attemptedOn: [this.data.today, [Validators.required, civilDate]],
    attemptedTime: ['', clockTime],
    servedBy: new FormControl<ServedBy | null>('sheriff', Validators.required),
    method: new FormControl<ServiceMethod | null>('personal', Validators.required),
    outcome: new FormControl<ServiceOutcome | null>(null, Validators.required),
    notes: ['', Validators.maxLength(4000)],
  });

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.recordServiceAttempt(this.data.caseId, {
        orderId: v.orderId as string,
        attemptedOn: v.attemptedOn,
        attemptedTime: optional(v.attemptedTime),
        servedBy: v.servedBy as ServedBy,
        method: v.method as ServiceMethod,
        outcome: v.outcome as ServiceOutcome,
        notes: optional(v.notes),
      });
    });
  }
}
