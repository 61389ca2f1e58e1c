import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
  viewChildren,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import type { AtRiskItem } from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';
import { DeadlineKindLabelPipe } from '../../shared/labels/label.pipes';
import { OrderKindLabelPipe } from '../../shared/labels/order-kind-label.pipe';
import { RuleTitlePipe } from '../../shared/labels/rule-label.pipes';
import { BoardApi } from './board.api';
import { atRiskReasonLabel, courtDaysLeftLabel } from './board-labels';

/**
 * The orders whose protection is at risk, each with the rules that make it urgent: the API's
 * first page, then the next pages on request ("Show more"), most urgent first (issue 18).
 */
@Component({
  selector: 'hv-at-risk-list',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    CivilDatePipe,
    CivilTimePipe,
    DeadlineKindLabelPipe,
    OrderKindLabelPipe,
    RuleTitlePipe,
  ],
  templateUrl: './at-risk-list.component.html',
  styleUrl: './at-risk-list.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AtRiskListComponent {
  private readonly api = inject(BoardApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  /** The first page of at-risk orders, most urgent first (as the API sends them). */
  readonly items = input.required<readonly AtRiskItem[]>();
  /** Today in Virginia, 'YYYY-MM-DD': a lapse or an unserved order is "since", not "due". */
  readonly today = input<string>('');
  /** How many items the whole list holds. */
  readonly total = input<number>(0);
  /** The first page's `nextCursor`: null when it was the whole list. */
  readonly nextCursor = input<string | null>(null);
  /** The court days the first page was asked for; the next pages ask the same. */
  readonly courtDays = input<number | undefined>(undefined);

  /** Pages read after the first; a new first page starts over. */
  private readonly more = linkedSignal<readonly AtRiskItem[], readonly AtRiskItem[]>({
    source: this.items,
    computation: () => [],
  });
  private readonly cursor = linkedSignal(() => this.nextCursor());
  protected readonly loading = signal(false);
  protected readonly shown = computed(() => [...this.items(), ...this.more()]);
  protected readonly hasMore = computed(() => this.cursor() !== null);
  private readonly caseLinks = viewChildren<ElementRef<HTMLAnchorElement>>('caseLink');

  protected readonly reasonLabel = atRiskReasonLabel;
  protected readonly daysLeftLabel = courtDaysLeftLabel;

  protected showMore(): void {
    const after = this.cursor();
    if (after === null || this.loading()) return;
    this.loading.set(true);
    this.api
      .atRisk({ after, courtDays: this.courtDays() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          const firstNew = this.shown().length;
          this.more.update((items) => [...items, ...page.items]);
          this.cursor.set(page.nextCursor);
          this.loading.set(false);
          // The keyboard goes on from the first order just read: after the last page the button
          // is gone, and focus would fall back to the top of the page.
          afterNextRender(() => this.caseLinks()[firstNew]?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        // The error interceptor tells the user; the button stays for another try.
        error: () => this.loading.set(false),
      });
  }
}
