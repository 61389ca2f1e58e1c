import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type GuardResult,
  type MaybeAsync,
  Router,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import { firstValueFrom, isObservable } from 'rxjs';
import { beforeEach, describe, expect, it } from 'vitest';

import { aSessionUser } from '../../../testing/builders';
import { authGuard, guestGuard } from './auth.guard';
import { SessionStore } from './session.store';

type Guard = typeof authGuard;

async function run(guard: Guard): Promise<string | boolean> {
  const result: MaybeAsync<GuardResult> = TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
  );
  const settled = await (isObservable(result) ? firstValueFrom(result) : result);
  return typeof settled === 'boolean'
    ? settled
    : TestBed.inject(Router).serializeUrl(settled as never);
}

describe('authGuard and guestGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('sends someone without a session to the login page', async () => {
    const decision = run(authGuard);
    http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    await expect(decision).resolves.toBe('/login');
  });

  it('lets a signed-in user reach the caseload', async () => {
    const decision = run(authGuard);
    http.expectOne('/api/auth/me').flush(aSessionUser());

    await expect(decision).resolves.toBe(true);
  });

  it('sends everyone to the login page when the API cannot say who is signed in', async () => {
    const decision = run(authGuard);
    http.expectOne('/api/auth/me').error(new ProgressEvent('error'));

    await expect(decision).resolves.toBe('/login');
  });

  it('sends a signed-in user from the login page to the caseload, without asking the API', async () => {
    TestBed.inject(SessionStore).start(aSessionUser());

    await expect(run(guestGuard)).resolves.toBe('/cases');
    http.expectNone('/api/auth/me');
  });

  it('shows the login page to someone without a session', async () => {
    TestBed.inject(SessionStore).clear();

    await expect(run(guestGuard)).resolves.toBe(true);
  });
});
