import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { Funder, FundingSourceResponse } from '@haven/contracts';

import { DateInputDirective } from '../../shared/forms/date-input.directive';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../shared/forms/form-dialog.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { civilDate } from '../../shared/forms/form-validators';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { notBefore } from '../../shared/forms/plausible-dates';
import { FUNDER_OPTIONS } from './funding-labels';
import { FundingSourcesApi } from './funding-sources.api';
import { adminRefusal } from './form-refusal';

/** What the dialog opens on: a source to edit, or null to add one. */
export type FundingSourceDialogData = FundingSourceResponse | null;

/** Adds a funding source or edits one (POST or PUT /api/funding-sources; audited by the API). */
@Component({
  selector: 'hv-funding-source-dialog',
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
      <hv-form-dialog
        [title]="source ? 'Edit ' + source.name : 'Add a funding source'"
        [submitLabel]="source ? 'Save funding source' : 'Add funding source'"
        [submission]="submission"
      >
        <p hvDialogIntro class="intro">
          Cases and service activities name the sources that paid for them; each funder's report
          counts only what its sources paid for.
        </p>
        <mat-form-field class="field">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          <mat-error [hvErrorOf]="form.controls.name" label="Name" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Funder</mat-label>
          <mat-select formControlName="funder" required>
            @for (option of funders; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
          <mat-hint>Decides the funder report the source is counted in.</mat-hint>
          <mat-error [hvErrorOf]="form.controls.funder" label="Funder" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Grant number (optional)</mat-label>
          <input matInput formControlName="grantNumber" autocomplete="off" />
          <mat-error [hvErrorOf]="form.controls.grantNumber" label="Grant number" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Starts on</mat-label>
          <input matInput type="date" formControlName="startsOn" required />
          <mat-error [hvErrorOf]="form.controls.startsOn" label="Starts on" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Ends on (optional)</mat-label>
          <input matInput type="date" formControlName="endsOn" />
          <mat-hint>Leave empty while the grant runs.</mat-hint>
          <mat-error [hvErrorOf]="form.controls.endsOn" label="Ends on" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .intro {
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundingSourceDialogComponent {
  private readonly api = inject(FundingSourcesApi);
  protected readonly source = inject<FundingSourceDialogData>(MAT_DIALOG_DATA);
  protected readonly funders = FUNDER_OPTIONS;
  protected readonly submission = new FormSubmission<FundingSourceResponse>(
    adminRefusal('The funding source was not saved. Please check it and try again.'),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.source?.name ?? '', [notBlank, Validators.maxLength(120)]],
    funder: [this.source?.funder ?? ('' as Funder | ''), Validators.required],
    grantNumber: [this.source?.grantNumber ?? '', Validators.maxLength(80)],
    startsOn: [this.source?.startsOn ?? '', [Validators.required, civilDate]],
    endsOn: [this.source?.endsOn ?? '', civilDate],
  });

  constructor() {
    const { startsOn, endsOn } = this.form.controls;
    endsOn.addValidators(notBefore(() => startsOn.value || null, 'the start date'));
    // The end is checked against the start, so a changed start checks it again.
    startsOn.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => endsOn.updateValueAndValidity());
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    const body = {
      name: v.name.trim(),
      funder: v.funder as Funder,
      grantNumber: v.grantNumber.trim() || null,
      startsOn: v.startsOn,
      endsOn: v.endsOn || null,
    };
    const source = this.source;
    this.submission.submit(this.form, () =>
      source ? this.api.update(source.id, body) : this.api.create(body),
    );
  }
}
