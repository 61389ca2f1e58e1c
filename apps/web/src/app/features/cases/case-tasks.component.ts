import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import type { CaseTask } from './case-page.store';
import { CaseRecordsApi } from './records/case-records.api';
import { refusalOf } from '../../shared/forms/server-errors';

/**
 * The case's tasks: open ones listed, each completable in one click by an advocate or supervisor;
 * done and cancelled ones folded away.
 */
@Component({
  selector: 'hv-case-tasks',
  imports: [MatButtonModule, NgTemplateOutlet, RouterLink, CivilDatePipe],
  templateUrl: './case-tasks.component.html',
  styleUrl: './case-tasks.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseTasksComponent {
  private readonly api = inject(CaseRecordsApi);
  private readonly destroyRef = inject(DestroyRef);

  /** The case's tasks, from its timeline. */
  readonly tasks = input.required<readonly CaseTask[]>();
  /** Whether the user may complete tasks (`task:write`). */
  readonly canComplete = input.required<boolean>();
  /** A task was completed: the page reloads the case. */
  readonly completed = output<void>();

  /** Open tasks lead; done and cancelled ones fold away. */
  protected readonly open = computed(() => this.tasks().filter((t) => t.status === 'open'));
  protected readonly closed = computed(() => this.tasks().filter((t) => t.status !== 'open'));
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected complete(task: CaseTask): void {
    if (this.busy() !== null) {
      return;
    }
    this.busy.set(task.id);
    this.problem.set(null);
    this.api
      .completeTask(task.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(null);
          this.completed.emit();
        },
        error: (err: unknown) => {
          this.busy.set(null);
          const refusal = refusalOf(err);
          if (refusal && refusal.status !== 401) {
            this.problem.set(refusal.message ?? 'The task could not be completed.');
          }
        },
      });
  }
}
