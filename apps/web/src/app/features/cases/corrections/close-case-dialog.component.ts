import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { LSC_CLOSING_CODES, type CaseSummaryResponse, type LscClosingCode } from '@haven/contracts';

import { DateInputDirective } from '../../../shared/forms/date-input.directive';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { notAfterToday, notBefore } from '../../../shared/forms/plausible-dates';
import { CaseCorrectionsApi } from './case-corrections.api';
import { type CorrectionDialogData, CorrectionSubmission } from './correction-form';

export interface CloseCaseData extends CorrectionDialogData {
  openedOn: string;
}

/** Closes the case with its LSC closing code; closing ends the organisation's work, no order. */
@Component({
  selector: 'hv-close-case-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    DateInputDirective,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog title="Close the case" submitLabel="Close case" [submission]="submission">
        <p class="note" hvDialogIntro>Closing ends your organisation's work; no order ends.</p>
        <mat-form-field class="field">
          <mat-label>Closed on</mat-label>
          <input matInput type="date" formControlName="closedOn" required />
          <mat-error [hvErrorOf]="form.controls.closedOn" label="Closed on" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>LSC closing code</mat-label>
          <mat-select formControlName="lscClosingCode" required>
            @for (code of codes; track code.value) {
              <mat-option [value]="code.value">{{ code.value }}: {{ code.label }}</mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="form.controls.lscClosingCode" label="LSC closing code" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styleUrl: '../records/record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseCaseDialogComponent {
  private readonly api = inject(CaseCorrectionsApi);
  protected readonly data = inject<CloseCaseData>(MAT_DIALOG_DATA);
  protected readonly submission = new CorrectionSubmission<CaseSummaryResponse>();
  protected readonly codes = (Object.keys(LSC_CLOSING_CODES) as LscClosingCode[]).map((value) => ({
    value,
    label: LSC_CLOSING_CODES[value],
  }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    closedOn: [
      this.data.today,
      [
        Validators.required,
        civilDate,
        notAfterToday(() => this.data.today),
        notBefore(() => this.data.openedOn, 'the day the case was opened'),
      ],
    ],
    lscClosingCode: ['' as LscClosingCode | '', Validators.required],
  });

  protected submit(): void {
    const { closedOn, lscClosingCode } = this.form.getRawValue();
    this.submission.submit(this.form, () =>
      this.api.close(this.data.caseId, {
        closedOn,
        lscClosingCode: lscClosingCode as LscClosingCode,
      }),
    );
  }
}
