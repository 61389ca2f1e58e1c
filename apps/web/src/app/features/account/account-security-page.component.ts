import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import type { MfaEnrolmentResponse } from '@haven/contracts';

import { AuthApi } from '../../core/auth/auth.api';
import { SessionStore } from '../../core/auth/session.store';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { applyFieldErrors, validationFieldsOf } from '../../shared/forms/server-errors';

/**
 * The user's own sign-in security: setting up an authenticator app (required of admins and
 * supervisors before anything else, security-checks B8) and changing the password, with the
 * offer to end the other sessions (B2, B5).
 */
@Component({
  selector: 'hv-account-security-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './account-security-page.component.html',
  styleUrl: './account-security-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountSecurityPageComponent {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly user = this.session.user;
  protected readonly mustEnrol = computed(() => this.user()?.stage === 'mfa_enrolment');
  protected readonly enrolment = signal<MfaEnrolmentResponse | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly mfaProblem = signal<string | null>(null);
  protected readonly passwordProblem = signal<string | null>(null);
  protected readonly passwordDone = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errorText = fieldErrorText;

  protected readonly codeForm = this.fb.group({ code: ['', Validators.required] });
  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', Validators.required],
    endOtherSessions: [true],
  });

  protected startEnrolment(): void {
    this.busy.set(true);
    this.mfaProblem.set(null);
    this.api.startEnrolment().subscribe({
      next: (enrolment) => {
        this.busy.set(false);
        this.enrolment.set(enrolment);
      },
      error: () => {
        this.busy.set(false);
        this.mfaProblem.set('Setting up did not start. Try again.');
      },
    });
  }

  protected confirmEnrolment(): void {
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.mfaProblem.set(null);
    this.api.confirmEnrolment(this.codeForm.getRawValue().code.trim()).subscribe({
      next: ({ recoveryCodes }) => {
        this.busy.set(false);
        this.enrolment.set(null);
        this.recoveryCodes.set(recoveryCodes);
        const user = this.user();
        if (user) {
          this.session.start({ ...user, stage: 'complete', mfaEnrolled: true });
        }
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.codeForm.controls.code.reset();
        const fields = validationFieldsOf(err);
        this.mfaProblem.set(
          fields
            ? fields.map((f) => f.message).join(' ')
            : 'That code did not work. Try the next one.',
        );
      },
    });
  }

  protected continueToHaven(): void {
    void this.router.navigateByUrl('/cases');
  }

  protected changePassword(): void {
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.passwordProblem.set(null);
    this.passwordDone.set(null);
    this.api.changePassword(this.passwordForm.getRawValue()).subscribe({
      next: ({ otherSessionsEnded }) => {
        this.busy.set(false);
        this.passwordForm.reset({ currentPassword: '', newPassword: '', endOtherSessions: true });
        this.passwordDone.set(
          otherSessionsEnded > 0
            ? `Password changed. ${otherSessionsEnded} other session(s) signed out.`
            : 'Password changed.',
        );
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const fields = validationFieldsOf(err);
        if (fields) {
          const unplaced = applyFieldErrors(this.passwordForm, fields);
          this.passwordProblem.set(unplaced.length > 0 ? unplaced.join(' ') : null);
          return;
        }
        this.passwordProblem.set('The password was not changed. Try again.');
      },
    });
  }
}
