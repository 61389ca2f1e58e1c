import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type {
  CourtKind,
  CreateOrderRequest,
  OrderKind,
  OrderResponse,
  ReliefCode,
} from '@haven/contracts';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime, requiresField } from '../../../shared/forms/form-validators';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { ORDER_KIND_OPTIONS } from '../../../shared/labels/case-labels';
import { CaseRecordsApi } from './case-records.api';
import { OrderSelectComponent } from './order-select.component';
import {
  EXPIRY_VALIDATORS,
  ExpiryFieldsComponent,
  expiryControls,
  expiryRequest,
} from './expiry-fields.component';
import { COURT_KIND_OPTIONS, RELIEF_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/**
 * Records an order as the court issued it: emergency, preliminary, final or out of state, with
 * the expiry the order states (CreateOrderDto). The API computes the statutory expiry itself and
 * flags a stated date beyond it; only a supervisor may record such a date, with a reason.
 */
@Component({
  selector: 'hv-order-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    OrderSelectComponent,
    ExpiryFieldsComponent,
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './order-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<OrderResponse>();
  protected readonly orderKinds = ORDER_KIND_OPTIONS;
  protected readonly courtKinds = COURT_KIND_OPTIONS;
  protected readonly reliefs = RELIEF_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      kind: new FormControl<OrderKind | null>(null, Validators.required),
      issuedOn: [this.data.today, [Validators.required, civilDate]],
      issuedTime: ['', clockTime],
      issuingCourtKind: new FormControl<CourtKind | null>(
        this.data.court?.courtKind ?? null,
        Validators.required,
      ),
      issuingLocality: [this.data.court?.locality ?? '', [notBlank, Validators.maxLength(120)]],
      issuingCourtId: [this.data.court?.courtId ?? '', [notBlank, Validators.maxLength(80)]],
      ...expiryControls(),
      parentOrderId: new FormControl<string | null>(this.data.orders.at(-1)?.id ?? null),
      reliefs: new FormControl<ReliefCode[]>([], { nonNullable: true }),
      protectsMinorAgainstParent: [false],
      servedInOpenCourt: [false],
      petitionerHouseholdAtInitial: [false],
      issuingState: [{ value: '', disabled: true }, [notBlank, Validators.maxLength(100)]],
      registeredOn: [{ value: '', disabled: true }, civilDate],
      registeredCourtId: [{ value: '', disabled: true }, Validators.maxLength(80)],
      // R10 v2 (2025 Acts ch. 161): the court's finding lets a final family-abuse order run four years.
      priorFamilyAbuseOrderFinding: [{ value: false, disabled: true }],
      priorFamilyAbuseOrderIssuedOn: [{ value: '', disabled: true }, civilDate],
    },
    {
      validators: [
        ...EXPIRY_VALIDATORS,
        requiresField('registeredOn', 'registeredCourtId'),
        requiresField('registeredCourtId', 'registeredOn'),
      ],
    },
  );

  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });

  constructor() {
    // Out-of-state facts belong only to an out-of-state order (the API refuses them otherwise).
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      for (const name of ['issuingState', 'registeredOn', 'registeredCourtId'] as const) {
        const control = this.form.controls[name];
        if (kind === 'OOS') {
          control.enable();
        } else {
          control.disable();
        }
      }
      // The prior-order finding belongs to a final family-abuse order only (FA_PO).
      for (const name of [
        'priorFamilyAbuseOrderFinding',
        'priorFamilyAbuseOrderIssuedOn',
      ] as const) {
        const control = this.form.controls[name];
        if (kind === 'FA_PO') {
          control.enable();
        } else {
          control.disable();
        }
      }
    });
  }

  protected submit(): void {
    this.submission.submit(this.form, () => this.api.recordOrder(this.data.caseId, this.request()));
  }

  private request(): CreateOrderRequest {
    const v = this.form.getRawValue();
    const outOfState = v.kind === 'OOS';
    const familyAbuseFinal = v.kind === 'FA_PO';
    return {
      kind: v.kind as OrderKind,
      issuedOn: v.issuedOn,
      issuedTime: optional(v.issuedTime),
      issuingCourtId: v.issuingCourtId.trim(),
      issuingCourtKind: v.issuingCourtKind as CourtKind,
      issuingLocality: v.issuingLocality.trim(),
      ...expiryRequest(v, this.data.canOverrideExpiry === true),
      reliefs: v.reliefs.length > 0 ? v.reliefs : undefined,
      parentOrderId: v.parentOrderId ?? undefined,
      protectsMinorAgainstParent: v.protectsMinorAgainstParent || undefined,
      servedInOpenCourt: (v.kind !== 'OOS' && v.servedInOpenCourt) || undefined,
      petitionerHouseholdAtInitial: v.petitionerHouseholdAtInitial || undefined,
      issuingState: outOfState ? optional(v.issuingState) : undefined,
      registeredOn: outOfState ? optional(v.registeredOn) : undefined,
      registeredCourtId: outOfState ? optional(v.registeredCourtId) : undefined,
      priorFamilyAbuseOrderFinding:
        familyAbuseFinal && v.priorFamilyAbuseOrderFinding ? true : undefined,
      priorFamilyAbuseOrderIssuedOn: familyAbuseFinal
        ? optional(v.priorFamilyAbuseOrderIssuedOn)
        : undefined,
    };
  }
}
