import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';

import type { RevealServiceNotesResponse, ServiceAttemptResponse } from '@haven/contracts';

import { formatCivilDate } from '../../shared/dates/civil-date';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';
import {
  SERVED_BY_OPTIONS,
  SERVICE_METHOD_OPTIONS,
  SERVICE_OUTCOME_OPTIONS,
} from './records/record-options';
import { RevealDialogComponent, type RevealDialogData } from './reveal-dialog.component';

const OUTCOMES = new Map(SERVICE_OUTCOME_OPTIONS.map((o) => [o.value, o.label]));
const METHODS = new Map(SERVICE_METHOD_OPTIONS.map((o) => [o.value, o.label]));
const SERVERS = new Map(SERVED_BY_OPTIONS.map((o) => [o.value, o.label]));

/**
 * The attempts to serve one order. Notes are confidential: they are not in the list, and a
 * permitted user reveals one attempt's notes with a reason (audited by the API). What is revealed
 * lives in this component only, so it leaves with the page or the idle lock.
 */
@Component({
  selector: 'hv-service-attempts',
  imports: [MatButtonModule, CivilDatePipe, CivilTimePipe],
  template: `
    <ul class="attempts">
      @for (attempt of attempts(); track attempt.id) {
        <li class="attempt">
          <span>
            Service attempt on
            <time [attr.datetime]="attempt.attemptedOn">{{
              attempt.attemptedOn | hvCivilDate
            }}</time>{{
              attempt.attemptedTime ? ' at ' + (attempt.attemptedTime | hvCivilTime) : ''
            }}: {{ outcome(attempt) }} · {{ method(attempt) }} · {{ servedBy(attempt) }}
          </span>
          @if (attempt.hasNotes) {
            @if (shown()[attempt.id]; as notes) {
              <span class="notes">
                <span class="notes-text">{{ notes }}</span>
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="'Hide notes of the attempt on ' + dateLabel(attempt)"
                  (click)="hide(attempt)"
                >
                  Hide notes
                </button>
              </span>
            } @else if (canReveal()) {
              <button
                mat-button
                type="button"
                [attr.aria-label]="'Reveal notes of the attempt on ' + dateLabel(attempt)"
                (click)="reveal(attempt)"
              >
                Reveal notes
              </button>
            } @else {
              <span class="masked">Notes recorded (confidential)</span>
            }
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .attempts {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    .attempt {
      margin: 2px 0;
    }
    .notes {
      display: block;
      margin: 4px 0;
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-outline);
      white-space: pre-wrap;
    }
    .masked {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceAttemptsComponent {
  private readonly dialog = inject(MatDialog);
  readonly caseId = input.required<string>();
  readonly attempts = input.required<readonly ServiceAttemptResponse[]>();
  /** Advocates and supervisors may reveal; others see that notes exist, never what they say. */
  readonly canReveal = input(false);

  protected readonly shown = signal<Readonly<Record<string, string>>>({});
  private openDialog: MatDialogRef<RevealDialogComponent, RevealServiceNotesResponse> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.openDialog?.close());
  }

  protected outcome(attempt: ServiceAttemptResponse): string {
    return OUTCOMES.get(attempt.outcome) ?? attempt.outcome;
  }

  protected method(attempt: ServiceAttemptResponse): string {
    return METHODS.get(attempt.method) ?? attempt.method;
  }

  protected servedBy(attempt: ServiceAttemptResponse): string {
    return `by ${(SERVERS.get(attempt.servedBy) ?? attempt.servedBy).toLowerCase()}`;
  }

  protected dateLabel(attempt: ServiceAttemptResponse): string {
    return formatCivilDate(attempt.attemptedOn);
  }

  protected reveal(attempt: ServiceAttemptResponse): void {
    if (!this.canReveal() || this.openDialog) {
      return;
    }
    const caseId = this.caseId();
    this.openDialog = this.dialog.open<
      RevealDialogComponent,
      RevealDialogData,
      RevealServiceNotesResponse
    >(RevealDialogComponent, {
      data: {
        caseId,
        attemptId: attempt.id,
        what: `the notes of the attempt on ${this.dateLabel(attempt)}`,
      },
      width: '480px',
      maxWidth: 'calc(100vw - 32px)',
    });
    this.openDialog.afterClosed().subscribe((answer) => {
      this.openDialog = null;
      // The answer belongs to the case it was asked for; ignore it if the page moved on.
      if (answer && this.caseId() === caseId) {
        this.shown.update((all) => ({ ...all, [attempt.id]: notesText(answer) }));
      }
    });
  }

  protected hide(attempt: ServiceAttemptResponse): void {
    this.shown.update((all) => {
      const rest = { ...all };
      delete rest[attempt.id];
      return rest;
    });
  }
}

function notesText(answer: RevealServiceNotesResponse): string {
  switch (answer.status) {
    case 'revealed':
      return answer.notes ?? '';
    case 'empty':
      return 'No notes were recorded.';
    case 'unavailable':
      return 'The notes could not be read. This has been logged for an administrator.';
  }
}
