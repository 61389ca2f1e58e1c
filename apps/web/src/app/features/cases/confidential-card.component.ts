import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';

import type {
  ClientSecretField,
  RespondentSecretField,
  RevealResponse,
  SafeContactPreferences,
} from '@haven/contracts';

import { RevealDialogComponent, type RevealDialogData } from './reveal-dialog.component';

type Party = 'client' | 'respondent';

interface SecretField {
  field: ClientSecretField | RespondentSecretField;
  label: string;
  /** The label inside a sentence: "Reveal client address". */
  noun: string;
}

const FIELDS: Readonly<Record<Party, readonly SecretField[]>> = {
  client: [
    { field: 'address', label: 'Address', noun: 'address' },
    { field: 'phone', label: 'Phone', noun: 'phone' },
    { field: 'email', label: 'E-mail', noun: 'e-mail' },
    { field: 'employer', label: 'Employer', noun: 'employer' },
    { field: 'safeContact', label: 'Safe-contact preferences', noun: 'safe-contact preferences' },
  ],
  respondent: [
    { field: 'address', label: 'Address', noun: 'address' },
    { field: 'description', label: 'Description', noun: 'description' },
  ],
};

/** What a revealed field shows. */
export type Shown =
  | { kind: 'text'; text: string }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'empty' }
  | { kind: 'unavailable' };

/**
 * One party's confidential details, masked. "Reveal" asks for a reason and shows the one value
 * for this view only: it lives in this component's signal, is dropped when the case changes and
 * goes with the component. Nothing is written to browser storage.
 */
@Component({
  selector: 'hv-confidential-card',
  imports: [MatButtonModule],
  templateUrl: './confidential-card.component.html',
  styleUrl: './confidential-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfidentialCardComponent {
  private readonly dialog = inject(MatDialog);
  private openDialog: MatDialogRef<RevealDialogComponent, RevealResponse> | null = null;

  /** The case whose confidential details the card shows. */
  readonly caseId = input.required<string>();
  /** Whose details: the client's contact card or the respondent's. */
  readonly party = input.required<Party>();
  /** Whether the signed-in user may reveal (advocates, supervisors); if not, no Reveal buttons. */
  readonly canReveal = input.required<boolean>();

  private readonly shown = linkedSignal<string, Readonly<Partial<Record<string, Shown>>>>({
    source: () => `${this.party()}:${this.caseId()}`,
    computation: () => ({}),
  });

  protected readonly headingId = computed(() => `confidential-${this.party()}`);
  protected readonly title = computed(() =>
    this.party() === 'client' ? 'Client contact details' : 'Respondent details',
  );
  protected readonly rows = computed(() => {
    const shown = this.shown();
    return FIELDS[this.party()].map((field) => ({ ...field, shown: shown[field.field] ?? null }));
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.openDialog?.close());
  }

  protected reveal(field: SecretField): void {
    if (!this.canReveal() || this.openDialog) {
      return;
    }
    const party = this.party();
    const caseId = this.caseId();
    this.openDialog = this.dialog.open<RevealDialogComponent, RevealDialogData, RevealResponse>(
      RevealDialogComponent,
      {
        data: { caseId, party, field: field.field, what: `the ${party}’s ${field.noun}` },
        width: '480px',
        maxWidth: 'calc(100vw - 32px)',
      },
    );
    this.openDialog.afterClosed().subscribe((answer) => {
      this.openDialog = null;
      // The answer belongs to the case it was asked for; ignore it if the page moved on.
      if (answer && this.caseId() === caseId && this.party() === party) {
        this.shown.update((all) => ({ ...all, [field.field]: shownOf(answer) }));
      }
    });
  }

  protected hide(field: SecretField): void {
    this.shown.update((all) => {
      const rest = { ...all };
      delete rest[field.field];
      return rest;
    });
  }
}

export function shownOf(answer: RevealResponse): Shown {
  if (answer.status === 'unavailable') {
    return { kind: 'unavailable' };
  }
  const value = answer.value;
  if (answer.status === 'empty' || value === null || value === '') {
    return { kind: 'empty' };
  }
  return typeof value === 'string'
    ? { kind: 'text', text: value }
    : { kind: 'lines', lines: safeContactLines(value) };
}

export function safeContactLines(prefs: SafeContactPreferences): string[] {
  const yesNo = (value: boolean): string => (value ? 'yes' : 'no');
  return [
    `Safe to call: ${yesNo(prefs.safeToCall)}`,
    `Safe to text: ${yesNo(prefs.safeToText)}`,
    `Safe to leave voicemail: ${yesNo(prefs.safeToLeaveVoicemail)}`,
    `Safe to e-mail: ${yesNo(prefs.safeToEmail)}`,
    ...(prefs.codeWord ? [`Code word: ${prefs.codeWord}`] : []),
    ...(prefs.safeTimes ? [`Safe times: ${prefs.safeTimes}`] : []),
  ];
}
