import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
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
  MilitaryCommand,
  MilitaryProtectiveOrderBasis,
  OrderKind,
  PetitionResponse,
} from '@haven/contracts';

import { CourtFieldComponent } from '../../../core/courts/court-field.component';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { ORDER_KIND_OPTIONS } from '../../../shared/labels/case-labels';
import { CaseRecordsApi } from './case-records.api';
import { COURT_KIND_OPTIONS, MILITARY_COMMAND_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

// R09a (2025 Acts ch. 208): a Military Protective Order may be the basis of a preliminary order.
const PRELIMINARY: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];

/**
 * Records a petition filed with the court (CreatePetitionDto), with the Military Protective Order
 * it rests on when it seeks a preliminary order.
 */
@Component({
  selector: 'hv-petition-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    CourtFieldComponent,
  ],
  templateUrl: './petition-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PetitionDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<PetitionResponse>();
  protected readonly orderKinds = ORDER_KIND_OPTIONS;
  protected readonly courtKinds = COURT_KIND_OPTIONS;
  protected readonly commands = MILITARY_COMMAND_OPTIONS;
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly form = this.fb.group({
    orderKindSought: new FormControl<OrderKind | null>(
      this.data.orderKind ?? null,
      Validators.required,
    ),
    filedOn: [this.data.today, [Validators.required, civilDate]],
    courtId: [this.data.court?.courtId ?? '', [notBlank, Validators.maxLength(80)]],
    courtKind: new FormControl<CourtKind | null>(
      this.data.court?.courtKind ?? null,
      Validators.required,
    ),
    courtLocality: [this.data.court?.locality ?? '', [notBlank, Validators.maxLength(120)]],
    courtCaseNumber: ['', Validators.maxLength(40)],
    hasMilitaryOrder: [false],
    militaryProtectiveOrder: this.fb.group({
      issuingCommand: new FormControl<MilitaryCommand | null>(null, Validators.required),
      issuedOn: ['', [Validators.required, civilDate]],
      enteredInNcic: [false],
    }),
  });

  protected readonly kindSought = toSignal(this.form.controls.orderKindSought.valueChanges, {
    initialValue: this.form.controls.orderKindSought.value,
  });
  protected readonly hasMilitaryOrder = toSignal(this.form.controls.hasMilitaryOrder.valueChanges, {
    initialValue: false,
  });

  protected isPreliminary(kind: OrderKind | null): boolean {
    return kind !== null && PRELIMINARY.includes(kind);
  }

  constructor() {
    // The order's fields are checked only when the petition rests on one.
    const sync = () => {
      const group = this.form.controls.militaryProtectiveOrder;
      const on = this.form.controls.hasMilitaryOrder.value && this.isPreliminary(this.kindSought());
      if (on) {
        group.enable({ emitEvent: false });
      } else {
        group.disable({ emitEvent: false });
      }
    };
    sync();
    this.form.controls.hasMilitaryOrder.valueChanges.subscribe(sync);
    this.form.controls.orderKindSought.valueChanges.subscribe(() => queueMicrotask(sync));
  }

  private militaryOrder(): MilitaryProtectiveOrderBasis | undefined {
    const group = this.form.controls.militaryProtectiveOrder;
    if (group.disabled) return undefined;
    const v = group.getRawValue();
    return {
      issuingCommand: v.issuingCommand as MilitaryCommand,
      issuedOn: v.issuedOn,
      ...(v.enteredInNcic ? { enteredInNcic: true } : {}),
    };
  }

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.filePetition(this.data.caseId, {
        orderKindSought: v.orderKindSought as OrderKind,
        filedOn: v.filedOn,
        courtId: v.courtId.trim(),
        courtKind: v.courtKind as CourtKind,
        courtLocality: v.courtLocality.trim(),
        courtCaseNumber: optional(v.courtCaseNumber),
        militaryProtectiveOrder: this.militaryOrder(),
      });
    });
  }
}
