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
import { MatSelectModule } from '@angular/material/select';

import type {
  CaseDetailResponse,
  CorrectIntakeRequest,
  CorrectionResponse,
  Relationship,
} from '@haven/contracts';

import { CourtFieldComponent } from '../../../core/courts/court-field.component';
import { LocalityFieldComponent } from '../../../core/courts/locality-field.component';
import { DateInputDirective } from '../../../shared/forms/date-input.directive';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { notAfterToday, notBefore, yearsBefore } from '../../../shared/forms/plausible-dates';
import { RELATIONSHIP_OPTIONS } from '../../../shared/labels/case-labels';
import { CaseCorrectionsApi } from './case-corrections.api';
import {
  type CorrectionDialogData,
  CorrectionSubmission,
  REASON_MIN_LENGTH,
  changedFields,
} from './correction-form';

export interface IntakeCorrectionData extends CorrectionDialogData {
  detail: CaseDetailResponse;
}

/**
 * Corrects the intake's answers (relationship, household, last act of abuse, venue, court,
 * opening day). They decide eligibility and the court, so the reason is required.
 */
@Component({
  selector: 'hv-intake-correction-dialog',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CourtFieldComponent,
    DateInputDirective,
    FieldErrorComponent,
    FormDialogComponent,
    LocalityFieldComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Correct the intake"
        submitLabel="Save correction"
        [submission]="submission"
      >
        <mat-form-field class="field">
          <mat-label>Relationship to the client</mat-label>
          <mat-select formControlName="relationship" required>
            @for (r of relationships; track r.value) {
              <mat-option [value]="r.value">{{ r.label }}</mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="form.controls.relationship" label="Relationship" />
        </mat-form-field>
        <mat-checkbox formControlName="livesWithRespondent">Lives with the client</mat-checkbox>
        <mat-form-field class="field">
          <mat-label>Last act of abuse on</mat-label>
          <input matInput type="date" formControlName="lastActOfAbuseOn" required />
          <mat-error [hvErrorOf]="form.controls.lastActOfAbuseOn" label="Last act of abuse on" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Cohabitation ended on (optional)</mat-label>
          <input matInput type="date" formControlName="cohabitationEndedOn" />
          <mat-error
            [hvErrorOf]="form.controls.cohabitationEndedOn"
            label="Cohabitation ended on"
          />
        </mat-form-field>
        <hv-locality-field [control]="form.controls.venueLocality" label="Venue" />
        <hv-court-field
          [control]="form.controls.courtId"
          [kinds]="['JDR', 'GDC', 'COMBINED']"
          [required]="false"
        />
        <mat-form-field class="field">
          <mat-label>Opened on</mat-label>
          <input matInput type="date" formControlName="openedOn" required />
          <mat-error [hvErrorOf]="form.controls.openedOn" label="Opened on" />
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
export class IntakeCorrectionDialogComponent {
  private readonly api = inject(CaseCorrectionsApi);
  protected readonly data = inject<IntakeCorrectionData>(MAT_DIALOG_DATA);
  protected readonly submission = new CorrectionSubmission<CorrectionResponse>();
  protected readonly relationships = RELATIONSHIP_OPTIONS;
  protected readonly minLength = REASON_MIN_LENGTH;

  private readonly initial = {
    relationship: this.data.detail.relationship,
    livesWithRespondent: this.data.detail.livesWithRespondent,
    lastActOfAbuseOn: this.data.detail.lastActOfAbuseOn ?? '',
    cohabitationEndedOn: this.data.detail.cohabitationEndedOn ?? '',
    venueLocality: this.data.detail.venueLocality ?? '',
    courtId: this.data.detail.courtId ?? '',
    openedOn: this.data.detail.openedOn,
  };
  private readonly today = () => this.data.today;
  protected readonly form = inject(NonNullableFormBuilder).group({
    relationship: new FormControl<Relationship | null>(
      this.initial.relationship,
      Validators.required,
    ),
    livesWithRespondent: [this.initial.livesWithRespondent],
    lastActOfAbuseOn: [
      this.initial.lastActOfAbuseOn,
      [Validators.required, civilDate, notAfterToday(this.today)],
    ],
    cohabitationEndedOn: [this.initial.cohabitationEndedOn, [civilDate, notAfterToday(this.today)]],
    venueLocality: [this.initial.venueLocality, Validators.maxLength(120)],
    courtId: [this.initial.courtId],
    openedOn: [
      this.initial.openedOn,
      [
        Validators.required,
        civilDate,
        notAfterToday(this.today),
        notBefore(() => yearsBefore(this.data.today, 10), 'ten years ago'),
      ],
    ],
    reason: ['', [Validators.required, Validators.minLength(REASON_MIN_LENGTH)]],
  });

  protected submit(): void {
    const { reason, ...values } = this.form.getRawValue();
    const changed = changedFields(this.initial, values, [
      'cohabitationEndedOn',
      'venueLocality',
      'courtId',
    ]);
    this.submission.submit(this.form, () =>
      this.api.correctIntake(this.data.caseId, {
        ...changed,
        reason: reason.trim(),
      } as CorrectIntakeRequest),
    );
  }
}
