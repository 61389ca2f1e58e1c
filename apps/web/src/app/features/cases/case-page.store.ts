import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type Subscription, catchError, forkJoin, map, of } from 'rxjs';

import type {
  CaseDetailResponse,
  HearingResponse,
  NoteSummaryResponse,
  OrderResponse,
  ServiceAttemptResponse,
  TimelineEntry,
} from '@haven/contracts';

import { CasesApi } from './cases.api';
import { CaseRecordsApi } from './records/case-records.api';

/** What happened in the case: timeline, orders, hearings, notes and service attempts (no secrets). */
export interface CaseRecords {
  timeline: TimelineEntry[];
  orders: OrderResponse[];
  hearings: HearingResponse[];
  notes: NoteSummaryResponse[];
  /** Without their notes: those are revealed one attempt at a time. */
  serviceAttempts: ServiceAttemptResponse[];
}

/** One task of the case, as its timeline lists it. */
export interface CaseTask {
  id: string;
  title: string;
  dueOn: string;
  status: string;
  assigneeName: string | null;
  sourceRule: string | null;
  /** The order whose prefilled motion-to-extend draft the task asks for, else null. */
  draftOrderId: string | null;
}

type DetailStatus = 'loading' | 'loaded' | 'missing' | 'failed';

interface State {
  caseId: string | null;
  status: DetailStatus;
  detail: CaseDetailResponse | null;
  records: CaseRecords | null;
  recordsFailed: boolean;
}

const INITIAL: State = {
  caseId: null,
  status: 'loading',
  detail: null,
  records: null,
  recordsFailed: false,
};

/**
 * The case page's data. Provided by the page, so the case leaves memory with it. After any
 * recorded event the page calls `refresh()`: the API recomputed the deadlines in the same
 * transaction, so the new answer is the one to show.
 */
@Injectable()
export class CasePageStore {
  private readonly cases = inject(CasesApi);
  private readonly records = inject(CaseRecordsApi);
  private readonly state = signal<State>(INITIAL);
  private detailRequest: Subscription | null = null;
  private recordsRequest: Subscription | null = null;

  readonly caseId = computed(() => this.state().caseId);
  readonly loading = computed(() => this.state().status === 'loading');
  readonly missing = computed(() => this.state().status === 'missing');
  readonly failed = computed(() => this.state().status === 'failed');
  readonly detail = computed(() => this.state().detail);
  readonly recordsFailed = computed(() => this.state().recordsFailed);
  readonly timeline = computed(() => this.state().records?.timeline ?? []);
  readonly orders = computed(() => this.state().records?.orders ?? []);
  readonly hearings = computed(() => this.state().records?.hearings ?? []);
  readonly notes = computed(() => this.state().records?.notes ?? []);
  readonly serviceAttempts = computed(() => this.state().records?.serviceAttempts ?? []);
  readonly recordsLoaded = computed(() => this.state().records !== null);
  /** Hearings still to be held: the ones a continuance or an outcome can be recorded for. */
  readonly openHearings = computed(() => this.hearings().filter((h) => h.outcome === null));
  readonly tasks = computed(() => tasksOf(this.timeline()));

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.detailRequest?.unsubscribe();
      this.recordsRequest?.unsubscribe();
    });
  }

  /** Shows another case: forgets the one shown before, then loads everything. */
  open(caseId: string): void {
    this.state.set({ ...INITIAL, caseId });
    this.refresh();
  }

  /** Reloads the case and its records, keeping what is shown until the answers arrive. */
  refresh(): void {
    const caseId = this.state().caseId;
    if (caseId === null) {
      return;
    }
    this.detailRequest?.unsubscribe();
    this.recordsRequest?.unsubscribe();
    if (this.state().detail === null) {
      this.state.update((s) => ({ ...s, status: 'loading' }));
    }
    this.detailRequest = this.cases.get(caseId).subscribe({
      next: (detail) => this.state.update((s) => ({ ...s, status: 'loaded', detail })),
      error: (err: unknown) =>
        this.state.update((s) => ({ ...s, status: isMissing(err) ? 'missing' : 'failed' })),
    });
    this.recordsRequest = forkJoin({
      timeline: this.records.timeline(caseId).pipe(map((t) => t.entries)),
      orders: this.records.orders(caseId).pipe(map((o) => o.items)),
      hearings: this.records.hearings(caseId),
      notes: this.records.notes(caseId).pipe(map((n) => n.items)),
      serviceAttempts: this.records.serviceAttempts(caseId),
    })
      .pipe(catchError(() => of(null)))
      .subscribe((records) =>
        this.state.update((s) =>
          records ? { ...s, records, recordsFailed: false } : { ...s, recordsFailed: true },
        ),
      );
  }
}

// 404: not in this organisation or not on this advocate's caseload; 400: not a case id at all.
function isMissing(err: unknown): boolean {
  return err instanceof HttpErrorResponse && (err.status === 404 || err.status === 400);
}

function text(value: string | string[] | null | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

/** The case's tasks: the timeline lists each one once as due, with its status. */
export function tasksOf(timeline: readonly TimelineEntry[]): CaseTask[] {
  return timeline
    .filter((entry) => entry.kind === 'task_due' && entry.refs.taskId)
    .map((entry) => ({
      id: entry.refs.taskId ?? '',
      title: entry.title.replace(/^Task due: /, ''),
      dueOn: entry.at.date,
      status: text(entry.details['status']) ?? 'open',
      assigneeName: text(entry.details['assigneeName']),
      sourceRule: text(entry.details['sourceRule']),
      draftOrderId:
        text(entry.details['draft']) === 'extension_motion' ? (entry.refs.orderId ?? null) : null,
    }));
}
