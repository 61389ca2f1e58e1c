import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { aSessionUser } from '../../../testing/builders';
import { SessionStore } from '../auth/session.store';
import { ShellComponent } from '../shell/shell.component';
import { IDLE_LOCK_MS, IdleLockService, idleLockMsOf } from './idle-lock.service';

const SECRET = '417 Quillfeather Lane, Fairfax, VA';

@Component({ selector: 'hv-secret-page', template: `<p class="secret">${SECRET}</p>` })
class SecretPageComponent {}

@Component({ selector: 'hv-dialog-body', template: `<p>${SECRET}</p>` })
class SecretDialogComponent {}

describe('the idle lock', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: '',
            component: ShellComponent,
            children: [
              { path: 'cases', component: SecretPageComponent },
              // The main nav links to these; they only need to exist.
              { path: '**', component: SecretPageComponent },
            ],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: IDLE_LOCK_MS, useValue: 60_000 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).start(aSessionUser({ email: 'wren@example.org' }));
  });

  afterEach(() => {
    http.verify();
    vi.useRealTimers();
    sessionStorage.clear();
  });

  async function openShell() {
    const harness = await RouterTestingHarness.create('/cases');
    const root = harness.fixture.nativeElement as HTMLElement;
    return { harness, root };
  }

  it('locks after the quiet period, and activity postpones it', async () => {
    vi.useFakeTimers();
    const { harness, root } = await openShell();
    const lock = TestBed.inject(IdleLockService);

    vi.advanceTimersByTime(50_000);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(50_000);
    expect(lock.locked()).toBe(false);

    vi.advanceTimersByTime(11_000);
    expect(lock.locked()).toBe(true);
    harness.fixture.detectChanges();
    expect(root.textContent).toContain('Haven is locked');
  });

  it('removes the page and any open dialog from the DOM, not just covers them', async () => {
    const { harness, root } = await openShell();
    expect(root.textContent).toContain(SECRET);
    TestBed.inject(MatDialog).open(SecretDialogComponent);
    await harness.fixture.whenStable();

    TestBed.inject(IdleLockService).lock();
    await firstValueFrom(TestBed.inject(MatDialog).afterAllClosed);
    await harness.fixture.whenStable();

    expect(root.querySelector('.secret')).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(sessionStorage.getItem('haven.locked')).toBe('1');
  });

  it('unlocks only with the signed-in user’s password, checked by signing in again', async () => {
    const { harness, root } = await openShell();
    const lock = TestBed.inject(IdleLockService);
    lock.lock();
    await harness.fixture.whenStable();

    let result: string | undefined;
    lock.unlock('not it').subscribe((r) => (result = r));
    http
      .expectOne('/api/auth/login')
      .flush({ error: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    expect(result).toBe('wrong_password');
    expect(lock.locked()).toBe(true);

    lock.unlock('haven-demo-passphrase').subscribe((r) => (result = r));
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({
      email: 'wren@example.org',
      password: 'haven-demo-passphrase',
    });
    login.flush(aSessionUser({ email: 'wren@example.org' }));
    await harness.fixture.whenStable();

    expect(result).toBe('unlocked');
    expect(lock.locked()).toBe(false);
    expect(sessionStorage.getItem('haven.locked')).toBeNull();
    expect(root.textContent).toContain(SECRET);
  });

  it('ends with the session, so the next sign-in starts unlocked', () => {
    const lock = TestBed.inject(IdleLockService);
    TestBed.tick();
    lock.lock();
    TestBed.inject(SessionStore).clear();
    TestBed.tick();

    TestBed.inject(SessionStore).start(aSessionUser());
    expect(lock.locked()).toBe(false);
    expect(sessionStorage.getItem('haven.locked')).toBeNull();
  });
});

describe('idleLockMsOf', () => {
  function documentWith(content: string | null): Document {
    const doc = document.implementation.createHTMLDocument('t');
    if (content !== null) {
      const meta = doc.createElement('meta');
      meta.name = 'haven-idle-lock-minutes';
      meta.content = content;
      doc.head.append(meta);
    }
    return doc;
  }

  it('reads the quiet period from index.html, defaulting to five minutes', () => {
    expect(idleLockMsOf(documentWith(null))).toBe(300_000);
    expect(idleLockMsOf(documentWith('2'))).toBe(120_000);
    expect(idleLockMsOf(documentWith('0'))).toBe(300_000);
    expect(idleLockMsOf(documentWith('soon'))).toBe(300_000);
  });
});
