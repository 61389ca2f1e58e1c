import { Injectable, inject } from '@angular/core';

import { SessionStore } from '../../core/auth/session.store';

/**
 * The intake an advocate typed but could not create yet (a conflict hit that only a supervisor
 * may override, a refusal, a page left half-way): kept in memory for this signed-in session only,
 * never in browser storage, because it holds confidential answers. Signing out (a new user)
 * forgets it.
 */
@Injectable({ providedIn: 'root' })
export class IntakeDraftStore {
  private readonly session = inject(SessionStore);
  private draft: { userId: string; values: unknown } | null = null;

  keep(values: unknown): void {
    const user = this.session.user();
    this.draft = user ? { userId: user.id, values } : null;
  }

  /** The kept draft of the signed-in user, once: the form that takes it owns it from then on. */
  take(): unknown {
    const user = this.session.user();
    const draft = this.draft;
    this.draft = null;
    return draft && user && draft.userId === user.id ? draft.values : null;
  }

  discard(): void {
    this.draft = null;
  }
}
