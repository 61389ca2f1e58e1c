import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type Observable,
  Subject,
  catchError,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import {
  type AtRiskResponse,
  BOARD_DAYS,
  type BoardDays,
  type BoardGroup,
  type BoardItem,
  type BoardResponse,
  type TaskResponse,
} from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';
import { ExportPanelComponent } from '../exports/export-panel.component';
import { AtRiskListComponent } from './at-risk-list.component';
import { LawChangeReviewsComponent } from './law-change-reviews.component';
import { BarChartComponent } from './bar-chart.component';
import { BoardApi } from './board.api';
import { deadlinesPerWeek, openTasksPerAdvocate } from './board-charts';
import { ReassignDialogComponent, type ReassignDialogData } from './reassign-dialog.component';

type Loaded<T> = { status: 'loading' } | { status: 'loaded'; value: T } | { status: 'failed' };

/** The pages of a group loaded after its first, for the board response they continue. */
interface MorePages {
  items: BoardItem[];
  nextCursor: string | null;
  loading: boolean;
}

/** A group as the page shows it: its first page and the pages loaded since. */
export interface GroupView {
  key: string;
  group: BoardGroup;
  name: string;
  items: BoardItem[];
  nextCursor: string | null;
  /** Items of the group not shown yet. */
  left: number;
  loading: boolean;
}

/**
 * `/board` (supervisors): the orders whose protection is at risk, then the open deadlines and
 * tasks of the organisation for the next 7, 30 or 90 days by advocate, with task reassignment.
 * Every advocate's group shows its exact counts and first items, overdue first; "Show more" loads
 * the next page of that group. `?days=` and `?reassign=<taskId>` make a view and a reassignment
 * linkable.
 */
@Component({
  selector: 'hv-board-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    CivilDatePipe,
    CivilTimePipe,
    AtRiskListComponent,
    LawChangeReviewsComponent,
    BarChartComponent,
    ExportPanelComponent,
  ],
  templateUrl: './board-page.component.html',
  styleUrl: './board-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardPageComponent {
  private readonly api = inject(BoardApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly boardReloads = new Subject<void>();
  private readonly atRiskReloads = new Subject<void>();
  private openDialog: MatDialogRef<ReassignDialogComponent, TaskResponse> | null = null;
  // The `?reassign=` value already acted on, so a reload while the URL catches up reopens nothing.
  private handledReassign: string | null = null;

  protected readonly horizons = BOARD_DAYS;
  protected readonly columns = ['due', 'what', 'case', 'rule', 'actions'];
  protected readonly announcement = signal('');

  private readonly query = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });
  protected readonly days = computed(() => parseDays(this.query().get('days')));
  private readonly reassignId = computed(() => this.query().get('reassign'));

  private readonly boardView = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => parseDays(params.get('days'))),
      distinctUntilChanged(),
      switchMap((days) =>
        this.boardReloads.pipe(
          startWith(undefined),
          switchMap(() => loaded(this.api.board(days))),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Loaded<BoardResponse> },
  );
  private readonly atRiskView = toSignal(
    this.atRiskReloads.pipe(
      startWith(undefined),
      switchMap(() => loaded(this.api.atRisk())),
    ),
    { initialValue: { status: 'loading' } as Loaded<AtRiskResponse> },
  );

  protected readonly board = computed(() => valueOf(this.boardView()));
  protected readonly boardLoading = computed(() => this.boardView().status === 'loading');
  protected readonly boardFailed = computed(() => this.boardView().status === 'failed');
  protected readonly atRisk = computed(() => valueOf(this.atRiskView()));
  protected readonly atRiskLoading = computed(() => this.atRiskView().status === 'loading');
  protected readonly atRiskFailed = computed(() => this.atRiskView().status === 'failed');

  // Keyed by the board answer they continue, so a reload or another horizon starts afresh.
  private readonly more = signal<{ board: BoardResponse | null; pages: Map<string, MorePages> }>({
    board: null,
    pages: new Map(),
  });

  protected readonly groups = computed((): GroupView[] => {
    const board = this.board();
    if (!board) return [];
    const more = this.more();
    return board.groups.map((group) => {
      const key = group.advocate?.id ?? 'unassigned';
      const extra = more.board === board ? more.pages.get(key) : undefined;
      const items = extra ? [...group.items, ...extra.items] : group.items;
      return {
        key,
        group,
        name: group.advocate?.displayName ?? 'Unassigned',
        items,
        nextCursor: extra ? extra.nextCursor : group.nextCursor,
        left: Math.max(0, group.total - items.length),
        loading: extra?.loading ?? false,
      };
    });
  });

  protected readonly weekBars = computed(() => {
    const board = this.board();
    return board ? deadlinesPerWeek(board) : [];
  });
  protected readonly taskBars = computed(() => {
    const board = this.board();
    return board ? openTasksPerAdvocate(board.groups) : [];
  });

  constructor() {
    // Opens the dialog a `?reassign=` link names, once the board holds that task.
    effect(() => {
      const taskId = this.reassignId();
      const board = this.board();
      if (taskId === null) {
        this.handledReassign = null;
      } else if (board && !this.openDialog && taskId !== this.handledReassign) {
        this.handledReassign = taskId;
        this.openReassign(taskId, board);
      }
    });
    this.destroyRef.onDestroy(() => this.openDialog?.close());
  }

  protected chooseDays(days: BoardDays): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { days },
      queryParamsHandling: 'merge',
    });
  }

  protected reassign(item: BoardItem): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { reassign: item.id },
      queryParamsHandling: 'merge',
    });
  }

  protected retryBoard(): void {
    this.boardReloads.next();
  }

  protected retryAtRisk(): void {
    this.atRiskReloads.next();
  }

  protected groupHeading(view: GroupView): string {
    const { total, overdueCount } = view.group;
    const items = `${total} ${total === 1 ? 'item' : 'items'}`;
    return `${view.name}: ${items}${overdueCount > 0 ? `, ${overdueCount} overdue` : ''}`;
  }

  /** Loads the group's next page below the rows shown; says how many are left when it lands. */
  protected showMore(view: GroupView): void {
    const board = this.board();
    if (!board || !view.nextCursor || view.loading) return;
    const save = (pages: MorePages) =>
      this.more.update((more) => {
        const all = new Map(more.board === board ? more.pages : []);
        all.set(view.key, pages);
        return { board, pages: all };
      });
    const shown = view.items.slice(view.group.items.length);
    save({ items: shown, nextCursor: view.nextCursor, loading: true });
    this.api
      .moreItems(board.days, view.nextCursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          save({ items: [...shown, ...page.items], nextCursor: page.nextCursor, loading: false });
          const left = Math.max(0, view.left - page.items.length);
          this.announcement.set(
            `${page.items.length} more of ${view.name}'s items shown` +
              (left > 0 ? `, ${left} left.` : ', all of them now.'),
          );
          // The button goes with the last page: keep the keyboard in the group.
          if (page.nextCursor === null) {
            afterNextRender(() => document.getElementById(`group-${view.key}`)?.focus(), {
              injector: this.injector,
            });
          }
        },
        error: () => {
          save({ items: shown, nextCursor: view.nextCursor, loading: false });
          this.announcement.set(`More of ${view.name}'s items could not be loaded.`);
        },
      });
  }

  protected readonly trackItem = (_: number, item: BoardItem): string => `${item.type}:${item.id}`;

  private openReassign(taskId: string, board: BoardResponse): void {
    const item = [
      ...board.groups.flatMap((g) => g.items),
      ...this.groups().flatMap((g) => g.items),
    ].find((i) => i.type === 'task' && i.id === taskId);
    if (!item) {
      // Only the items shown can be looked up: a group's later pages are not loaded yet.
      this.announcement.set(
        'That task is not among the items shown: it may be done, due later, or further down its group (Show more).',
      );
      this.clearReassign();
      return;
    }
    const data: ReassignDialogData = {
      taskId: item.id,
      title: item.title,
      caseReference: item.case.reference,
      current: item.assignee,
    };
    this.openDialog = this.dialog.open<ReassignDialogComponent, ReassignDialogData, TaskResponse>(
      ReassignDialogComponent,
      { data, width: '480px', autoFocus: 'first-tabbable' },
    );
    this.openDialog.afterClosed().subscribe((task) => {
      this.openDialog = null;
      this.clearReassign();
      if (task) {
        this.announcement.set(
          `“${task.title}” is now assigned to ${task.assignee?.displayName ?? 'nobody'}.`,
        );
        this.boardReloads.next();
      }
    });
  }

  private clearReassign(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { reassign: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}

function parseDays(value: string | null): BoardDays {
  const days = Number(value);
  return BOARD_DAYS.find((d) => d === days) ?? 7;
}

function loaded<T>(source: Observable<T>): Observable<Loaded<T>> {
  return source.pipe(
    map((value): Loaded<T> => ({ status: 'loaded', value })),
    catchError(() => of<Loaded<T>>({ status: 'failed' })),
    startWith<Loaded<T>>({ status: 'loading' }),
  );
}

function valueOf<T>(view: Loaded<T>): T | null {
  return view.status === 'loaded' ? view.value : null;
}
