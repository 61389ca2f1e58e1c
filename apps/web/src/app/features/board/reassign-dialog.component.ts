import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { catchError, map, of } from 'rxjs';

import type { AdvocateRef, AssigneeResponse, TaskResponse } from '@haven/contracts';

import { fieldErrorText } from '../../shared/forms/field-error-text';
import { applyFieldErrors, refusalOf, validationFieldsOf } from '../../shared/forms/server-errors';
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
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>Reassign task</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>
          <strong>{{ data.title }}</strong> ({{ data.caseReference }}), now assigned to
          {{ data.current?.displayName ?? 'nobody' }}.
        </p>
        @if (candidates() === null) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading the people you can assign" />
        }
        @if (problem(); as message) {
          <p class="problem" role="alert">{{ message }}</p>
        }
        <mat-form-field class="field">
          <mat-label>Assign to</mat-label>
          <mat-select formControlName="assigneeId" required>
            @if (data.current; as current) {
              <mat-option [value]="current.id">{{ current.displayName }} (now)</mat-option>
            }
            @for (person of others(); track person.id) {
              <mat-option [value]="person.id">
                {{ person.displayName }} ({{
                  person.role === 'supervisor' ? 'supervisor' : 'advocate'
                }})
              </mat-option>
            }
          </mat-select>
          @if (form.controls.assigneeId.invalid) {
            <mat-error>{{ errorText('Assignee', form.controls.assigneeId) }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Reassign</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      margin-top: 8px;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialogComponent {
  private readonly api = inject(BoardApi);
  private readonly dialogRef =
    inject<MatDialogRef<ReassignDialogComponent, TaskResponse>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly data = inject<ReassignDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    assigneeId: [this.data.current?.id ?? '', Validators.required],
  });
  protected readonly problem = signal<string | null>(null);
  protected readonly candidates = toSignal(
    this.api.assignable().pipe(
      map((list): readonly AssigneeResponse[] => list.items),
      catchError(() => {
        this.problem.set('The people you can assign could not be loaded. Close and try again.');
        return of<readonly AssigneeResponse[]>([]);
      }),
    ),
    { initialValue: null },
  );
  protected readonly others = computed(() =>
    (this.candidates() ?? []).filter((person) => person.id !== this.data.current?.id),
  );
  protected readonly saving = signal(false);
  protected readonly errorText = fieldErrorText;

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { assigneeId } = this.form.getRawValue();
    if (assigneeId === this.data.current?.id) {
      this.problem.set(`The task is already assigned to ${this.data.current.displayName}.`);
      return;
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    this.api
      .reassign(this.data.taskId, { assigneeId })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (task) => this.dialogRef.close(task),
        error: (err: unknown) => {
          this.dialogRef.disableClose = false;
          this.saving.set(false);
          this.showError(err);
        },
      });
  }

  private showError(err: unknown): void {
    const fields = validationFieldsOf(err);
    if (fields) {
      const unplaced = applyFieldErrors(this.form, fields);
      this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : null);
      return;
    }
    const refusal = refusalOf(err);
    if (!refusal || refusal.status === 401) {
      return;
    }
    if (refusal.fields.length > 0) {
      // A domain refusal naming the field ("must be an active advocate …") reads after its label.
      const unplaced = applyFieldErrors(this.form, refusal.fields);
      this.problem.set(unplaced.length > 0 ? unplaced.join(' ') : null);
    } else if (refusal.status === 403) {
      this.problem.set('Only a supervisor can reassign tasks.');
    } else if (refusal.status === 404) {
      this.problem.set('This task is no longer visible to you.');
    } else {
      this.problem.set(refusal.message ?? 'The task could not be reassigned. Please try again.');
    }
  }
}
