import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { UpdateUserRequest, UserResponse } from '@haven/contracts';

import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { FormDialogComponent } from '../../shared/forms/form-dialog.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { AdminApi } from './admin.api';
import { ROLE_OPTIONS } from './admin-labels';
import { adminRefusal } from './form-refusal';

/** Renames, re-roles, deactivates or reactivates one account (PATCH /api/users/:userId). */
@Component({
  selector: 'hv-user-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        [title]="'Edit ' + user.displayName"
        submitLabel="Save"
        [submission]="submission"
      >
        <p hvDialogIntro>{{ user.email }}</p>
        <mat-form-field>
          <mat-label>Display name</mat-label>
          <input matInput formControlName="displayName" autocomplete="off" required />
          <mat-error [hvErrorOf]="form.controls.displayName" label="Display name" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Role</mat-label>
          <mat-select formControlName="role" required>
            @for (option of roles; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}: {{ option.hint }}</mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="form.controls.role" label="Role" />
        </mat-form-field>
        <mat-checkbox formControlName="active">Account active (can sign in)</mat-checkbox>
        @if (form.controls.active.invalid) {
          <p class="problem" role="alert">{{ activeError() }}</p>
        }
      </hv-form-dialog>
    </form>
  `,
  styles: `
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserEditDialogComponent {
  private readonly api = inject(AdminApi);
  private readonly dialogRef =
    inject<MatDialogRef<UserEditDialogComponent, UserResponse>>(MatDialogRef);

  protected readonly user = inject<UserResponse>(MAT_DIALOG_DATA);
  protected readonly roles = ROLE_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [this.user.displayName, [notBlank, Validators.maxLength(120)]],
    role: [this.user.role, Validators.required],
    active: [this.user.active],
  });
  protected readonly submission = new FormSubmission<UserResponse>(
    adminRefusal('The account could not be changed. Please try again.', ['SELF_LOCKOUT']),
  );

  protected activeError(): string {
    return fieldErrorText('Active', this.form.controls.active);
  }

  protected submit(): void {
    const change = this.changes();
    if (this.form.valid && !this.submission.saving() && Object.keys(change).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.submission.submit(this.form, () => this.api.updateUser(this.user.id, change));
  }

  /** Only what the admin changed, so a rename never re-sends (and re-audits) the role. */
  private changes(): UpdateUserRequest {
    const { displayName, role, active } = this.form.getRawValue();
    const change: UpdateUserRequest = {};
    if (displayName.trim() !== this.user.displayName) {
      change.displayName = displayName.trim();
    }
    if (role !== this.user.role) {
      change.role = role;
    }
    if (active !== this.user.active) {
      change.active = active;
    }
    return change;
  }
}
