import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';

import type { HearingContinuanceResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate, clockTime } from '../../../shared/forms/form-validators';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { CaseRecordsApi } from './case-records.api';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/**
 * Continues a hearing to a new date, with the reason (ContinueHearingDto). For a preliminary
 * order's hearing it asks whether the court extended the order to the new date: left
 * unrecorded, the old order runs out before the new hearing and the case shows a lapse.
 */
@Component({
  selector: 'hv-hearing-continuance-dialog',
  imports: [
    FormDialogComponent,
    FieldErrorComponent,
    DateTimeFieldsComponent,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatCheckboxModule,
    CivilDatePipe,
  ],
  templateUrl: './hearing-continuance-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HearingContinuanceDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<HearingContinuanceResponse>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    scheduledOn: ['', [Validators.required, civilDate]],
    scheduledTime: ['', clockTime],
    reason: ['', [notBlank, Validators.maxLength(500)]],
    preliminaryOrderExtended: ['' as '' | 'yes' | 'no'],
    servedInOpenCourt: [false],
  });

  /** The question applies to a preliminary order's full hearing, or a hearing about a PPO. */
  protected readonly asksAboutOrder = isPreliminaryHearing(this.data);
  protected readonly extended = toSignal(this.form.controls.preliminaryOrderExtended.valueChanges, {
    initialValue: '',
  });

  constructor() {
    if (this.asksAboutOrder) {
      this.form.controls.preliminaryOrderExtended.addValidators(Validators.required);
    }
  }

  protected submit(): void {
    const hearing = this.data.hearing;
    if (!hearing) {
      return;
    }
    this.submission.submit(this.form, () => {
      const v = this.form.getRawValue();
      return this.api.continueHearing(this.data.caseId, hearing.id, {
        scheduledOn: v.scheduledOn,
        scheduledTime: optional(v.scheduledTime),
        reason: v.reason.trim(),
        ...(this.asksAboutOrder
          ? {
              preliminaryOrderExtended: v.preliminaryOrderExtended === 'yes',
              ...(v.preliminaryOrderExtended === 'yes' && v.servedInOpenCourt
                ? { servedInOpenCourt: true }
                : {}),
            }
          : {}),
      });
    });
  }
}

function isPreliminaryHearing(data: RecordDialogData): boolean {
  const hearing = data.hearing;
  if (!hearing) {
    return false;
  }
  const order = data.orders.find((o) => o.id === hearing.orderId);
  return order
    ? order.kind === 'FA_PPO' || order.kind === 'AOV_PPO'
    : hearing.kind === 'ppo_full_hearing';
}
