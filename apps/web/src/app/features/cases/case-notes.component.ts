import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher, ShowOnDirtyErrorStateMatcher } from '@angular/material/core';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { NoteBodyResponse, NoteSummaryResponse } from '@haven/contracts';

import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { problemOf } from '../../shared/forms/form-submission';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { CaseRecordsApi } from './records/case-records.api';
import { RECORD_REFUSALS } from './records/record-submission';
import { RevealDialogComponent, type RevealDialogData } from './reveal-dialog.component';

type Body = { kind: 'text'; text: string } | { kind: 'unavailable' };

/**
 * The case's notes: who wrote each and when. A body is confidential: it is revealed on an explicit
 * action with the reader's reason (audited by the API), held in this component only, and gone
 * when the page goes.
 */
@Component({
  selector: 'hv-case-notes',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorComponent,
  ],
  // An empty note is only wrong once the user tries to add it, not when focus passes through.
  providers: [{ provide: ErrorStateMatcher, useClass: ShowOnDirtyErrorStateMatcher }],
  templateUrl: './case-notes.component.html',
  styleUrl: './case-notes.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseNotesComponent {
  private readonly api = inject(CaseRecordsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly dialog = inject(MatDialog);
  private openDialog: MatDialogRef<RevealDialogComponent, NoteBodyResponse> | null = null;

  /** The case the notes belong to. */
  readonly caseId = input.required<string>();
  /** The notes as listed (never their bodies). */
  readonly notes = input.required<readonly NoteSummaryResponse[]>();
  /** Whether the user may add notes (`case:write`). */
  readonly canWrite = input.required<boolean>();
  /** Whether the user may read note bodies (`case:reveal_confidential`). */
  readonly canRead = input.required<boolean>();
  /** A note was added: the page reloads the list and the timeline. */
  readonly added = output<void>();

  private readonly bodies = linkedSignal<string, Readonly<Partial<Record<string, Body>>>>({
    source: () => this.caseId(),
    computation: () => ({}),
  });
  protected readonly shown = this.bodies.asReadonly();
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    body: ['', [notBlank, Validators.maxLength(20000)]],
  });

  constructor() {
    this.destroyRef.onDestroy(() => this.openDialog?.close());
  }

  protected read(note: NoteSummaryResponse): void {
    if (!this.canRead() || this.openDialog) {
      return;
    }
    const caseId = this.caseId();
    this.openDialog = this.dialog.open<RevealDialogComponent, RevealDialogData, NoteBodyResponse>(
      RevealDialogComponent,
      {
        data: {
          caseId,
          noteId: note.id,
          what: `the note by ${note.authorName ?? 'a former user'} of ${note.createdAt.slice(0, 10)}`,
        },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      },
    );
    this.openDialog.afterClosed().subscribe((answer) => {
      this.openDialog = null;
      // The answer belongs to the case it was asked for; ignore it if the page moved on.
      if (!answer || this.caseId() !== caseId) {
        return;
      }
      const body: Body =
        answer.status === 'revealed' && answer.body !== null
          ? { kind: 'text', text: answer.body }
          : { kind: 'unavailable' };
      this.bodies.update((all) => ({ ...all, [note.id]: body }));
    });
  }

  protected hide(note: NoteSummaryResponse): void {
    this.bodies.update((all) => {
      const rest = { ...all };
      delete rest[note.id];
      return rest;
    });
  }

  protected add(formDirective: FormGroupDirective): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .addNote(this.caseId(), { body: this.form.getRawValue().body })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          // resetForm also forgets the submit, so the empty field is not shown as an error.
          formDirective.resetForm();
          this.added.emit();
        },
        error: (err: unknown) => {
          this.saving.set(false);
          this.problem.set(problemOf(this.form, err, RECORD_REFUSALS));
        },
      });
  }
}
