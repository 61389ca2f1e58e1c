import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { SessionStore } from '../auth/session.store';
import { IdleLockService } from './idle-lock.service';

/**
 * What a locked app shows instead of the page: who is signed in and a password field. Nothing
 * of the case that was open is in the DOM while this shows.
 */
@Component({
  selector: 'hv-lock-screen',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './lock-screen.component.html',
  styleUrl: './lock-screen.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LockScreenComponent {
  private readonly lock = inject(IdleLockService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly session = inject(SessionStore);

  /** The user chose to sign out instead of unlocking. */
  readonly signOut = output<void>();

  protected readonly unlocking = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
  });
  private readonly passwordInput = viewChild<ElementRef<HTMLInputElement>>('password');

  constructor() {
    // Keyboard users land on the one field that matters.
    afterNextRender(() => this.passwordInput()?.nativeElement.focus());
  }

  protected unlock(): void {
    if (this.unlocking()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set('Enter your password to unlock.');
      return;
    }
    this.unlocking.set(true);
    this.lock
      .unlock(this.form.getRawValue().password)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.unlocking.set(false);
          this.form.reset();
          if (result === 'wrong_password') {
            this.problem.set('That password is not right.');
          } else if (result === 'failed') {
            this.problem.set('Haven could not unlock. Sign out and sign in again.');
          }
        },
        error: () => {
          this.unlocking.set(false);
          this.problem.set('Haven could not reach the server. Please try again.');
        },
      });
  }
}
