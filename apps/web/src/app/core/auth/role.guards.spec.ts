import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type Route,
  Router,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Role } from '@haven/contracts';

import { aSessionUser } from '../../../testing/builders';
import { caseAccessGuard, caseCreatorGuard, noCaseAccessGuard } from './role.guards';
import { SessionStore } from './session.store';

describe('role guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  function as(role: Role): void {
    TestBed.inject(SessionStore).start(aSessionUser({ role }));
  }

  async function settle(result: unknown): Promise<string | boolean> {
    const settled = (await result) as boolean | Parameters<Router['serializeUrl']>[0];
    return typeof settled === 'boolean' ? settled : TestBed.inject(Router).serializeUrl(settled);
  }

  const match = (guard: typeof caseAccessGuard) =>
    settle(TestBed.runInInjectionContext(() => guard({} as Route, [])));
  const activate = (guard: typeof caseCreatorGuard) =>
    settle(
      TestBed.runInInjectionContext(() =>
        guard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
      ),
    );

  it.each<Role>(['advocate', 'supervisor', 'staff'])('lets %s into the cases', async (role) => {
    as(role);
    await expect(match(caseAccessGuard)).resolves.toBe(true);
    await expect(match(noCaseAccessGuard)).resolves.toBe('/cases');
  });

  it('sends an admin, who has no case access, to the page that says so', async () => {
    as('admin');
    await expect(match(caseAccessGuard)).resolves.toBe('/no-case-access');
    await expect(match(noCaseAccessGuard)).resolves.toBe(true);
  });

  it('sends someone without a session to sign in', async () => {
    const decision = match(caseAccessGuard);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/me')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(decision).resolves.toBe('/login');
  });

  it('opens the intake form only to roles that can open cases', async () => {
    as('staff');
    await expect(activate(caseCreatorGuard)).resolves.toBe('/cases');
    as('supervisor');
    await expect(activate(caseCreatorGuard)).resolves.toBe(true);
  });
});
