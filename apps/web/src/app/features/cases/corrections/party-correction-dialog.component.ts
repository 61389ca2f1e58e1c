import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';

import type { CorrectionResponse } from '@haven/contracts';

import { DateInputDirective } from '../../../shared/forms/date-input.directive';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { notAfterToday, notBefore, phoneNumber } from '../../../shared/forms/plausible-dates';
import { CaseCorrectionsApi } from './case-corrections.api';
import {
  type CorrectionDialogData,
  CorrectionSubmission,
  REASON_MIN_LENGTH,
  changedFields,
} from './correction-form';

export interface PartyCorrectionData extends CorrectionDialogData {
  party: 'client' | 'respondent';
  fullName: string;
  /** The respondent's recorded firearms answer (the client has none). */
  knownFirearms?: boolean;
  /** Whether this user may write confidential fields (the reveal permission). */
  canWriteConfidential: boolean;
}

/**
 * Corrects a party's record. Confidential fields are never shown here: a value typed replaces
 * the sealed one (left empty, it stays as it is), needs a reason, and is audited field by field.
 */
@Component({
  selector: 'hv-party-correction-dialog',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    DateInputDirective,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog [title]="title()" submitLabel="Save correction" [submission]="submission">
        <mat-form-field class="field">
          <mat-label>Full name</mat-label>
          <input matInput formControlName="fullName" autocomplete="off" required />
          <mat-error [hvErrorOf]="form.controls.fullName" label="Full name" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Date of birth (leave empty to keep)</mat-label>
          <input matInput type="date" formControlName="dateOfBirth" />
          <mat-error [hvErrorOf]="form.controls.dateOfBirth" label="Date of birth" />
        </mat-form-field>
        @if (data.party === 'respondent') {
          <mat-checkbox formControlName="knownFirearms">
            The respondent is known to have firearms
          </mat-checkbox>
        }
        @if (data.canWriteConfidential) {
          <p class="note">
            Confidential fields: type a new value to replace the sealed one; leave empty to keep it.
          </p>
          <mat-form-field class="field">
            <mat-label>New address</mat-label>
            <input matInput formControlName="address" autocomplete="off" />
            <mat-error [hvErrorOf]="form.controls.address" label="Address" />
          </mat-form-field>
          @if (data.party === 'client') {
            <mat-form-field class="field">
              <mat-label>New phone</mat-label>
              <input matInput formControlName="phone" inputmode="tel" autocomplete="off" />
              <mat-error [hvErrorOf]="form.controls.phone" label="Phone" />
            </mat-form-field>
            <mat-form-field class="field">
              <mat-label>New e-mail</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="off" />
              <mat-error [hvErrorOf]="form.controls.email" label="E-mail" />
            </mat-form-field>
            <mat-form-field class="field">
              <mat-label>New employer</mat-label>
              <input matInput formControlName="employer" autocomplete="off" />
              <mat-error [hvErrorOf]="form.controls.employer" label="Employer" />
            </mat-form-field>
          } @else {
            <mat-form-field class="field">
              <mat-label>New description</mat-label>
              <textarea matInput formControlName="description" rows="2"></textarea>
              <mat-error [hvErrorOf]="form.controls.description" label="Description" />
            </mat-form-field>
          }
        }
        <mat-form-field class="field">
          <mat-label
            >Why was it wrong? (needed for dates, firearms and confidential fields)</mat-label
          >
          <textarea matInput formControlName="reason" rows="2"></textarea>
          <mat-hint>At least {{ minLength }} characters; recorded with your name.</mat-hint>
          <mat-error [hvErrorOf]="form.controls.reason" label="Reason" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styleUrl: '../records/record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartyCorrectionDialogComponent {
  private readonly api = inject(CaseCorrectionsApi);
  protected readonly data = inject<PartyCorrectionData>(MAT_DIALOG_DATA);
  protected readonly submission = new CorrectionSubmission<CorrectionResponse>();
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly title = computed(() =>
    this.data.party === 'client' ? 'Correct the client' : 'Correct the respondent',
  );

  private readonly initial = {
    fullName: this.data.fullName,
    dateOfBirth: '',
    knownFirearms: this.data.knownFirearms ?? false,
    address: '',
    phone: '',
    email: '',
    employer: '',
    description: '',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: [this.initial.fullName, [notBlank, Validators.maxLength(200)]],
    dateOfBirth: [
      '',
      [civilDate, notAfterToday(() => this.data.today), notBefore(() => '1900-01-01', '1900')],
    ],
    knownFirearms: [this.initial.knownFirearms],
    address: ['', Validators.maxLength(500)],
    phone: ['', [Validators.maxLength(40), phoneNumber]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
    employer: ['', Validators.maxLength(200)],
    description: ['', Validators.maxLength(2000)],
    reason: ['', [Validators.minLength(REASON_MIN_LENGTH), Validators.maxLength(1000)]],
  });

  protected submit(): void {
    const { reason, ...values } = this.form.getRawValue();
    // Empty means "keep": only typed values are corrections.
    const changed = Object.fromEntries(
      Object.entries(changedFields(this.initial, values)).filter(([, v]) => v !== null),
    );
    if (this.data.party === 'client') {
      delete changed['knownFirearms'];
      delete changed['description'];
    } else {
      for (const key of ['phone', 'email', 'employer']) {
        delete changed[key];
      }
    }
    const body = { ...changed, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const request: () => Observable<CorrectionResponse> = () =>
      this.data.party === 'client'
        ? this.api.correctClient(this.data.caseId, body)
        : this.api.correctRespondent(this.data.caseId, body);
    this.submission.submit(this.form, request);
  }
}
