import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
import { MatSelectModule } from '@angular/material/select';

import type {
  CorrectionResponse,
  CorrectPetitionRequest,
  PetitionResponse,
} from '@haven/contracts';

import { CourtFieldComponent } from '../../../core/courts/court-field.component';
import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { DateInputDirective } from '../../../shared/forms/date-input.directive';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { notAfterToday } from '../../../shared/forms/plausible-dates';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';
import { CaseCorrectionsApi } from './case-corrections.api';
import {
  type CorrectionDialogData,
  CorrectionSubmission,
  REASON_MIN_LENGTH,
  changedFields,
} from './correction-form';

/**
 * Corrects a recorded petition: its filing day (which starts the hearing target), its court and
 * the court's case number. The API recomputes the case and audits the reason.
 */
@Component({
  selector: 'hv-petition-correction-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CivilDatePipe,
    CourtFieldComponent,
    DateInputDirective,
    FieldErrorComponent,
    FormDialogComponent,
    OrderKindLabelPipe,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Correct a petition"
        submitLabel="Save correction"
        [submission]="submission"
      >
        <mat-form-field class="field">
          <mat-label>Petition</mat-label>
          <mat-select [formControl]="petitionId" required>
            @for (p of petitions(); track p.id) {
              <mat-option [value]="p.id">
                {{ p.orderKindSought | hvOrderKindLabel }}, filed {{ p.filedOn | hvCivilDate }}
              </mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="petitionId" label="Petition" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Filed on</mat-label>
          <input matInput type="date" formControlName="filedOn" required />
          <mat-error [hvErrorOf]="form.controls.filedOn" label="Filed on" />
        </mat-form-field>
        <hv-court-field
          [control]="form.controls.courtId"
          [locality]="form.controls.courtLocality"
          label="Court"
        />
        <mat-form-field class="field">
          <mat-label>Court case number (optional)</mat-label>
          <input matInput formControlName="courtCaseNumber" autocomplete="off" />
          <mat-error [hvErrorOf]="form.controls.courtCaseNumber" label="Court case number" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Why was it wrong?</mat-label>
          <textarea matInput formControlName="reason" rows="2"></textarea>
          <mat-hint
            >Needed for the filing day or court; at least {{ minLength }} characters.</mat-hint
          >
          <mat-error [hvErrorOf]="form.controls.reason" label="Reason" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styleUrl: '../records/record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PetitionCorrectionDialogComponent {
  private readonly api = inject(CaseCorrectionsApi);
  protected readonly data = inject<CorrectionDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new CorrectionSubmission<CorrectionResponse>();
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly petitions = signal<readonly PetitionResponse[]>([]);
  protected readonly petitionId = new FormControl<string | null>(null, Validators.required);
  protected readonly form = inject(NonNullableFormBuilder).group({
    filedOn: ['', [Validators.required, civilDate, notAfterToday(() => this.data.today)]],
    courtId: ['', Validators.required],
    courtLocality: [''],
    courtCaseNumber: ['', Validators.maxLength(40)],
    reason: ['', [Validators.minLength(REASON_MIN_LENGTH), Validators.maxLength(1000)]],
  });
  private initial = { filedOn: '', courtId: '', courtLocality: '', courtCaseNumber: '' };

  constructor() {
    this.api
      .petitions(this.data.caseId)
      .pipe(takeUntilDestroyed())
      .subscribe((list) => {
        this.petitions.set(list);
        this.petitionId.setValue(list.at(-1)?.id ?? null);
      });
    this.petitionId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      const p = this.petitions().find((x) => x.id === id);
      this.initial = {
        filedOn: p?.filedOn ?? '',
        courtId: p?.courtId ?? '',
        courtLocality: p?.courtLocality ?? '',
        courtCaseNumber: p?.courtCaseNumber ?? '',
      };
      this.form.patchValue(this.initial);
    });
  }

  protected submit(): void {
    const petitionId = this.petitionId.value;
    if (petitionId === null) {
      this.petitionId.markAsTouched();
      return;
    }
    const { reason, ...values } = this.form.getRawValue();
    const changed = changedFields(this.initial, values, ['courtCaseNumber']);
    this.submission.submit(this.form, () =>
      this.api.correctPetition(this.data.caseId, petitionId, {
        ...changed,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      } as CorrectPetitionRequest),
    );
  }
}
