import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { appRoutes } from '../../app.routes';
import { SessionStore } from '../../core/auth/session.store';
import { aSessionUser } from '../../../testing/builders';

describe('NoCaseAccessPageComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter(appRoutes), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('is where an admin lands: it says what the role does, and loads no cases', async () => {
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'admin' }));

    const harness = await RouterTestingHarness.create('/cases');

    expect(TestBed.inject(Router).url).toBe('/no-case-access');
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('No case access');
    expect(page.textContent).toContain('Your role manages users and court closures.');
    const links = [...page.querySelectorAll('nav[aria-labelledby="admin-tasks-heading"] a')].map(
      (a) => a.getAttribute('href'),
    );
    expect(links).toEqual([
      '/admin/users',
      '/admin/court-closures',
      '/admin/followup-settings',
      '/rules',
    ]);
    http.expectNone((req) => req.url.startsWith('/api/cases'));
  });

  it('is not shown to a role with a caseload', async () => {
    TestBed.inject(SessionStore).start(aSessionUser({ role: 'staff' }));

    await RouterTestingHarness.create('/no-case-access');

    expect(TestBed.inject(Router).url).toBe('/cases');
    http.expectOne((req) => req.url === '/api/cases');
    // The caseload's court filter chooses from the court directory.
    http.expectOne((req) => req.url === '/api/courts');
  });
});
