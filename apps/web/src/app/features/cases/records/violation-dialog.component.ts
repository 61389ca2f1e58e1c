import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { ViolationActCode, ViolationActionTaken, ViolationResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';
import { CaseRecordsApi } from './case-records.api';
import { VIOLATION_ACTION_OPTIONS, VIOLATION_ACT_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';
import { civilDate, clockTime, minItems, recordErrorText } from './record-validators';

/**
 * Records a violation as structured acts (CreateViolationDto), so the rules library can give its
 * potential classification (R18–R21). The narrative is sealed and never shown in a list.
 */
@Component({
  selector: 'hv-violation-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CivilDatePipe,
    OrderKindLabelPipe,
  ],
  templateUrl: './violation-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViolationDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<ViolationResponse>();
  protected readonly errorText = recordErrorText;
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
