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
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { merge, startWith } from 'rxjs';

import {
  type ClientLetterKind,
  type DocumentFormat,
  type DocumentKind,
  type DocumentOptionsResponse,
  LETTER_LANGUAGES,
  type LetterChannel,
  type LetterLanguage,
  type LetterRefusedResponse,
} from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { problemOf } from '../../../shared/forms/form-submission';
import {
  availableKinds,
  channelChoices,
  documentRequest,
  hearingChoiceLabel,
  hearingsFor,
  letterRefusalOf,
  orderChoiceLabel,
  ordersFor,
} from './document-form';
import { DocumentsApi, type GeneratedFile } from './documents.api';
import {
  CHANNEL_LABELS,
  LANGUAGE_LABELS,
  LETTER_LABELS,
  MAIL_LABELS,
  channelsPhrase,
} from './safe-contact-labels';

/** What the Documents dialog opens with; `kind` and `orderId` come from a task's draft link. */
export interface DocumentsDialogData {
  caseId: string;
  kind?: DocumentKind;
  orderId?: string;
}

/** What it closes with: whether a copy was filed on the case (the list reloads). */
export interface DocumentsDialogResult {
  filed: boolean;
}

/** A generated file, ready for the user to save. */
interface Ready {
  url: string;
  fileName: string;
  templateVersion: number | null;
  filed: boolean;
}

const KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  extension_motion: 'Motion to extend the protective order (draft)',
  medical_notice: 'Notice of intent to present medical records (draft)',
  client_letter: 'Letter to the client',
};

const REASON_MIN_LENGTH = 5;

/**
 * Drafts a document from the case's stored facts and computed dates: the motion to extend, the
 * notice of intent to present medical records, or a client letter in English or Spanish. A
 * letter's channel is checked against the client's safe-contact instructions by the API, which
 * refuses a forbidden one with its reason; the dialog then shows what is allowed. The file is
 * kept in this page only until the dialog closes, unless the advocate files a copy on the case.
 */
@Component({
  selector: 'hv-documents-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    CivilDatePipe,
    FieldErrorComponent,
  ],
  templateUrl: './documents-dialog.component.html',
  styleUrl: './documents-dialog.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentsDialogComponent {
  private readonly api = inject(DocumentsApi);
  private readonly dialogRef =
    inject<MatDialogRef<DocumentsDialogComponent, DocumentsDialogResult>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly data = inject<DocumentsDialogData>(MAT_DIALOG_DATA);

  protected readonly kindLabels = KIND_LABELS;
  protected readonly letterLabels = LETTER_LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly languageLabels = LANGUAGE_LABELS;
  protected readonly mailLabels = MAIL_LABELS;
  protected readonly languages = LETTER_LANGUAGES;
  protected readonly reasonMinLength = REASON_MIN_LENGTH;
  protected readonly orderLabel = orderChoiceLabel;
  protected readonly hearingLabel = hearingChoiceLabel;

  protected readonly options = signal<DocumentOptionsResponse | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly refusal = signal<LetterRefusedResponse | null>(null);
  protected readonly ready = signal<Ready | null>(null);
  private filedAny = false;

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['extension_motion' as DocumentKind],
    orderId: [null as string | null],
    hearingId: [null as string | null],
    grounds: ['', Validators.maxLength(4000)],
    letter: ['order_expiry' as ClientLetterKind],
    language: ['en' as LetterLanguage],
    format: ['docx' as DocumentFormat],
    channel: ['in_person' as LetterChannel],
    includeAddress: [false],
    revealReason: ['', Validators.maxLength(500)],
    nameRespondent: [false],
    fileOnCase: [false],
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(null)));
  protected readonly current = computed(() => {
    this.value();
    return this.form.getRawValue();
  });

  protected readonly kinds = computed(() => {
    const options = this.options();
    return options ? availableKinds(options) : [];
  });
  protected readonly orders = computed(() => {
    const options = this.options();
    const v = this.current();
    return options ? ordersFor(options, v.kind, v.letter) : [];
  });
  protected readonly hearings = computed(() => {
    const options = this.options();
    const v = this.current();
    return options ? hearingsFor(options, v.kind, v.letter) : [];
  });
  protected readonly channels = computed(() =>
    channelChoices(this.options()?.allowedChannels ?? []),
  );
  protected readonly allowedPhrase = computed(() =>
    channelsPhrase(this.options()?.allowedChannels ?? []),
  );
  protected readonly isLetter = computed(() => this.current().kind === 'client_letter');
  protected readonly asksForReason = computed(() => {
    const v = this.current();
    return v.kind === 'client_letter' && v.includeAddress && v.channel !== 'in_person';
  });
  protected readonly chosenOrder = computed(
    () => this.orders().find((o) => o.orderId === this.current().orderId) ?? null,
  );

  constructor() {
    this.destroyRef.onDestroy(() => this.forget());
    this.api
      .options(this.data.caseId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (options) => this.start(options),
        error: () => this.loadFailed.set(true),
      });
    // A different document or letter is about different orders and hearings: start from the first.
    merge(this.form.controls.kind.valueChanges, this.form.controls.letter.valueChanges)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.pickDefaults());
  }

  protected allowedPhraseOf(refusal: LetterRefusedResponse): string {
    return channelsPhrase(refusal.allowedChannels).toLowerCase();
  }

  protected generate(): void {
    if (this.saving() || !this.options()) {
      return;
    }
    this.problem.set(null);
    this.refusal.set(null);
    const v = this.form.getRawValue();
    if (this.asksForReason() && v.revealReason.trim().length < REASON_MIN_LENGTH) {
      const control = this.form.controls.revealReason;
      control.setErrors({ minlength: { requiredLength: REASON_MIN_LENGTH } });
      control.markAsTouched();
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .generate(this.data.caseId, documentRequest(v))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          this.saving.set(false);
          this.show(file, v.fileOnCase);
        },
        error: (err: unknown) => {
          this.saving.set(false);
          const refusal = letterRefusalOf(err);
          if (refusal) {
            this.refusal.set(refusal);
            return;
          }
          this.problem.set(
            problemOf(this.form, err, {
              forbidden: 'Your role cannot generate documents.',
              notFound: 'This case is no longer visible to you.',
              fallback: 'The document could not be generated. Please check it and try again.',
            }),
          );
        },
      });
  }

  protected close(): void {
    this.dialogRef.close({ filed: this.filedAny });
  }

  private start(options: DocumentOptionsResponse): void {
    const kinds = availableKinds(options);
    const kind = this.data.kind && kinds.includes(this.data.kind) ? this.data.kind : kinds[0];
    const letter = options.letters.find((l) => l.available)?.letter ?? 'order_expiry';
    this.options.set(options);
    this.form.patchValue(
      {
        kind: kind ?? 'client_letter',
        letter,
        channel: options.allowedChannels[0] ?? 'in_person',
      },
      { emitEvent: false },
    );
    this.pickDefaults();
    const wanted = this.data.orderId;
    if (wanted && this.orders().some((o) => o.orderId === wanted)) {
      this.form.controls.orderId.setValue(wanted);
    }
  }

  private pickDefaults(): void {
    const options = this.options();
    if (!options) {
      return;
    }
    const v = this.form.getRawValue();
    const orders = ordersFor(options, v.kind, v.letter);
    const hearings = hearingsFor(options, v.kind, v.letter);
    // The order in force the motion would extend, else the latest one the letter can be about.
    const inForce = orders.find((o) => o.orderId === options.defaultMotionOrderId);
    this.form.patchValue({
      orderId: orders.some((o) => o.orderId === v.orderId)
        ? v.orderId
        : ((inForce ?? orders.at(-1))?.orderId ?? null),
      hearingId: hearings.some((h) => h.hearingId === v.hearingId)
        ? v.hearingId
        : (hearings[0]?.hearingId ?? null),
    });
  }

  private show(file: GeneratedFile, filed: boolean): void {
    this.forget();
    this.filedAny ||= filed;
    this.ready.set({
      url: URL.createObjectURL(file.blob),
      fileName: file.fileName,
      templateVersion: file.templateVersion,
      filed,
    });
  }

  private forget(): void {
    const ready = this.ready();
    if (ready) {
      URL.revokeObjectURL(ready.url);
      this.ready.set(null);
    }
  }
}
