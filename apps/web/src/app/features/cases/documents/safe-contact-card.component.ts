import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import type { SafeContactInstructionsResponse, SafeContactRevealResponse } from '@haven/contracts';

import { formatInstantDay } from '../../../shared/dates/civil-date';
import { RevealDialogComponent, type RevealDialogData } from '../reveal-dialog.component';
import { SafeContactApi } from './safe-contact.api';
import {
  SafeContactDialogComponent,
  type SafeContactDialogData,
} from './safe-contact-dialog.component';
import { MAIL_LABELS, PHONE_LABELS, channelsPhrase } from './safe-contact-labels';

/**
 * The client's safe-contact instructions: how post and calls may reach them, and so how a client
 * letter may go. The choices are shown; the safe address and note stay sealed.
 */
@Component({
  selector: 'hv-safe-contact-card',
  imports: [MatButtonModule],
  template: `
    <section class="card" aria-labelledby="safe-contact-heading">
      <h2 class="title" id="safe-contact-heading">Safe-contact instructions</h2>
      @if (instructions(); as s) {
        @if (!s.recorded) {
          <p class="warn">Not recorded: a client letter may only be handed over in person.</p>
        } @else {
          <dl class="fields">
            <div class="row">
              <dt class="label">Mail</dt>
              <dd class="value">{{ s.mail ? mailLabels[s.mail] : 'Not recorded' }}</dd>
            </div>
            <div class="row">
              <dt class="label">Phone</dt>
              <dd class="value">{{ s.phone ? phoneLabels[s.phone] : 'Not recorded' }}</dd>
            </div>
            <div class="row">
              <dt class="label">Safe address</dt>
              <dd class="value">
                @if (revealed(); as r) {
                  <span class="revealed">{{ r.safeAddress ?? 'None' }}</span>
                } @else {
                  {{ s.hasSafeAddress ? 'Recorded (sealed)' : 'None' }}
                }
              </dd>
            </div>
            <div class="row">
              <dt class="label">Note</dt>
              <dd class="value">
                @if (revealed(); as r) {
                  <span class="revealed">{{ r.note ?? 'None' }}</span>
                } @else {
                  {{ s.hasNote ? 'Recorded (sealed)' : 'None' }}
                }
              </dd>
            </div>
          </dl>
          @if (revealed()) {
            <button mat-button type="button" (click)="revealed.set(null)">
              Hide the safe address and note
            </button>
          } @else if (canReveal() && (s.hasSafeAddress || s.hasNote)) {
            <button mat-stroked-button type="button" class="reveal" (click)="reveal()">
              Reveal the safe address and note
            </button>
          }
          <p class="note">
            Letters may go: {{ channels(s) }}.
            @if (s.updatedAt) {
              Updated {{ day(s.updatedAt)
              }}{{ s.updatedBy ? ' by ' + s.updatedBy.displayName : '' }}.
            }
          </p>
        }
        @if (canWrite()) {
          <button mat-stroked-button type="button" (click)="edit(s)">
            {{
              s.recorded ? 'Change safe-contact instructions' : 'Record safe-contact instructions'
            }}
          </button>
        }
      } @else if (problem()) {
        <p class="warn" role="alert">{{ problem() }}</p>
      } @else {
        <p class="note">Loading…</p>
      }
    </section>
  `,
  styleUrl: '../confidential-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafeContactCardComponent {
  private readonly api = inject(SafeContactApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  /** The case whose client's instructions are shown. */
  readonly caseId = input.required<string>();
  /** Whether the user may change them (`case:write`). */
  readonly canWrite = input.required<boolean>();
  /** Whether the user may reveal the sealed safe address and note (with a reason, audited). */
  readonly canReveal = input.required<boolean>();

  protected readonly mailLabels = MAIL_LABELS;
  protected readonly phoneLabels = PHONE_LABELS;
  protected readonly instructions = signal<SafeContactInstructionsResponse | null>(null);
  protected readonly problem = signal<string | null>(null);
  /** The sealed values, for this view only: dropped with the case and never stored. */
  protected readonly revealed = signal<SafeContactRevealResponse | null>(null);
  protected readonly day = formatInstantDay;

  constructor() {
    effect((onCleanup) => {
      const caseId = this.caseId();
      this.instructions.set(null);
      this.problem.set(null);
      this.revealed.set(null);
      const request = this.api.get(caseId).subscribe({
        next: (answer) => this.instructions.set(answer),
        error: () => this.problem.set('The safe-contact instructions could not be loaded.'),
      });
      onCleanup(() => request.unsubscribe());
    });
  }

  protected channels(s: SafeContactInstructionsResponse): string {
    return channelsPhrase(s.allowedChannels).toLowerCase();
  }

  protected reveal(): void {
    const caseId = this.caseId();
    const ref = this.dialog.open<
      RevealDialogComponent,
      RevealDialogData,
      SafeContactRevealResponse
    >(RevealDialogComponent, {
      data: { caseId, safeContact: true, what: 'the safe address and note' },
      width: '480px',
      maxWidth: 'calc(100vw - 32px)',
    });
    const unregister = this.destroyRef.onDestroy(() => ref.close());
    ref.afterClosed().subscribe((answer) => {
      unregister();
      if (answer && this.caseId() === caseId) {
        this.revealed.set(answer);
      }
    });
  }

  protected edit(current: SafeContactInstructionsResponse): void {
    const caseId = this.caseId();
    const ref = this.dialog.open<
      SafeContactDialogComponent,
      SafeContactDialogData,
      SafeContactInstructionsResponse
    >(SafeContactDialogComponent, {
      data: { caseId, current },
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
    const unregister = this.destroyRef.onDestroy(() => ref.close());
    ref.afterClosed().subscribe((saved) => {
      unregister();
      if (saved && this.caseId() === caseId) {
        this.instructions.set(saved);
        this.revealed.set(null);
      }
    });
  }
}
