import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { aSessionUser } from '../../../testing/builders';
import { SessionStore } from './session.store';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks the API who is signed in only once, however many guards ask', async () => {
    const first = store.load();
    const second = store.load();
    http.expectOne('/api/auth/me').flush(aSessionUser());

    await expect(first).resolves.toEqual(aSessionUser());
    await expect(second).resolves.toEqual(aSessionUser());
    await expect(store.load()).resolves.toEqual(aSessionUser());
    expect(store.signedIn()).toBe(true);
  });

  it('answers "nobody" without asking again once the API said 401', async () => {
    const answer = store.load();
    http.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });

    await expect(answer).resolves.toBeNull();
    await expect(store.load()).resolves.toBeNull();
    expect(store.user()).toBeNull();
  });

  it('asks again after a server error instead of remembering it as signed out', async () => {
    const failed = store.load();
    http.expectOne('/api/auth/me').flush(null, { status: 503, statusText: 'Unavailable' });
    await expect(failed).rejects.toMatchObject({ status: 503 });

    const retried = store.load();
    http.expectOne('/api/auth/me').flush(aSessionUser());
    await expect(retried).resolves.toEqual(aSessionUser());
  });

  it('keeps the user the login call returned and forgets it on clear', async () => {
    store.start(aSessionUser({ displayName: 'Ada Marsh' }));
    expect(store.user()?.displayName).toBe('Ada Marsh');
    await expect(store.load()).resolves.toMatchObject({ displayName: 'Ada Marsh' });

    store.clear();

    expect(store.signedIn()).toBe(false);
    await expect(store.load()).resolves.toBeNull();
  });
});
