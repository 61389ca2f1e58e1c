import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { SessionUserResponse } from '@haven/contracts';

import { AuthApi } from './auth.api';

/**
 * The signed-in user, held in memory only: nothing about the session is written to
 * localStorage or sessionStorage (security-checks A10).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly current = signal<SessionUserResponse | null>(null);
  private known = false;
  private probe: Promise<SessionUserResponse | null> | null = null;

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  /** Asks GET /api/auth/me the first time only; later calls answer from memory. */
  load(): Promise<SessionUserResponse | null> {
    if (this.known) {
      return Promise.resolve(this.current());
    }
    this.probe ??= firstValueFrom(this.api.me()).then(
      (user) => this.settle(user),
      (err: unknown) => {
        if (err instanceof HttpErrorResponse && err.status === 401) {
          return this.settle(null);
        }
        this.probe = null;
        throw err;
      },
    );
    return this.probe;
  }

  /** Records the user that the login call returned. */
  start(user: SessionUserResponse): void {
    this.settle(user);
  }

  /** Forgets the user (sign-out, or the API said the session is gone). */
  clear(): void {
    this.settle(null);
  }

  private settle(user: SessionUserResponse | null): SessionUserResponse | null {
    this.known = true;
    this.probe = null;
    this.current.set(user);
    return user;
  }
}
