import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import type { CaseRetentionResponse } from '@haven/contracts';

import { canPlaceLegalHold } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';

import { RetentionApi } from './retention.api';

/**
 * The case's retention standing (when a closed case's confidential data will be purged) and, for a
 * supervisor, the legal hold that stops the purge (security-checks D6).
 */
@Component({
  selector: 'hv-legal-hold-card',
  imports: [CivilDatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="retention-heading">
      <h2 class="heading" id="retention-heading">Retention</h2>
      @if (standing(); as s) {
        @if (s.purgedAt) {
          <p>Confidential data purged under the retention policy.</p>
        } @else if (s.purgeDueOn && s.closedOn) {
          <p>
            Closed {{ s.closedOn | hvCivilDate }}; confidential data is purged from
            {{ s.purgeDueOn | hvCivilDate }}.
          </p>
        } @else {
          <p>Kept while the case is open.</p>
        }
        @if (s.legalHold; as hold) {
          <p class="hold" role="status">Legal hold: {{ hold.reason }}</p>
          @if (canHold()) {
            <button mat-stroked-button type="button" (click)="remove()" [disabled]="busy()">
              Lift the legal hold
            </button>
          }
        } @else if (canHold() && !s.purgedAt) {
          <form (ngSubmit)="place()" class="hold-form">
            <mat-form-field>
              <mat-label>Reason for a legal hold</mat-label>
              <input matInput name="reason" [(ngModel)]="reason" maxlength="500" required />
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="busy() || !reason.trim()">
              Place a legal hold
            </button>
          </form>
        }
      }
      @if (problem(); as p) {
        <p class="problem" role="alert">{{ p }}</p>
      }
    </section>
  `,
  styles: `
    .heading {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .hold {
      font-weight: 600;
    }
    .hold-form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
})
export class LegalHoldCardComponent {
  /** The case whose retention standing is shown. */
  readonly caseId = input.required<string>();

  private readonly api = inject(RetentionApi);
  private readonly session = inject(SessionStore);
  protected readonly canHold = computed(() => {
    const role = this.session.user()?.role;
    return role !== undefined && canPlaceLegalHold(role);
  });
  readonly standing = signal<CaseRetentionResponse | null>(null);
  readonly busy = signal(false);
  readonly problem = signal<string | null>(null);
  protected reason = '';

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.api.standing(id).subscribe({
        next: (s) => this.standing.set(s),
        error: () => this.problem.set('The retention standing could not be loaded.'),
      });
    });
  }

  place(): void {
    this.run(this.api.placeHold(this.caseId(), { reason: this.reason.trim() }));
  }

  remove(): void {
    this.run(this.api.removeHold(this.caseId()));
  }

  private run(call: ReturnType<RetentionApi['standing']>): void {
    this.busy.set(true);
    this.problem.set(null);
    call.subscribe({
      next: (s) => {
        this.standing.set(s);
        this.reason = '';
        this.busy.set(false);
      },
      error: (err: { error?: { message?: string; fields?: Array<{ message?: string }> } }) => {
        this.problem.set(
          err.error?.fields?.[0]?.message ?? err.error?.message ?? 'The legal hold was not saved.',
        );
        this.busy.set(false);
      },
    });
  }
}
