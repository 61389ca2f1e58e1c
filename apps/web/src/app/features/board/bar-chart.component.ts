import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { Bar } from './board-charts';

/**
 * A horizontal bar chart drawn as a table: each row names its bar and states its number, so a
 * screen reader reads a plain table and nobody has to judge a bar's length to know the count.
 */
@Component({
  selector: 'hv-bar-chart',
  template: `
    <table class="chart">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{{ labelHeading() }}</th>
          <th scope="col">{{ valueHeading() }}</th>
        </tr>
      </thead>
      <tbody>
        @for (bar of bars(); track bar.label) {
          <tr>
            <th scope="row" class="label">{{ bar.label }}</th>
            <td class="value">
              <span class="bar" aria-hidden="true" [style.width.%]="percent(bar.value)"></span>
              <span class="number">{{ bar.value }}</span>
            </td>
          </tr>
        } @empty {
          <tr>
            <td colspan="2" class="empty">Nothing to count.</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .chart {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-bottom: 8px;
    }
    .label {
      text-align: start;
      font: var(--mat-sys-body-medium);
      font-weight: 400;
      padding: 4px 12px 4px 0;
      white-space: nowrap;
      width: 1%;
    }
    .value {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 4px 0;
    }
    .bar {
      display: inline-block;
      height: 16px;
      min-width: 2px;
      background: var(--mat-sys-primary);
      border-radius: 2px;
    }
    .number {
      font-variant-numeric: tabular-nums;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChartComponent {
  /** What the chart shows, read as the table's caption. */
  readonly caption = input.required<string>();
  /** The bars, in the order they are drawn. */
  readonly bars = input.required<readonly Bar[]>();
  /** Heading of the label column (hidden visually, read by screen readers). */
  readonly labelHeading = input('Group');
  /** Heading of the number column (hidden visually, read by screen readers). */
  readonly valueHeading = input('Count');

  private readonly max = computed(() => Math.max(1, ...this.bars().map((b) => b.value)));

  protected percent(value: number): number {
    // Leave room for the number beside the longest bar.
    return (value / this.max()) * 85;
  }
}
