import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';

import type { CaseListResponse, CaseSummaryResponse } from '@haven/contracts';

import { type CaseloadFilter, CasesApi } from './cases.api';

type Status = 'idle' | 'loading' | 'loaded' | 'failed';

interface CaseloadState {
  filter: CaseloadFilter;
  items: readonly CaseSummaryResponse[];
  nextCursor: string | null;
  dueSoon: CaseListResponse['dueSoon'];
  searchMatches: CaseListResponse['searchMatches'];
  status: Status;
}

const INITIAL: CaseloadState = {
  filter: {},
  items: [],
  nextCursor: null,
  dueSoon: null,
  searchMatches: null,
  status: 'idle',
};

/**
 * The caseload the page shows. Provided by the page, so the cases leave memory with it (on
 * sign-out or an ended session the page is destroyed).
 */
@Injectable()
export class CaseloadStore {
  private readonly api = inject(CasesApi);
  private readonly state = signal<CaseloadState>(INITIAL);
  private request: Subscription | null = null;

  readonly items = computed(() => this.state().items);
  readonly loading = computed(() => this.state().status === 'loading');
  readonly failed = computed(() => this.state().status === 'failed');
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly empty = computed(() => this.state().status === 'loaded' && this.items().length === 0);
  /** Over the whole filtered caseload: cases overdue, and due within the next 7 days. */
  readonly dueSoon = computed(() => this.state().dueSoon);
  /**
   * With a search: how many cases match, up to the API's cap (`more` beyond it, when the due-soon
   * summary is not counted either).
   */
  readonly searchMatches = computed(() => this.state().searchMatches);
  readonly filter = computed(() => this.state().filter);
  readonly filtered = computed(() =>
    Object.entries(this.state().filter).some(
      ([key, value]) => key !== 'sort' && typeof value === 'string' && value !== '',
    ),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Starts over from the first page, with this filter and sort (or the current ones). */
  loadFirst(filter: CaseloadFilter = this.state().filter): void {
    this.state.update((s) => ({ ...s, filter, items: [], nextCursor: null }));
    this.fetch(null, (_, page) => page.items);
  }

  /** Appends the next page; does nothing while a page is loading or when there is none. */
  loadMore(): void {
    const { nextCursor, status } = this.state();
    if (nextCursor === null || status === 'loading') {
      return;
    }
    this.fetch(nextCursor, (items, page) => [...items, ...withoutIds(page.items, items)]);
  }

  /** Tries the failed request again: the first page if nothing is shown yet, else the next one. */
  retry(): void {
    if (this.items().length === 0) {
      this.loadFirst();
    } else {
      this.loadMore();
    }
  }

  /** Puts a case the user just created at the top of the list. */
  added(created: CaseSummaryResponse): void {
    this.state.update((s) => ({
      ...s,
      items: [created, ...s.items.filter((item) => item.id !== created.id)],
    }));
  }

  private fetch(
    cursor: string | null,
    merge: (items: readonly CaseSummaryResponse[], page: CaseListResponse) => CaseSummaryResponse[],
  ): void {
    this.request?.unsubscribe();
    this.state.update((s) => ({ ...s, status: 'loading' }));
    this.request = this.api.list(cursor, this.state().filter).subscribe({
      next: (page) => {
        this.state.update((s) => ({
          ...s,
          items: merge(s.items, page),
          nextCursor: page.nextCursor,
          // Each page answers for the whole filtered caseload; null means "not counted".
          dueSoon: page.dueSoon === undefined ? s.dueSoon : page.dueSoon,
          searchMatches: page.searchMatches ?? null,
          status: 'loaded',
        }));
      },
      error: () => this.state.update((s) => ({ ...s, status: 'failed' })),
    });
  }
}

// A case created on this page may come round again on a later page; show it once.
function withoutIds(
  page: readonly CaseSummaryResponse[],
  shown: readonly CaseSummaryResponse[],
): CaseSummaryResponse[] {
  const ids = new Set(shown.map((item) => item.id));
  return page.filter((item) => !ids.has(item.id));
}
