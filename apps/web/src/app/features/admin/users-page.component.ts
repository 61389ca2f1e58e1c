import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import {
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';

import type { Role, UserResponse } from '@haven/contracts';

import { fieldErrorText } from '../../shared/forms/field-error-text';
import { problemOf } from '../../shared/forms/form-submission';
import { minTrimmedLength, notBlank } from '../../shared/forms/not-blank.validator';
import { AdminApi } from './admin.api';
import { ROLE_OPTIONS, roleLabel } from './admin-labels';
import { adminRefusal } from './form-refusal';
import { UserEditDialogComponent } from './user-edit-dialog.component';

/** The API's minimum password length (NIST 800-63B: length over composition rules). */
// security-checks B2: a new account has no second factor yet, so the longer minimum applies.
export const PASSWORD_MIN_LENGTH = 15;

/** `/admin/users`: the organisation's accounts, a form to add one, and an edit dialog per row. */
@Component({
  selector: 'hv-users-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './users-page.component.html',
  styleUrl: './admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPageComponent {
  private readonly api = inject(AdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['displayName', 'email', 'role', 'status', 'actions'];
  protected readonly roles = ROLE_OPTIONS;
  protected readonly roleLabel = roleLabel;
  protected readonly errorText = fieldErrorText;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly users = signal<readonly UserResponse[]>([]);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [notBlank, Validators.maxLength(120)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
    role: ['advocate' as Role, Validators.required],
    password: ['', [notBlank, minTrimmedLength(PASSWORD_MIN_LENGTH), Validators.maxLength(1024)]],
  });

  constructor() {
    this.load();
    this.destroyRef.onDestroy(() => this.dialog.closeAll());
  }

  protected load(): void {
    this.status.set('loading');
    this.api.users().subscribe({
      next: (list) => {
        this.users.set(list.items);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected create(formDirective: FormGroupDirective): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .createUser({
        displayName: value.displayName.trim(),
        email: value.email.trim(),
        role: value.role,
        password: value.password,
      })
      .subscribe({
        next: (user) => {
          this.saving.set(false);
          this.users.update((users) => sortByName([...users, user]));
          // resetForm clears "submitted", so the emptied fields do not show as errors.
          formDirective.resetForm({ displayName: '', email: '', role: 'advocate', password: '' });
          this.announcement.set(`${user.displayName} can now sign in as ${roleLabel(user.role)}.`);
        },
        error: (err: unknown) => {
          this.saving.set(false);
          this.problem.set(
            problemOf(this.form, err, adminRefusal('The account could not be created.')),
          );
        },
      });
  }

  protected edit(user: UserResponse): void {
    this.dialog
      .open<UserEditDialogComponent, UserResponse, UserResponse>(UserEditDialogComponent, {
        data: user,
        width: '520px',
      })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) {
          this.users.update((users) =>
            sortByName(users.map((u) => (u.id === changed.id ? changed : u))),
          );
          this.announcement.set(`${changed.displayName}’s account was saved.`);
        }
      });
  }

  /** Lifts a sign-in lock at once (the user may be locked out by someone guessing). */
  protected unlock(user: UserResponse): void {
    this.api.unlockUser(user.id).subscribe({
      next: () => this.announcement.set(`${user.displayName} can sign in again now.`),
      error: () => this.announcement.set(`${user.displayName} could not be unlocked. Try again.`),
    });
  }

  /** Removes a lost authenticator; the person sets up a new one at their next sign-in. */
  protected resetAuthenticator(user: UserResponse): void {
    this.api.resetAuthenticator(user.id).subscribe({
      next: () =>
        this.announcement.set(
          `${user.displayName}’s authenticator was removed; they set up a new one at next sign-in.`,
        ),
      error: () =>
        this.announcement.set(`${user.displayName}’s authenticator was not reset. Try again.`),
    });
  }

  protected readonly trackById = (_: number, user: UserResponse): string => user.id;
}

function sortByName(users: UserResponse[]): UserResponse[] {
  return users.sort((a, b) => a.displayName.localeCompare(b.displayName));
}
