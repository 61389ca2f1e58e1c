import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  DestroyRef,
  Injectable,
  InjectionToken,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { type Observable, catchError, map, of, tap, throwError } from 'rxjs';

import { AuthApi } from '../auth/auth.api';
import { SessionStore } from '../auth/session.store';

/** How long the app may sit untouched before it locks itself; 5 minutes unless provided. */
export const IDLE_LOCK_MS = new InjectionToken<number>('IDLE_LOCK_MS', {
  providedIn: 'root',
  factory: () => idleLockMsOf(inject(DOCUMENT)),
});

const DEFAULT_IDLE_LOCK_MINUTES = 5;

/**
 * A deployment can set the quiet period in index.html with
 * `<meta name="haven-idle-lock-minutes" content="3">` (1 to 60); anything else means 5 minutes.
 */
export function idleLockMsOf(document: Document): number {
  const meta = document.querySelector('meta[name="haven-idle-lock-minutes"]');
  const minutes = Number(meta?.getAttribute('content') ?? DEFAULT_IDLE_LOCK_MINUTES);
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= 60;
  return (valid ? minutes : DEFAULT_IDLE_LOCK_MINUTES) * 60_000;
}

// Only whether the app is locked, never what it showed: a reload of a locked tab stays locked.
const LOCKED_FLAG = 'haven.locked';
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** What an unlock attempt came to. */
export type UnlockResult = 'unlocked' | 'wrong_password' | 'failed';

/**
 * Locks the app after a quiet period or on request (shared office laptops). While locked the shell
 * removes the page from the DOM, so every component holding case data or a revealed value is
 * destroyed with it, and open dialogs are closed. Unlocking signs in again with the password.
 */
@Injectable({ providedIn: 'root' })
export class IdleLockService {
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  private readonly auth = inject(AuthApi);
  private readonly dialog = inject(MatDialog);
  private readonly idleMs = inject(IDLE_LOCK_MS);
  private readonly state = signal(this.readFlag());
  private lastActivity = Date.now();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onActivity = (): void => {
    this.lastActivity = Date.now();
  };

  /** True while the app is locked: the shell shows the lock screen instead of the page. */
  readonly locked = computed(() => this.state() && this.session.signedIn());

  constructor() {
    for (const name of ACTIVITY_EVENTS) {
      this.document.addEventListener(name, this.onActivity, { passive: true, capture: true });
    }
    inject(DestroyRef).onDestroy(() => {
      for (const name of ACTIVITY_EVENTS) {
        this.document.removeEventListener(name, this.onActivity, { capture: true });
      }
      this.stopTimer();
    });
    // The quiet period runs only while someone is signed in and the app is open. A session that
    // ends (sign-out, expiry) ends the lock too: the next person starts at the login page.
    let wasSignedIn = false;
    effect(() => {
      const signedIn = this.session.signedIn();
      if (wasSignedIn && !signedIn) {
        this.forget();
      }
      wasSignedIn = signedIn;
      if (signedIn && !this.state()) {
        this.lastActivity = Date.now();
        this.schedule(this.idleMs);
      } else {
        this.stopTimer();
      }
    });
  }

  /** Locks now (the shell's Lock button, or the quiet period running out). */
  lock(): void {
    this.stopTimer();
    this.dialog.closeAll();
    this.writeFlag(true);
    this.state.set(true);
  }

  /** Re-authenticates the signed-in user with their password; unlocks on success. */
  unlock(password: string): Observable<UnlockResult> {
    const user = this.session.user();
    if (!user) {
      return of<UnlockResult>('failed');
    }
    return this.auth.login({ email: user.email, password }).pipe(
      tap((again) => {
        this.session.start(again);
        this.forget();
      }),
      map((): UnlockResult => 'unlocked'),
      catchError((err: unknown) =>
        err instanceof HttpErrorResponse && (err.status === 401 || err.status === 400)
          ? of<UnlockResult>('wrong_password')
          : throwError(() => err),
      ),
    );
  }

  /** Drops the lock without unlocking (sign-out: the login page takes over). */
  forget(): void {
    this.writeFlag(false);
    this.state.set(false);
  }

  private schedule(delay: number): void {
    this.stopTimer();
    this.timer = setTimeout(() => {
      const quiet = Date.now() - this.lastActivity;
      if (quiet >= this.idleMs) {
        this.lock();
      } else {
        this.schedule(this.idleMs - quiet);
      }
    }, delay);
  }

  private stopTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private readFlag(): boolean {
    try {
      return this.document.defaultView?.sessionStorage.getItem(LOCKED_FLAG) === '1';
    } catch {
      return false;
    }
  }

  private writeFlag(locked: boolean): void {
    try {
      const storage = this.document.defaultView?.sessionStorage;
      if (locked) {
        storage?.setItem(LOCKED_FLAG, '1');
      } else {
        storage?.removeItem(LOCKED_FLAG);
      }
    } catch {
      // Storage may be unavailable (private mode); the in-memory lock still holds.
    }
  }
}
