import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { aCaseSummary } from '../../../testing/builders';
import { CaseloadStore } from './caseload.store';

describe('CaseloadStore', () => {
  let store: CaseloadStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [CaseloadStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CaseloadStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the first page and then the next one with the cursor it was given', () => {
    const first = aCaseSummary();
    const second = aCaseSummary();
    store.loadFirst();
    http
      .expectOne((req) => req.url === '/api/cases' && !req.params.has('cursor'))
      .flush({ items: [first], nextCursor: 'c1' });
    expect(store.hasMore()).toBe(true);

    store.loadMore();
    const next = http.expectOne((req) => req.params.get('cursor') === 'c1');
    expect(next.request.params.get('limit')).toBe('50');
    next.flush({ items: [second], nextCursor: null });

    expect(store.items().map((item) => item.id)).toEqual([first.id, second.id]);
    expect(store.hasMore()).toBe(false);
  });

  it('shows a case created on the page once, even when a later page brings it again', () => {
    const older = aCaseSummary();
    store.loadFirst();
    http.expectOne(() => true).flush({ items: [older], nextCursor: 'c1' });
    const created = aCaseSummary({ openedOn: '2025-12-01' });

    store.added(created);
    store.loadMore();
    http.expectOne(() => true).flush({ items: [created], nextCursor: null });

    expect(store.items().map((item) => item.id)).toEqual([created.id, older.id]);
  });

  it('asks for one page at a time', () => {
    store.loadFirst();
    http.expectOne(() => true).flush({ items: [aCaseSummary()], nextCursor: 'c1' });

    store.loadMore();
    store.loadMore();

    expect(http.match(() => true)).toHaveLength(1);
  });

  it('is empty only after an answer with no cases', () => {
    expect(store.empty()).toBe(false);
    store.loadFirst();
    expect(store.loading()).toBe(true);

    http.expectOne(() => true).flush({ items: [], nextCursor: null });

    expect(store.empty()).toBe(true);
  });

  it('keeps what it showed when the next page fails, and tries that page again', () => {
    const shown = aCaseSummary();
    store.loadFirst();
    http.expectOne(() => true).flush({ items: [shown], nextCursor: 'c1' });
    store.loadMore();
    http.expectOne(() => true).flush(null, { status: 503, statusText: 'Unavailable' });
    expect(store.failed()).toBe(true);

    store.retry();

    http
      .expectOne((req) => req.params.get('cursor') === 'c1')
      .flush({ items: [], nextCursor: null });
    expect(store.items()).toEqual([shown]);
  });
});
