import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { type Subscription, switchMap, takeWhile, timer } from 'rxjs';

import type {
  ExportFilters,
  ExportFormat,
  ExportKind,
  ExportResponse,
  ReportPeriod,
} from '@haven/contracts';

import { courtCivilDate } from '../../shared/dates/civil-date';
import { ExportsApi } from './exports.api';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  pdf: 'PDF',
};

const POLL_MS = 700;

/**
 * Asks for an export of one list (or the printable deadline report) and follows it while the
 * worker writes it: a progress bar, then a download link. The page stays usable meanwhile; the
 * file is the user's own and is never cached by the browser (the API sends it as an attachment).
 */
@Component({
  selector: 'hv-export-panel',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="export" [attr.aria-labelledby]="headingId">
      <h2 class="export-title" [id]="headingId">{{ title() }}</h2>
      <div class="export-form">
        @if (kind() === 'deadline_report') {
          <mat-form-field>
            <mat-label>Period</mat-label>
            <mat-select [(ngModel)]="period" name="period">
              <mat-option value="week">One week</mat-option>
              <mat-option value="month">One month</mat-option>
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>First day</mat-label>
            <input matInput type="date" [(ngModel)]="from" name="from" required />
          </mat-form-field>
        }
        @if (formats().length > 1) {
          <mat-form-field>
            <mat-label>Format</mat-label>
            <mat-select [(ngModel)]="format" name="format">
              @for (f of formats(); track f) {
                <mat-option [value]="f">{{ formatLabel(f) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <button mat-flat-button type="button" [disabled]="running()" (click)="start()">
          {{ buttonLabel() }}
        </button>
      </div>
      <p class="export-status" role="status">{{ statusText() }}</p>
      @if (running()) {
        <mat-progress-bar
          mode="determinate"
          [value]="job()?.progress ?? 0"
          aria-label="Export progress"
        />
      }
      @if (job(); as done) {
        @if (done.status === 'done' && done.downloadPath) {
          <a mat-stroked-button class="export-download" [href]="done.downloadPath" download>
            Download {{ formatLabel(done.format) }} ({{ done.rowCount }}
            {{ done.rowCount === 1 ? 'row' : 'rows' }})
          </a>
        }
      }
      @if (problem(); as message) {
        <p class="export-problem" role="alert">{{ message }}</p>
      }
    </section>
  `,
  styles: `
    .export {
      margin-block: 16px;
    }
    .export-title {
      font-size: 1.1rem;
      margin: 0 0 8px;
    }
    .export-form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: baseline;
    }
    .export-form mat-form-field {
      min-width: 0;
      flex: 1 1 160px;
      max-width: 240px;
    }
    .export-status:empty {
      display: none;
    }
    .export-download {
      margin-top: 8px;
    }
    .export-problem {
      color: var(--mat-sys-error, #b3261e);
    }
  `,
})
export class ExportPanelComponent {
  private static nextId = 0;
  private readonly api = inject(ExportsApi);
  private poll: Subscription | null = null;

  readonly kind = input.required<ExportKind>();
  readonly formats = input<ExportFormat[]>(['csv', 'xlsx']);
  readonly filters = input<ExportFilters>({});
  readonly title = input('Export');

  readonly headingId = `hv-export-${ExportPanelComponent.nextId++}`;
  protected format: ExportFormat = 'csv';
  protected period: ReportPeriod = 'week';
  protected from = courtCivilDate(new Date());

  readonly job = signal<ExportResponse | null>(null);
  readonly problem = signal<string | null>(null);
  readonly running = computed(() => {
    const status = this.job()?.status;
    return status === 'queued' || status === 'running';
  });
  readonly statusText = computed(() => {
    const job = this.job();
    if (!job) return '';
    switch (job.status) {
      case 'queued':
        return 'Export queued…';
      case 'running':
        return `Export ${job.progress}% written…`;
      case 'done':
        return 'Export ready to download.';
      case 'failed':
        return 'The export failed. Try again.';
      case 'expired':
        return 'The export has expired.';
    }
  });
  readonly buttonLabel = computed(() =>
    this.kind() === 'deadline_report' ? 'Export deadlines as PDF' : 'Export',
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.poll?.unsubscribe());
  }

  formatLabel(format: ExportFormat): string {
    return FORMAT_LABELS[format];
  }

  start(): void {
    this.problem.set(null);
    const report = this.kind() === 'deadline_report';
    const format: ExportFormat = report
      ? 'pdf'
      : this.formats().length > 1
        ? this.format
        : (this.formats()[0] ?? 'csv');
    const filters: ExportFilters = report
      ? { ...this.filters(), from: this.from, period: this.period }
      : this.filters();
    this.poll?.unsubscribe();
    this.poll = this.api
      .create({ kind: this.kind(), format, filters })
      .pipe(
        switchMap((created) => {
          this.job.set(created);
          return timer(POLL_MS, POLL_MS).pipe(
            switchMap(() => this.api.get(created.id)),
            takeWhile((job) => job.status === 'queued' || job.status === 'running', true),
          );
        }),
      )
      .subscribe({
        next: (job) => this.job.set(job),
        error: (err: { error?: { message?: string; errors?: Array<{ message?: string }> } }) => {
          this.job.set(null);
          this.problem.set(
            err.error?.errors?.[0]?.message ??
              err.error?.message ??
              'The export could not be started.',
          );
        },
      });
  }
}
