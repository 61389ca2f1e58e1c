import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { finalize } from 'rxjs';

import { AuthApi } from '../auth/auth.api';
import { SessionStore } from '../auth/session.store';
import { MainNavComponent } from './main-nav.component';

@Component({
  selector: 'hv-shell',
  imports: [MatToolbarModule, MatButtonModule, RouterLink, RouterOutlet, MainNavComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly authApi = inject(AuthApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly signingOut = signal(false);

  protected signOut(): void {
    this.signingOut.set(true);
    // Whatever the API answers, this browser forgets the session and leaves the caseload.
    this.authApi
      .logout()
      .pipe(finalize(() => this.leave()))
      .subscribe({ error: () => undefined });
  }

  private leave(): void {
    this.session.clear();
    this.signingOut.set(false);
    void this.router.navigateByUrl('/login', { replaceUrl: true });
  }
}
