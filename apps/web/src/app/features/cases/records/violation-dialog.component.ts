import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
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

import type { ViolationActCode, ViolationActionTaken, ViolationResponse } from '@haven/contracts';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { fieldErrorText } from '../../../shared/forms/field-error-text';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime, minItems } from '../../../shared/forms/form-validators';
import { CaseRecordsApi } from './case-records.api';
import { OrderSelectComponent } from './order-select.component';
import { VIOLATION_ACTION_OPTIONS, VIOLATION_ACT_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/**
 * Records a violation as structured acts (CreateViolationDto), so the rules library can give its
 * potential classification (R18–R21). The narrative is sealed and never shown in a list.
 */
@Component({
  selector: 'hv-violation-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    OrderSelectComponent,
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './violation-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViolationDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<ViolationResponse>();
  protected readonly actOptions = VIOLATION_ACT_OPTIONS;
  protected readonly actionOptions = VIOLATION_ACTION_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    orderId: new FormControl<string | null>(
      this.data.orders.at(-1)?.id ?? null,
      Validators.required,
    ),
    occurredOn: [this.data.today, [Validators.required, civilDate]],
    occurredTime: ['', clockTime],
    acts: new FormControl<ViolationActCode[]>([], { nonNullable: true, validators: minItems(1) }),
    basedOnViolence: [false],
    policeReportNumber: ['', Validators.maxLength(60)],
    officerName: ['', Validators.maxLength(120)],
    officerBadge: ['', Validators.maxLength(40)],
    actionsTaken: new FormControl<ViolationActionTaken[]>([], { nonNullable: true }),
    criminalProsecution: [false],
    narrative: ['', Validators.maxLength(20000)],
  });

  protected actsError(): string {
    return fieldErrorText('Acts', this.form.controls.acts);
  }

  protected toggle<T extends string>(control: FormControl<T[]>, value: T, checked: boolean): void {
    const rest = control.value.filter((v) => v !== value);
    control.setValue(checked ? [...rest, value] : rest);
    control.markAsTouched();
  }

  protected submit(): void {
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.recordViolation(this.data.caseId, {
        orderId: v.orderId as string,
        occurredOn: v.occurredOn,
        occurredTime: optional(v.occurredTime),
        acts: v.acts,
        basedOnViolence: v.basedOnViolence,
        policeReportNumber: optional(v.policeReportNumber),
        officerName: optional(v.officerName),
        officerBadge: optional(v.officerBadge),
        actionsTaken: v.actionsTaken.length > 0 ? v.actionsTaken : undefined,
        criminalProsecution: v.criminalProsecution,
        narrative: optional(v.narrative),
      });
    });
  }
}
