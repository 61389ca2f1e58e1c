import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';

import type { ReportSection } from '@haven/contracts';

/**
 * A bar chart of one report section. It is decoration for sighted readers: the table beside it
 * holds the same numbers, so the canvas is hidden from assistive technology.
 */
@Component({
  selector: 'hv-report-chart',
  imports: [BaseChartDirective],
  template: `
    <div class="chart" aria-hidden="true">
      <canvas baseChart type="bar" [data]="data()" [options]="options"></canvas>
    </div>
  `,
  styles: `
    .chart {
      position: relative;
      width: 100%;
      max-width: 640px;
      min-height: 220px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportChartComponent {
  /** The section whose rows (except its total) become bars, one dataset per column. */
  readonly section = input.required<ReportSection>();

  protected readonly options: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: 'y',
    animation: false,
    scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
  };

  protected readonly data = computed<ChartConfiguration<'bar'>['data']>(() => {
    const section = this.section();
    const rows = section.rows.filter((r) => r.key !== '__total');
    return {
      labels: rows.map((r) => r.label),
      datasets: section.columns.map((column, i) => ({
        label: column.label,
        data: rows.map((r) => r.cells[i]?.count ?? 0),
      })),
    };
  });
}
