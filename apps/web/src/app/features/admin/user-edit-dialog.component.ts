import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import type { UpdateUserRequest, UserResponse } from '@haven/contracts';

import { fieldErrorText } from '../../shared/forms/field-error-text';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { AdminApi } from './admin.api';
import { ROLE_OPTIONS } from './admin-labels';
import { refusalMessage } from './form-refusal';

/** Renames, re-roles, deactivates or reactivates one account (PATCH /api/users/:userId). */
@Component({
  selector: 'hv-user-edit-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>Edit {{ user.displayName }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="content">
        <p>{{ user.email }}</p>
        @if (problem(); as message) {
          <p class="problem" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>Display name</mat-label>
          <input matInput formControlName="displayName" autocomplete="off" required />
          @if (form.controls.displayName.invalid) {
            <mat-error>{{ errorText('Display name', form.controls.displayName) }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>Role</mat-label>
          <mat-select formControlName="role" required>
            @for (option of roles; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}: {{ option.hint }}</mat-option>
            }
          </mat-select>
          @if (form.controls.role.invalid) {
            <mat-error>{{ errorText('Role', form.controls.role) }}</mat-error>
          }
        </mat-form-field>
        <mat-checkbox formControlName="active">Account active (can sign in)</mat-checkbox>
        @if (form.controls.active.invalid) {
          <p class="problem" role="alert">{{ errorText('Active', form.controls.active) }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Save</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
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
  private readonly destroyRef = inject(DestroyRef);

  protected readonly user = inject<UserResponse>(MAT_DIALOG_DATA);
  protected readonly roles = ROLE_OPTIONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [this.user.displayName, [notBlank, Validators.maxLength(120)]],
    role: [this.user.role, Validators.required],
    active: [this.user.active],
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly errorText = fieldErrorText;

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const change = this.changes();
    if (Object.keys(change).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    this.api
      .updateUser(this.user.id, change)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (user) => this.dialogRef.close(user),
        error: (err: unknown) => {
          this.dialogRef.disableClose = false;
          this.saving.set(false);
          this.problem.set(
            refusalMessage(this.form, err, {
              fallback: 'The account could not be changed. Please try again.',
              sentenceCodes: ['SELF_LOCKOUT'],
            }),
          );
        },
      });
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
