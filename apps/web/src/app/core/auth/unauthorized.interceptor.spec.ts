import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { aSessionUser } from '../../../testing/builders';
import { AuthApi } from './auth.api';
import { SessionStore } from './session.store';
import { unauthorizedInterceptor } from './unauthorized.interceptor';

describe('unauthorizedInterceptor', () => {
  let http: HttpTestingController;
  let session: SessionStore;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([unauthorizedInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    session.start(aSessionUser());
    navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  });

  it('forgets the session and goes to the login page when an API call answers 401', async () => {
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/cases'));
    http.expectOne('/api/cases').flush(null, { status: 401, statusText: 'Unauthorized' });

    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(session.user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('leaves a wrong password to the login page', async () => {
    const call = firstValueFrom(
      TestBed.inject(AuthApi).login({ email: 'wren@example.org', password: 'not-it' }),
    );
    http.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });

    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(session.signedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores other statuses', async () => {
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/cases'));
    http.expectOne('/api/cases').flush(null, { status: 403, statusText: 'Forbidden' });

    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(session.signedIn()).toBe(true);
  });
});
