import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type {
  NoteBodyResponse,
  RevealRequest,
  RevealResponse,
  RevealServiceNotesResponse,
  SafeContactRevealResponse,
} from '@haven/contracts';

import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../shared/forms/form-dialog.component';
import { FormSubmission } from '../../shared/forms/form-submission';
import { minTrimmedLength, notBlank } from '../../shared/forms/not-blank.validator';
import { CasesApi } from './cases.api';
import { SafeContactApi } from './documents/safe-contact.api';
import { CaseRecordsApi } from './records/case-records.api';

/** The API's minimum for a reveal reason. */
export const REVEAL_REASON_MIN_LENGTH = 5;

/**
 * One confidential value to reveal: a field of a party's contact card, an attempt's notes, a case
 * note's body, or the safe address and note of the client's safe-contact instructions.
 */
export type RevealDialogData = {
  caseId: string;
  /** What is being revealed, in words: "the client's address". */
  what: string;
} & (
  | { party: RevealRequest['party']; field: RevealRequest['field'] }
  | { attemptId: string }
  | { noteId: string }
  | { safeContact: true }
);

/**
 * Asks why the user needs one confidential value (a contact field, a service attempt's notes, a
 * case note),
 * reveals it under audit and hands the answer back to the view that asked. Not linkable on purpose: a reveal is a deliberate, audited act on one field.
 */
@Component({
  selector: 'hv-reveal-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  templateUrl: './reveal-dialog.component.html',
  styleUrl: './reveal-dialog.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevealDialogComponent {
  private readonly api = inject(CasesApi);
  private readonly records = inject(CaseRecordsApi);
  private readonly safeContact = inject(SafeContactApi);
  protected readonly data = inject<RevealDialogData>(MAT_DIALOG_DATA);
  protected readonly minLength = REVEAL_REASON_MIN_LENGTH;
  protected readonly submission = new FormSubmission<
    RevealResponse | RevealServiceNotesResponse | SafeContactRevealResponse | NoteBodyResponse
  >({
    forbidden: 'Your role cannot reveal confidential details.',
    notFound: 'This case is no longer visible to you.',
    fallback: 'The value could not be revealed. Please try again.',
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [notBlank, minTrimmedLength(REVEAL_REASON_MIN_LENGTH), Validators.maxLength(500)]],
  });

  protected submit(): void {
    const data = this.data;
    this.submission.submit(this.form, () => {
      const reason = this.form.getRawValue().reason.trim();
      if ('safeContact' in data) {
        return this.safeContact.reveal(data.caseId, { reason });
      }
      if ('noteId' in data) {
        return this.records.revealNote(data.caseId, data.noteId, { reason });
      }
      return 'attemptId' in data
        ? this.records.revealServiceNotes(data.caseId, data.attemptId, { reason })
        : this.api.reveal(data.caseId, { party: data.party, field: data.field, reason });
    });
  }
}
