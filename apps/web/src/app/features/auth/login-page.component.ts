import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, type OnInit, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';

import type { SessionUserResponse } from '@haven/contracts';

import { AuthApi } from '../../core/auth/auth.api';
import { SessionStore } from '../../core/auth/session.store';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { applyFieldErrors, validationFieldsOf } from '../../shared/forms/server-errors';

export const WRONG_CREDENTIALS = 'E-mail or password is not right.';

@Component({
  selector: 'hv-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent implements OnInit {
  private readonly authApi = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly codeForm = inject(NonNullableFormBuilder).group({
    code: ['', Validators.required],
  });
  /** The second step: the password was right and the account has an authenticator. */
  protected readonly askingCode = signal(false);
  protected readonly submitting = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly errorText = fieldErrorText;

  ngOnInit(): void {
    // A reload between the two steps: the session still waits for its code.
    if (this.session.user()?.stage === 'mfa_code') {
      this.askingCode.set(true);
    }
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.authApi.login(this.form.getRawValue()).subscribe({
      next: (user) => {
        this.submitting.set(false);
        this.session.start(user);
        if (user.stage === 'mfa_code') {
          this.askingCode.set(true);
          return;
        }
        this.proceed(user);
      },
      error: (err: unknown) => {
        this.showError(err);
        this.submitting.set(false);
      },
    });
  }

  protected submitCode(): void {
    if (this.submitting()) {
      return;
    }
    this.problem.set(null);
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.authApi.verifyCode(this.codeForm.getRawValue().code.trim()).subscribe({
      next: (user) => {
        this.session.start(user);
        this.proceed(user);
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        this.codeForm.controls.code.reset();
        const fields = validationFieldsOf(err);
        if (fields) {
          this.problem.set(fields.map((f) => f.message).join(' '));
          return;
        }
        if (err instanceof HttpErrorResponse && err.status === 401) {
          // The waiting session ended: start again from the password.
          this.askingCode.set(false);
          this.session.clear();
          this.problem.set('Sign in again.');
        }
      },
    });
  }

  private proceed(user: SessionUserResponse): void {
    void this.router.navigateByUrl(user.stage === 'mfa_enrolment' ? '/account/security' : '/cases');
  }

  private showError(err: unknown): void {
    if (!(err instanceof HttpErrorResponse) || err.status === 0 || err.status >= 500) {
      // The server-error interceptor has already raised the snackbar.
      return;
    }
    if (err.status === 401) {
      this.form.controls.password.reset();
      this.problem.set(WRONG_CREDENTIALS);
      return;
    }
    const fields = validationFieldsOf(err);
    if (fields) {
      const unplaced = applyFieldErrors(this.form, fields);
      this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : null);
      return;
    }
    this.problem.set('Signing in did not work. Please wait a moment and try again.');
  }
}
