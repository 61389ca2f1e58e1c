import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { CourtKind, OrderKind, PetitionResponse } from '@haven/contracts';

import { notBlank } from '../../../shared/forms/not-blank.validator';
import { ORDER_KIND_OPTIONS } from '../../../shared/labels/case-labels';
import { CaseRecordsApi } from './case-records.api';
import { COURT_KIND_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';
import { civilDate, recordErrorText } from './record-validators';

/** Records a petition filed with the court (CreatePetitionDto). */
@Component({
  selector: 'hv-petition-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './petition-dialog.component.html',
  styleUrl: './record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PetitionDialogComponent {
  private readonly api = inject(CaseRecordsApi);
  protected readonly data = inject<RecordDialogData>(MAT_DIALOG_DATA);
  protected readonly submission = new RecordSubmission<PetitionResponse>();
  protected readonly errorText = recordErrorText;
  protected readonly orderKinds = ORDER_KIND_OPTIONS;
  protected readonly courtKinds = COURT_KIND_OPTIONS;

  protected readonly form = inject(NonNullableFormBuilder).group({
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
  });

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
      });
    });
  }
}
