import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type Observable, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';

import type { QueueJobState, QueueStatusResponse } from '@haven/contracts';

import { refusalOf } from '../../shared/forms/server-errors';
import { QueueStatusApi } from './queue-status.api';

type Load =
  | { status: 'loading' }
  | { status: 'loaded'; data: QueueStatusResponse }
  | { status: 'failed'; message: string };

/** Each state in words, as the admin reads it; the job names stay as the worker logs them. */
export const QUEUE_STATE_LABELS: Readonly<Record<QueueJobState, string>> = {
  waiting: 'Waiting to run',
  delayed: 'Planned for later',
  active: 'Running now',
  completed: 'Done',
  failed: 'Failed',
};

const STATES = Object.keys(QUEUE_STATE_LABELS) as QueueJobState[];

/**
 * `/admin/queues`: the organisation's follow-up jobs, counted by state and listed newest first,
 * so an admin can see that reminders are being delivered without opening Redis.
 */
@Component({
  selector: 'hv-queue-status-page',
  imports: [DatePipe, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule],
  template: `
    <h1 class="title">Queue status</h1>
    <p class="note">Follow-up reminders waiting, planned, running, done and failed.</p>
    <div class="filters">
      <mat-form-field>
        <mat-label>Show</mat-label>
        <mat-select [value]="state()" (valueChange)="state.set($event)">
          <mat-option [value]="null">Every state</mat-option>
          @for (s of states; track s) {
            <mat-option [value]="s">{{ labels[s] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-stroked-button type="button" (click)="refresh.set(refresh() + 1)">Refresh</button>
    </div>
    @switch (load().status) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the queue" />
      }
      @case ('failed') {
        <p class="problem" role="alert">{{ failure() }}</p>
      }
    }
    @if (loaded(); as data) {
      <dl class="counts" aria-label="Jobs by state">
        @for (s of states; track s) {
          <div>
            <dt>{{ labels[s] }}</dt>
            <dd>{{ data.counts[s] }}</dd>
          </div>
        }
      </dl>
      @if (data.jobs.length === 0) {
        <p class="note">No jobs in this state.</p>
      } @else {
        <ul class="jobs" aria-label="Jobs, newest first">
          @for (job of data.jobs; track job.id) {
            <li>
              <p class="job-title">
                <strong>{{ job.name }}</strong> · {{ labels[job.state] }}
              </p>
              <p class="job-meta">
                Due {{ job.runAt | date: 'medium' }} · created
                {{ job.createdAt | date: 'medium' }} · {{ job.attempts }}
                {{ job.attempts === 1 ? 'attempt' : 'attempts' }}
              </p>
              @if (job.failedReason) {
                <p class="problem">Failed: {{ job.failedReason }}</p>
              }
            </li>
          }
        </ul>
      }
    }
  `,
  styleUrl: './admin-page.scss',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: baseline;
    }
    .counts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
      gap: 8px;
      margin: 8px 0 16px;
    }
    .counts div {
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .counts dt {
      font: var(--mat-sys-label-large);
    }
    .counts dd {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .jobs {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .jobs li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .job-title,
    .job-meta {
      margin: 0;
    }
    .job-meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueStatusPageComponent {
  private readonly api = inject(QueueStatusApi);

  protected readonly states = STATES;
  protected readonly labels = QUEUE_STATE_LABELS;
  protected readonly state = signal<QueueJobState | null>(null);
  protected readonly refresh = signal(0);

  protected readonly load = toSignal(
    combineLatest([toObservable(this.state), toObservable(this.refresh)]).pipe(
      switchMap(([state]) => this.fetch(state)),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  protected loaded(): QueueStatusResponse | null {
    const load = this.load();
    return load.status === 'loaded' ? load.data : null;
  }

  protected failure(): string {
    const load = this.load();
    return load.status === 'failed' ? load.message : '';
  }

  private fetch(state: QueueJobState | null): Observable<Load> {
    return this.api.status(state).pipe(
      map((data): Load => ({ status: 'loaded', data })),
      catchError((error: unknown) =>
        of<Load>({
          status: 'failed',
          message: refusalOf(error)?.message ?? 'The queue could not be read. Try again shortly.',
        }),
      ),
      startWith<Load>({ status: 'loading' }),
    );
  }
}
