import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { StepUpChallenge } from '@haven/contracts';

import { AuthApi } from '../../core/auth/auth.api';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { validationFieldsOf } from '../../shared/forms/server-errors';

/**
 * Asks for a fresh factor before a dangerous act (security-checks B9): a code from the
 * authenticator app, or the password when the user has none. Closes with true once the API
 * accepted it, so the act can be repeated.
 */
@Component({
  selector: 'hv-step-up-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>Confirm it is you</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p id="step-up-why">
          @if (challenge === 'totp') {
            This needs a fresh code from your authenticator app.
          } @else {
            This needs your password again.
          }
        </p>
        @if (problem(); as message) {
          <p class="problem" role="alert">{{ message }}</p>
        }
        <mat-form-field class="field" hideRequiredMarker>
          <mat-label>{{ label }}</mat-label>
          @if (challenge === 'totp') {
            <input
              matInput
              formControlName="secret"
              autocomplete="one-time-code"
              inputmode="numeric"
              aria-describedby="step-up-why"
              required
              cdkFocusInitial
            />
          } @else {
            <input
              matInput
              type="password"
              formControlName="secret"
              autocomplete="current-password"
              aria-describedby="step-up-why"
              required
              cdkFocusInitial
            />
          }
          @if (form.controls.secret.invalid) {
            <mat-error>{{ errorText(label, form.controls.secret) }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="submitting()">Confirm</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
    }
    .problem {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StepUpDialogComponent {
  private readonly api = inject(AuthApi);
  private readonly ref = inject(MatDialogRef<StepUpDialogComponent, boolean>);
  protected readonly challenge = inject<StepUpChallenge>(MAT_DIALOG_DATA);
  protected readonly label = this.challenge === 'totp' ? 'Authenticator code' : 'Password';
  protected readonly form = inject(NonNullableFormBuilder).group({
    secret: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly errorText = fieldErrorText;

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const secret = this.form.getRawValue().secret.trim();
    this.submitting.set(true);
    this.problem.set(null);
    this.api.stepUp(this.challenge === 'totp' ? { code: secret } : { password: secret }).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.submitting.set(false);
        this.form.controls.secret.reset();
        const fields = validationFieldsOf(err);
        this.problem.set(
          fields
            ? `${this.label} ${fields.map((f) => f.message).join(' ')}`.replace(/\.?$/, '.')
            : err instanceof HttpErrorResponse && err.status >= 500
              ? null
              : 'That did not work. Try again.',
        );
      },
    });
  }
}
