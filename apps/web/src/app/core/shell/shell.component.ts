import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { finalize } from 'rxjs';

import { AuthApi } from '../auth/auth.api';
import { SessionStore } from '../auth/session.store';
import { IdleLockService } from '../idle-lock/idle-lock.service';
import { LockScreenComponent } from '../idle-lock/lock-screen.component';
import { MainNavComponent } from './main-nav.component';

@Component({
  selector: 'hv-shell',
  imports: [
    MatToolbarModule,
    MatButtonModule,
    RouterLink,
    RouterOutlet,
    MainNavComponent,
    LockScreenComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly authApi = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly session = inject(SessionStore);
  protected readonly idleLock = inject(IdleLockService);
  protected readonly signingOut = signal(false);

  /** Moves focus past the toolbar and the navigation (WCAG 2.4.1), without a router navigation. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }

  protected signOut(): void {
    this.signingOut.set(true);
    // Whatever the API answers, this browser forgets the session and leaves the caseload.
    this.authApi
      .logout()
      .pipe(finalize(() => this.leave()))
      .subscribe({ error: () => undefined });
  }

  private leave(): void {
    // Revealed values live only in the page's components and dialogs; both go now (A10).
    this.dialog.closeAll();
    this.idleLock.forget();
    this.session.clear();
    this.signingOut.set(false);
    void this.router.navigateByUrl('/login', { replaceUrl: true });
  }
}
