import { LowerCasePipe } from '@angular/common';
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

import type { CreateOrderExtensionResponse, OrderExtensionKind } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';
import { CaseRecordsApi } from './case-records.api';
import {
  EXPIRY_VALIDATORS,
  ExpiryFieldsComponent,
  expiryControls,
  expiryRequest,
} from './expiry-fields.component';
import type { OrderActionData } from './order-action-data';
import { ORDER_EXTENSION_KIND_OPTIONS } from './record-options';
import { RecordSubmission, optional } from './record-submission';

/**
 * Records a short extension the court granted in place (CreateOrderExtensionDto): three days for
 * a hospitalised or incapacitated petitioner (R02) or up to six months when the respondent was not
 * personally served (R07, R24). The API computes the new expiry and flags a later stated date.
 */
@Component({
  selector: 'hv-order-extension-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    LowerCasePipe,
    CivilDatePipe,
    DateTimeFieldsComponent,
    ExpiryFieldsComponent,
    FieldErrorComponent,
    FormDialogComponent,
    OrderKindLabelPipe,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Record an extension"
        submitLabel="Record extension"
        [submission]="submission"
      >
        <p class="note" hvDialogIntro>
          Extends the {{ data.order.kind | hvOrderKindLabel | lowercase }} issued
          {{ data.order.issuedOn | hvCivilDate }}.
        </p>
        <mat-form-field class="field">
          <mat-label>Why it was extended</mat-label>
          <mat-select formControlName="kind" required>
            @for (option of kinds; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="form.controls.kind" label="Reason for the extension" />
        </mat-form-field>
        <hv-date-time-fields
          [date]="form.controls.grantedOn"
          dateLabel="Granted on"
          [time]="form.controls.grantedTime"
          timeLabel="Granted at"
        />
        <hv-expiry-fields
          [form]="form"
          hint="As written on the extended order."
          [canOverride]="data.canOverrideExpiry === true"
        />
      </hv-form-dialog>
    </form>
  `,
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderExtensionDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<OrderActionData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<CreateOrderExtensionResponse>();
  protected readonly kinds = ORDER_EXTENSION_KIND_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      // An emergency order is extended for incapacity; a preliminary one for lack of service.
      kind: new FormControl<OrderExtensionKind | null>(
        this.data.order.kind.endsWith('_EPO')
          ? 'incapacity'
          : this.data.order.kind.endsWith('_PPO')
            ? 'unserved'
            : null,
        Validators.required,
      ),
      grantedOn: [this.data.today, [Validators.required, civilDate]],
      grantedTime: ['', clockTime],
      ...expiryControls(),
    },
    { validators: [...EXPIRY_VALIDATORS] },
  );

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.extendOrder(this.data.caseId, this.data.order.id, {
        kind: v.kind as OrderExtensionKind,
        grantedOn: v.grantedOn,
        grantedTime: optional(v.grantedTime),
        ...expiryRequest(v, this.data.canOverrideExpiry === true),
      });
    });
  }
}
