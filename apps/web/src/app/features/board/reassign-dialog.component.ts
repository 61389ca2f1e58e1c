import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { catchError, map, of } from 'rxjs';

import type { AdvocateRef, AssigneeResponse, TaskResponse } from '@haven/contracts';

import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../shared/forms/form-dialog.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { PersonWithRolePipe } from '../../shared/labels/label.pipes';
import { AssigneesApi } from '../../shared/people/assignees.api';
import { BoardApi } from './board.api';

export interface ReassignDialogData {
  taskId: string;
  /** What the task asks, shown in the dialog's title. */
  title: string;
  caseReference: string;
  current: AdvocateRef | null;
}

/** Hands one open task to another advocate (PUT /api/tasks/:taskId/assignee). */
@Component({
  selector: 'hv-reassign-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    FieldErrorComponent,
    FormDialogComponent,
    PersonWithRolePipe,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog title="Reassign task" submitLabel="Reassign" [submission]="submission">
        <p hvDialogIntro>
          <strong>{{ data.title }}</strong> ({{ data.caseReference }}), now assigned to
          {{ data.current?.displayName ?? 'nobody' }}.
        </p>
        @if (candidates() === null) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the people you can assign" />
        }
        @if (loadProblem(); as message) {
          <p class="load-problem" role="alert">{{ message }}</p>
        }
        <mat-form-field class="field">
          <mat-label>Assign to</mat-label>
          <mat-select formControlName="assigneeId" required>
            @if (data.current; as current) {
              <mat-option [value]="current.id">{{ current.displayName }} (now)</mat-option>
            }
            @for (person of others(); track person.id) {
              <mat-option [value]="person.id">{{ person | hvPersonWithRole }}</mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="form.controls.assigneeId" label="Assignee" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      margin-top: 8px;
    }
    .load-problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialogComponent {
  private readonly api = inject(BoardApi);
  private readonly assignees = inject(AssigneesApi);
  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    assigneeId: [this.data.current?.id ?? '', Validators.required],
  });
  protected readonly submission = new FormSubmission<TaskResponse>({
    forbidden: 'Only a supervisor can reassign tasks.',
    notFound: 'This task is no longer visible to you.',
    fallback: 'The task could not be reassigned. Please try again.',
  });
  protected readonly loadProblem = signal<string | null>(null);
  protected readonly candidates = toSignal(
    this.assignees.list().pipe(
      map((list): readonly AssigneeResponse[] => list.items),
      catchError(() => {
        this.loadProblem.set('The people you can assign could not be loaded. Close and try again.');
        return of<readonly AssigneeResponse[]>([]);
      }),
    ),
    { initialValue: null },
  );
  protected readonly others = computed(() =>
    (this.candidates() ?? []).filter((person) => person.id !== this.data.current?.id),
  );

  protected submit(): void {
    const { assigneeId } = this.form.getRawValue();
    const current = this.data.current;
    if (!this.submission.saving() && current && assigneeId === current.id) {
      this.submission.problem.set(`The task is already assigned to ${current.displayName}.`);
      return;
    }
    this.submission.submit(this.form, () => this.api.reassign(this.data.taskId, { assigneeId }));
  }
}
