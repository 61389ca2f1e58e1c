import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';

import {
  MAIL_INSTRUCTIONS,
  type MailInstruction,
  PHONE_INSTRUCTIONS,
  type PhoneInstruction,
  type SafeContactInstructionsResponse,
} from '@haven/contracts';

import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { FormSubmission } from '../../../shared/forms/form-submission';
import { SafeContactApi } from './safe-contact.api';
import { safeAddressMissing, safeContactRequest } from './safe-contact-form';
import { MAIL_LABELS, PHONE_LABELS } from './safe-contact-labels';

/** What the safe-contact dialog edits: the case, and the instructions as they stand. */
export interface SafeContactDialogData {
  caseId: string;
  current: SafeContactInstructionsResponse;
}

/**
 * Records how the client may be reached: by post (home, a safe address only, not at all) and by
 * phone (voicemail or not), with a sealed safe address and note. Client letters are checked
 * against these choices before they are made.
 */
@Component({
  selector: 'hv-safe-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Safe-contact instructions"
        submitLabel="Save instructions"
        [submission]="submission"
      >
        <p class="note" hvDialogIntro>
          What the client told you is safe. Client letters are refused for any way these forbid.
        </p>
        <fieldset class="choices">
          <legend id="safe-mail-label">Mail</legend>
          <mat-radio-group formControlName="mail" aria-labelledby="safe-mail-label" required>
            @for (choice of mailChoices; track choice) {
              <mat-radio-button [value]="choice">{{ mailLabels[choice] }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (form.controls.mail.invalid && form.controls.mail.touched) {
            <p class="choice-error" role="alert">
              <mat-error [hvErrorOf]="form.controls.mail" label="Mail" />
            </p>
          }
        </fieldset>
        <fieldset class="choices">
          <legend id="safe-phone-label">Phone</legend>
          <mat-radio-group formControlName="phone" aria-labelledby="safe-phone-label" required>
            @for (choice of phoneChoices; track choice) {
              <mat-radio-button [value]="choice">{{ phoneLabels[choice] }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (form.controls.phone.invalid && form.controls.phone.touched) {
            <p class="choice-error" role="alert">
              <mat-error [hvErrorOf]="form.controls.phone" label="Phone" />
            </p>
          }
        </fieldset>
        <mat-form-field class="field">
          <mat-label>Safe address</mat-label>
          <textarea matInput formControlName="safeAddress" rows="3" autocomplete="off"></textarea>
          <mat-hint>
            Sealed; never shown on the case page.
            @if (data.current.hasSafeAddress) {
              One is stored: leave empty to keep it.
            }
          </mat-hint>
          <mat-error [hvErrorOf]="form.controls.safeAddress" label="Safe address" />
        </mat-form-field>
        @if (data.current.hasSafeAddress) {
          <mat-checkbox formControlName="clearSafeAddress"
            >Remove the stored safe address</mat-checkbox
          >
        }
        <mat-form-field class="field">
          <mat-label>Note (optional)</mat-label>
          <textarea matInput formControlName="note" rows="2" autocomplete="off"></textarea>
          <mat-hint>
            Sealed.
            @if (data.current.hasNote) {
              One is stored: leave empty to keep it.
            }
          </mat-hint>
          <mat-error [hvErrorOf]="form.controls.note" label="Note" />
        </mat-form-field>
        @if (data.current.hasNote) {
          <mat-checkbox formControlName="clearNote">Remove the stored note</mat-checkbox>
        }
      </hv-form-dialog>
    </form>
  `,
  styleUrl: '../records/record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafeContactDialogComponent {
  private readonly api = inject(SafeContactApi);
  protected readonly data = inject<SafeContactDialogData>(MAT_DIALOG_DATA);
  protected readonly mailChoices = MAIL_INSTRUCTIONS;
  protected readonly phoneChoices = PHONE_INSTRUCTIONS;
  protected readonly mailLabels = MAIL_LABELS;
  protected readonly phoneLabels = PHONE_LABELS;
  protected readonly submission = new FormSubmission<SafeContactInstructionsResponse>({
    forbidden: 'Your role cannot change the safe-contact instructions.',
    notFound: 'This case is no longer visible to you.',
    fallback: 'The instructions could not be saved. Please check them and try again.',
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    // Required choices that start unset when nothing is recorded yet.
    mail: [this.data.current.mail as MailInstruction | null, Validators.required],
    phone: [this.data.current.phone as PhoneInstruction | null, Validators.required],
    safeAddress: ['', Validators.maxLength(500)],
    clearSafeAddress: [false],
    note: ['', Validators.maxLength(1000)],
    clearNote: [false],
  });

  protected submit(): void {
    const value = this.form.getRawValue();
    if (safeAddressMissing(value, this.data.current.hasSafeAddress)) {
      const control = this.form.controls.safeAddress;
      control.setErrors({
        serverSentence: 'Give the safe address: mail may only go there.',
      });
      control.markAsTouched();
      return;
    }
    this.submission.submit(this.form, () =>
      this.api.put(this.data.caseId, safeContactRequest(this.form.getRawValue())),
    );
  }
}
