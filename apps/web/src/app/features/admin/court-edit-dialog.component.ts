import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { CourtResponse } from '@haven/contracts';

import { CourtDirectoryService } from '../../core/courts/court-directory.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../shared/forms/form-dialog.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { phoneNumber } from '../../shared/forms/plausible-dates';

/** An admin corrects one court of the directory (audited by the API). */
@Component({
  selector: 'hv-court-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog title="Edit court" submitLabel="Save court" [submission]="submission">
        <p hvDialogIntro>Id {{ data.id }} (kept by every record that names this court).</p>
        <mat-form-field class="field">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required />
          <mat-error [hvErrorOf]="form.controls.name" label="Name" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Address (optional)</mat-label>
          <input matInput formControlName="address" />
          <mat-error [hvErrorOf]="form.controls.address" label="Address" />
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>Clerk's phone (optional)</mat-label>
          <input matInput formControlName="phone" inputmode="tel" />
          <mat-error [hvErrorOf]="form.controls.phone" label="Phone" />
        </mat-form-field>
        <mat-checkbox formControlName="active">Offered in court choices</mat-checkbox>
      </hv-form-dialog>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourtEditDialogComponent {
  private readonly directory = inject(CourtDirectoryService);
  protected readonly data = inject<CourtResponse>(MAT_DIALOG_DATA);
  protected readonly submission = new FormSubmission<CourtResponse>({
    forbidden: 'Only an admin can edit the court directory.',
    fallback: 'The court was not saved. Please check it and try again.',
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.name, [notBlank, Validators.maxLength(200)]],
    address: [this.data.address ?? '', Validators.maxLength(300)],
    phone: [this.data.phone ?? '', [phoneNumber, Validators.maxLength(40)]],
    active: [this.data.active],
  });

  protected submit(): void {
    const v = this.form.getRawValue();
    this.submission.submit(this.form, () =>
      this.directory.updateCourt(this.data.id, {
        name: v.name.trim(),
        address: v.address.trim() || null,
        phone: v.phone.trim() || null,
        active: v.active,
      }),
    );
  }
}
