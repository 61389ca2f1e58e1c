import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { type Subscription, catchError, map, of } from 'rxjs';

import type { PlannedReminderResponse, TaskResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { courtCivilDate } from '../../shared/dates/civil-date';
import { refusalOf } from '../../shared/forms/server-errors';
import { TasksApi } from './tasks.api';

type Status = 'loading' | 'loaded' | 'failed';

/** `/tasks`: the signed-in user's open tasks, overdue first, each finished with one action. */
@Component({
  selector: 'hv-tasks-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    CivilDatePipe,
  ],
  templateUrl: './tasks-page.component.html',
  styleUrl: './tasks-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksPageComponent {
  private readonly api = inject(TasksApi);
  private request: Subscription | null = null;

  protected readonly columns = ['due', 'title', 'case', 'actions'];
  protected readonly items = signal<readonly TaskResponse[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<Status>('loading');
  protected readonly completing = signal<ReadonlySet<string>>(new Set());
  protected readonly announcement = signal('');
  protected readonly problem = signal<string | null>(null);
  // The office's calendar day: a task due yesterday is overdue this morning.
  protected readonly today = signal(courtCivilDate(new Date()));
  protected readonly planned = toSignal(
    this.api.planned().pipe(
      map((r) => r.items),
      catchError(() => of<PlannedReminderResponse[]>([])),
    ),
    { initialValue: [] as PlannedReminderResponse[] },
  );
  protected readonly overdueCount = computed(
    () => this.items().filter((t) => t.dueOn < this.today()).length,
  );

  protected readonly summary = computed(() => {
    const count = this.items().length;
    const overdue = this.overdueCount();
    return `${count} open ${count === 1 ? 'task' : 'tasks'}${overdue > 0 ? `, ${overdue} overdue` : ''}`;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
    this.load(null);
  }

  protected isOverdue(task: TaskResponse): boolean {
    return task.dueOn < this.today();
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (cursor !== null && this.status() !== 'loading') {
      this.load(cursor);
    }
  }

  protected retry(): void {
    this.load(this.items().length === 0 ? null : this.nextCursor());
  }

  protected complete(task: TaskResponse): void {
    if (this.completing().has(task.id)) {
      return;
    }
    this.problem.set(null);
    this.completing.update((ids) => new Set(ids).add(task.id));
    this.api.complete(task.id).subscribe({
      next: () => {
        this.done(task.id);
        this.announcement.set(`“${task.title}” is done.`);
      },
      error: (err: unknown) => {
        this.settle(task.id);
        const refusal = refusalOf(err);
        if (refusal?.status === 409 || refusal?.status === 404) {
          // Someone else finished it, or it left this user's cases: it is no longer theirs to do.
          this.done(task.id);
          this.problem.set(
            `“${task.title}” is no longer open; it has been removed from your list.`,
          );
        } else if (refusal && refusal.status !== 401) {
          this.problem.set(refusal.message ?? `“${task.title}” could not be completed.`);
        }
      },
    });
  }

  protected readonly trackById = (_: number, task: TaskResponse): string => task.id;

  private done(taskId: string): void {
    this.settle(taskId);
    this.items.update((items) => items.filter((t) => t.id !== taskId));
  }

  private settle(taskId: string): void {
    this.completing.update((ids) => {
      const next = new Set(ids);
      next.delete(taskId);
      return next;
    });
  }

  private load(cursor: string | null): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.request = this.api.mine(cursor).subscribe({
      next: (page) => {
        this.items.update((items) => {
          const seen = new Set(items.map((t) => t.id));
          return [...(cursor === null ? [] : items), ...page.items.filter((t) => !seen.has(t.id))];
        });
        this.nextCursor.set(page.nextCursor);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }
}
