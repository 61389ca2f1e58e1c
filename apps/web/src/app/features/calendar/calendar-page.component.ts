import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type Observable,
  catchError,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import { canAssignCases } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { courtCivilDate } from '../../shared/dates/civil-date';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';
import { PersonWithRolePipe } from '../../shared/labels/label.pipes';
import { AssigneesApi } from '../../shared/people/assignees.api';
import type { AssigneeResponse, CalendarItem } from '@haven/contracts';

import { CalendarApi } from './calendar.api';
import {
  type CalendarView,
  longDay,
  monthTitle,
  moveByKey,
  parseDay,
  sameMonth,
  startOfWeek,
  step,
  visibleWeeks,
} from './calendar-dates';
import { calendarKind } from './calendar-labels';

type Load =
  | { status: 'loading' }
  | { status: 'loaded'; items: CalendarItem[]; truncated: boolean }
  | { status: 'failed' };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_VIEW_LINES = 3;

/**
 * `/calendar`: hearings, order expiries and filing deadlines by month or week. The grid is one tab
 * stop; arrow keys move by day and week, Home/End to the week's ends, Page Up/Down by month (or
 * week), and the chosen day's entries are listed under it with links to their cases.
 * `?view=week&date=2026-03-09` makes a view linkable. A supervisor may look at one person's
 * assigned cases (`&advocate=<id>`): an organisation's month is more than one answer carries.
 */
@Component({
  selector: 'hv-calendar-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    CivilDatePipe,
    CivilTimePipe,
    PersonWithRolePipe,
  ],
  templateUrl: './calendar-page.component.html',
  styleUrl: './calendar-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarPageComponent {
  private readonly api = inject(CalendarApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  private readonly assignees = inject(AssigneesApi);

  protected readonly weekdays = WEEKDAYS;
  protected readonly today = courtCivilDate(new Date());
  protected readonly view = signal<CalendarView>(
    this.route.snapshot.queryParamMap.get('view') === 'week' ? 'week' : 'month',
  );
  protected readonly focused = signal(
    parseDay(this.route.snapshot.queryParamMap.get('date'), this.today),
  );
  protected readonly weeks = computed(() => visibleWeeks(this.view(), this.focused()));
  protected readonly title = computed(() =>
    this.view() === 'month'
      ? monthTitle(this.focused())
      : `Week of ${longDay(startOfWeek(this.focused()))}`,
  );

  /** Supervisors choose whose cases to show; everyone else sees what their role allows. */
  protected readonly canChoosePerson = computed(() => {
    const role = this.session.user()?.role;
    return role !== undefined && canAssignCases(role);
  });
  protected readonly person = signal<string | null>(
    this.route.snapshot.queryParamMap.get('advocate'),
  );
  protected readonly people = toSignal(
    toObservable(this.canChoosePerson).pipe(
      switchMap((can) =>
        can
          ? this.assignees.list().pipe(
              map((answer): AssigneeResponse[] => answer.items),
              catchError(() => of<AssigneeResponse[]>([])),
            )
          : of<AssigneeResponse[]>([]),
      ),
    ),
    { initialValue: [] as AssigneeResponse[] },
  );

  private readonly range = computed(() => {
    const weeks = this.weeks();
    return {
      from: weeks[0]?.[0] ?? this.today,
      to: weeks.at(-1)?.[6] ?? this.today,
      // A link with someone's id opened by an advocate still shows the advocate's own cases.
      person: this.canChoosePerson() ? this.person() : null,
    };
  });
  private readonly load = toSignal(
    toObservable(this.range).pipe(
      distinctUntilChanged((a, b) => a.from === b.from && a.to === b.to && a.person === b.person),
      switchMap(({ from, to, person }) => this.fetch(from, to, person)),
    ),
    { initialValue: { status: 'loading' } as Load },
  );
  protected readonly loading = computed(() => this.load().status === 'loading');
  protected readonly failed = computed(() => this.load().status === 'failed');
  /** The last day listed when the range held more entries than one answer carries. */
  protected readonly shownUntil = computed(() => {
    const load = this.load();
    return load.status === 'loaded' && load.truncated ? (load.items.at(-1)?.date ?? null) : null;
  });
  private readonly byDay = computed(() => {
    const load = this.load();
    const days = new Map<string, CalendarItem[]>();
    for (const item of load.status === 'loaded' ? load.items : []) {
      days.set(item.date, [...(days.get(item.date) ?? []), item]);
    }
    // Untimed entries (a filing deadline runs all day) before the day's timed ones.
    for (const items of days.values()) {
      items.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
    }
    return days;
  });
  protected readonly selectedItems = computed(() => this.byDay().get(this.focused()) ?? []);

  protected readonly kind = calendarKind;
  protected readonly longDay = longDay;

  protected itemsOn(day: string): CalendarItem[] {
    return this.byDay().get(day) ?? [];
  }

  /** What a month cell draws; the full list is under the grid. */
  protected linesOn(day: string): CalendarItem[] {
    const items = this.itemsOn(day);
    return this.view() === 'month' ? items.slice(0, MONTH_VIEW_LINES) : items;
  }

  protected moreOn(day: string): number {
    return this.itemsOn(day).length - this.linesOn(day).length;
  }

  protected inMonth(day: string): boolean {
    return this.view() === 'week' || sameMonth(day, this.focused());
  }

  protected cellLabel(day: string): string {
    const count = this.itemsOn(day).length;
    const entries =
      count === 0 ? 'nothing scheduled' : `${count} ${count === 1 ? 'entry' : 'entries'}`;
    return `${longDay(day)}${day === this.today ? ' (today)' : ''}: ${entries}`;
  }

  protected dayOfMonth(day: string): number {
    return Number(day.slice(8));
  }

  /** `''` is everyone's cases. */
  protected choosePerson(id: string): void {
    this.person.set(id === '' ? null : id);
    this.syncUrl();
  }

  protected setView(view: CalendarView): void {
    this.view.set(view);
    this.syncUrl();
  }

  protected go(direction: -1 | 1): void {
    this.focused.set(step(this.view(), this.focused(), direction));
    this.syncUrl();
  }

  protected goToday(): void {
    this.focused.set(this.today);
    this.syncUrl();
  }

  protected select(day: string): void {
    this.focused.set(day);
    this.syncUrl();
  }

  protected onKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.host.nativeElement.querySelector<HTMLElement>('#day-heading')?.focus();
      return;
    }
    const next = moveByKey(this.view(), this.focused(), event.key);
    if (next === null) {
      return;
    }
    event.preventDefault();
    this.focused.set(next);
    this.syncUrl();
    // The grid may redraw (another month): focus the new day once it is on screen.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(`td[data-day="${next}"]`)?.focus(),
      { injector: this.injector },
    );
  }

  private syncUrl(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { view: this.view(), date: this.focused(), advocate: this.person() },
      replaceUrl: true,
    });
  }

  private fetch(from: string, to: string, person: string | null): Observable<Load> {
    return this.api.range(from, to, person).pipe(
      map((answer): Load => ({
        status: 'loaded',
        items: answer.items,
        truncated: answer.truncated === true,
      })),
      catchError(() => of<Load>({ status: 'failed' })),
      startWith<Load>({ status: 'loading' }),
    );
  }
}
