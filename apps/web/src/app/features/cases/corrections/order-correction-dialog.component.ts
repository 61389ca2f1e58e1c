import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { CorrectionResponse, OrderResponse } from '@haven/contracts';

import { CourtFieldComponent } from '../../../core/courts/court-field.component';
import { DateInputDirective } from '../../../shared/forms/date-input.directive';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { notAfterToday } from '../../../shared/forms/plausible-dates';
import { OrderSelectComponent } from '../records/order-select.component';
import { CaseCorrectionsApi } from './case-corrections.api';
import {
  type CorrectionDialogData,
  CorrectionSubmission,
  REASON_MIN_LENGTH,
  changedFields,
} from './correction-form';

export interface OrderCorrectionData extends CorrectionDialogData {
  orders: readonly OrderResponse[];
}

/**
 * Corrects what an order says as issued (a mistyped issue date, time, court or stated expiry).
 * The API recomputes its deadlines and audits the reason.
 */
@Component({
  selector: 'hv-order-correction-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    CourtFieldComponent,
    DateInputDirective,
    FieldErrorComponent,
    FormDialogComponent,
    OrderSelectComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Correct an order"
        submitLabel="Save correction"
        [submission]="submission"
      >
        <p class="note" hvDialogIntro>
          Correct what was typed wrong; the case's deadlines are computed again from the corrected
          order.
        </p>
        <hv-order-select [control]="orderId" [orders]="data.orders" label="Order" />
        <mat-form-field class="field">
          <mat-label>Issued on</mat-label>
          <input matInput type="date" formControlName="issuedOn" required />
          <mat-error [hvErrorOf]="form.controls.issuedOn" label="Issued on" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Issued at (optional)</mat-label>
          <input matInput type="time" formControlName="issuedTime" />
          <mat-error [hvErrorOf]="form.controls.issuedTime" label="Issued at" />
        </mat-form-field>
        <hv-court-field [control]="form.controls.issuingCourtId" label="Issuing court" />
        <mat-form-field class="field">
          <mat-label>Stated expiry (optional)</mat-label>
          <input matInput type="date" formControlName="statedExpiryOn" />
          <mat-error [hvErrorOf]="form.controls.statedExpiryOn" label="Stated expiry" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Why was it wrong?</mat-label>
          <textarea matInput formControlName="reason" rows="2" required></textarea>
          <mat-hint>At least {{ minLength }} characters; recorded with your name.</mat-hint>
          <mat-error [hvErrorOf]="form.controls.reason" label="Reason" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styleUrl: '../records/record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderCorrectionDialogComponent {
  private readonly api = inject(CaseCorrectionsApi);
  protected readonly data = inject<OrderCorrectionData>(MAT_DIALOG_DATA);
  protected readonly submission = new CorrectionSubmission<CorrectionResponse>();
  protected readonly minLength = REASON_MIN_LENGTH;

  protected readonly orderId = new FormControl<string | null>(
    this.data.orders.at(-1)?.id ?? null,
    Validators.required,
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    issuedOn: ['', [Validators.required, civilDate, notAfterToday(() => this.data.today)]],
    issuedTime: ['', clockTime],
    issuingCourtId: ['', Validators.required],
    statedExpiryOn: ['', civilDate],
    reason: ['', [Validators.required, Validators.minLength(REASON_MIN_LENGTH)]],
  });
  private initial = this.valuesOf(this.selected());

  constructor() {
    this.fill();
    this.orderId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.fill());
  }

  private selected(): OrderResponse | undefined {
    return this.data.orders.find((o) => o.id === this.orderId.value);
  }

  private valuesOf(order: OrderResponse | undefined) {
    return {
      issuedOn: order?.issuedOn ?? '',
      issuedTime: order?.issuedTime ?? '',
      issuingCourtId: order?.issuingCourtId ?? '',
      statedExpiryOn: order?.statedExpiryOn ?? '',
    };
  }

  private fill(): void {
    this.initial = this.valuesOf(this.selected());
    this.form.patchValue(this.initial);
  }

  protected submit(): void {
    const orderId = this.orderId.value;
    if (orderId === null) {
      this.orderId.markAsTouched();
      return;
    }
    const { reason, ...values } = this.form.getRawValue();
    const changed = changedFields(this.initial, values, ['issuedTime', 'statedExpiryOn']);
    this.submission.submit(this.form, () =>
      this.api.correctOrder(this.data.caseId, orderId, {
        ...changed,
        ...(changed.issuedOn === null ? { issuedOn: undefined } : {}),
        ...(changed.issuingCourtId === null ? { issuingCourtId: undefined } : {}),
        reason: reason.trim(),
      } as Parameters<CaseCorrectionsApi['correctOrder']>[2]),
    );
  }
}
