import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';

import type {
  ReportCell,
  ReportDrillResponse,
  ReportId,
  ReportRunResponse,
  ReportSection,
} from '@haven/contracts';

import { courtCivilDate } from '../../shared/dates/civil-date';
import { ReportChartComponent } from './report-chart.component';
import { currentPeriod } from './report-periods';
import { ReportsApi } from './reports.api';

const PART_NAMES: Readonly<Record<number, string[]>> = {
  1: ['Whole year'],
  2: ['January–June', 'July–December'],
  4: ['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4'],
};

/** Staff and supervisors run a funder report for a period: tables, charts, CSV and drill-down. */
@Component({
  selector: 'hv-reports-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    ReportChartComponent,
  ],
  templateUrl: './reports-page.component.html',
  styleUrl: './reports-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPageComponent {
  private readonly api = inject(ReportsApi);

  protected readonly list = toSignal(this.api.list().pipe(catchError(() => of(null))));
  protected readonly reportId = signal<ReportId>('voca-pmt');
  // Federal FY quarter of today, as for the default report (VOCA).
  protected readonly year = signal(
    currentPeriod('federal_fy_quarter', courtCivilDate(new Date())).year,
  );
  protected readonly part = signal(
    currentPeriod('federal_fy_quarter', courtCivilDate(new Date())).part,
  );
  protected readonly running = signal(false);
  protected readonly result = signal<ReportRunResponse | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly drilled = signal<{ title: string; answer: ReportDrillResponse } | null>(null);

  protected readonly chosen = computed(
    () => this.list()?.items.find((r) => r.id === this.reportId()) ?? null,
  );
  protected readonly parts = computed(() => PART_NAMES[this.chosen()?.parts ?? 1] ?? []);

  /** Choosing a report opens it on the period of its own calendar that contains today. */
  protected choose(id: ReportId): void {
    this.reportId.set(id);
    const calendar = this.list()?.items.find((r) => r.id === id)?.calendar ?? 'calendar_year';
    const period = currentPeriod(calendar, courtCivilDate(new Date()));
    this.year.set(period.year);
    this.part.set(period.part);
  }

  protected run(): void {
    this.running.set(true);
    this.error.set(null);
    this.drilled.set(null);
    this.api.run({ report: this.reportId(), year: this.year(), part: this.part() }).subscribe({
      next: (result) => {
        this.result.set(result);
        this.running.set(false);
      },
      error: (err: { error?: { fields?: Array<{ field: string; message: string }> } }) => {
        const field = err.error?.fields?.[0];
        this.error.set(field ? `${field.field} ${field.message}` : 'The report could not be run.');
        this.running.set(false);
      },
    });
  }

  protected download(): void {
    const result = this.result();
    if (!result) return;
    const url = URL.createObjectURL(new Blob([result.csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.csvFilename;
    link.click();
    URL.revokeObjectURL(url);
  }

  protected drill(
    section: ReportSection,
    rowLabel: string,
    rowKey: string,
    cell: ReportCell,
  ): void {
    const result = this.result();
    if (!result) return;
    this.api
      .drill({
        report: result.report,
        year: this.year(),
        part: this.part(),
        section: section.id,
        row: rowKey,
        column: cell.column,
      })
      .subscribe((answer) => this.drilled.set({ title: `${section.title}: ${rowLabel}`, answer }));
  }

  protected columnLabel(section: ReportSection, key: string): string {
    return section.columns.find((c) => c.key === key)?.label ?? key;
  }
}
