import { LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';

import type { OrderResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';
import { CaseRecordsApi } from './case-records.api';
import type { OrderActionData } from './order-action-data';
import { RecordSubmission } from './record-submission';

/**
 * Records that the court dissolved an order (DissolveOrderDto). The API refuses an order already
 * dissolved or replaced by a later one, and recomputes the case's deadlines.
 */
@Component({
  selector: 'hv-dissolve-order-dialog',
  imports: [
    ReactiveFormsModule,
    LowerCasePipe,
    CivilDatePipe,
    DateTimeFieldsComponent,
    FormDialogComponent,
    OrderKindLabelPipe,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Record the order dissolved"
        submitLabel="Record dissolution"
        [submission]="submission"
      >
        <p class="note" hvDialogIntro>
          The {{ data.order.kind | hvOrderKindLabel | lowercase }} issued
          {{ data.order.issuedOn | hvCivilDate }}. Its protection ends on the day the court
          dissolved it.
        </p>
        <hv-date-time-fields [date]="form.controls.dissolvedOn" dateLabel="Dissolved on" />
      </hv-form-dialog>
    </form>
  `,
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DissolveOrderDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<OrderActionData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<OrderResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    dissolvedOn: [this.data.today, [Validators.required, civilDate]],
  });

  protected submit(): void {
    this.submission.submit(this.form, () =>
      this.api.dissolveOrder(this.data.caseId, this.data.order.id, {
        dissolvedOn: this.form.getRawValue().dissolvedOn,
      }),
    );
  }
}
