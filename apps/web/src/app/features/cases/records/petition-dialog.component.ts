import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
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

import type { CourtKind, OrderKind, PetitionResponse } from '@haven/contracts';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { civilDate } from '../../../shared/forms/form-validators';
import { notBlank } from '../../../shared/forms/not-blank.validator';
import { ORDER_KIND_OPTIONS } from '../../../shared/labels/case-labels';
import { CaseRecordsApi } from './case-records.api';
import { COURT_KIND_OPTIONS } from './record-options';
import { type RecordDialogData, RecordSubmission, optional } from './record-submission';

/** Records a petition filed with the court (CreatePetitionDto). */
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
