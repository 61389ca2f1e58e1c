import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { ComponentType } from '@angular/cdk/portal';

import type { CaseDetailResponse, OrderResponse } from '@haven/contracts';

import {
  canAssignCases,
  canRevealConfidential,
  canWriteCases,
} from '../../../core/auth/permissions';
import { SessionStore } from '../../../core/auth/session.store';
import { courtCivilDate } from '../../../shared/dates/civil-date';
import { AdvocatesDialogComponent } from './advocates-dialog.component';
import { CaseCorrectionsApi } from './case-corrections.api';
import { CloseCaseDialogComponent } from './close-case-dialog.component';
import { IntakeCorrectionDialogComponent } from './intake-correction-dialog.component';
import { OrderCorrectionDialogComponent } from './order-correction-dialog.component';
import { PartyCorrectionDialogComponent } from './party-correction-dialog.component';
import { PetitionCorrectionDialogComponent } from './petition-correction-dialog.component';

/**
 * The case page's hooks for correcting its record: who the parties are, the intake's answers, an
 * order as issued; closing, reopening and who works the case. Each opens its own dialog and,
 * once the API has recomputed the case, asks the page to load it again.
 */
@Component({
  selector: 'hv-case-record-actions',
  imports: [MatButtonModule],
  template: `
    @if (canWrite()) {
      <section class="actions" aria-label="Correct the record">
        <button mat-stroked-button type="button" (click)="correctParty('client')">
          Correct client
        </button>
        <button mat-stroked-button type="button" (click)="correctParty('respondent')">
          Correct respondent
        </button>
        <button mat-stroked-button type="button" (click)="correctIntake()">Correct intake</button>
        @if (orders().length > 0) {
          <button mat-stroked-button type="button" (click)="correctOrder()">
            Correct an order
          </button>
        }
        <button mat-stroked-button type="button" (click)="correctPetition()">
          Correct a petition
        </button>
        @if (canAssign()) {
          <button mat-stroked-button type="button" (click)="changeAdvocates()">
            Change advocates
          </button>
        }
        @if (detail().closedOn) {
          <button mat-stroked-button type="button" (click)="reopen()">Reopen case</button>
        } @else {
          <button mat-stroked-button type="button" (click)="close()">Close case</button>
        }
      </section>
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseRecordActionsComponent {
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly api = inject(CaseCorrectionsApi);
  private readonly destroyRef = inject(DestroyRef);

  /** The case as the page shows it. */
  readonly detail = input.required<CaseDetailResponse>();
  /** The case's orders, parents first. */
  readonly orders = input.required<readonly OrderResponse[]>();
  /** Emitted after a change was saved: the page reloads the case and its recomputed dates. */
  readonly changed = output<void>();

  private readonly role = computed(() => this.session.user()?.role ?? null);
  protected readonly canWrite = computed(() => {
    const role = this.role();
    return role !== null && canWriteCases(role);
  });
  protected readonly canAssign = computed(() => {
    const role = this.role();
    return role !== null && canAssignCases(role);
  });

  private base() {
    return { caseId: this.detail().id, today: courtCivilDate(new Date()) };
  }

  protected correctParty(party: 'client' | 'respondent'): void {
    const d = this.detail();
    const role = this.role();
    this.open(PartyCorrectionDialogComponent, {
      ...this.base(),
      party,
      fullName: party === 'client' ? d.clientName : d.respondentName,
      knownFirearms: d.respondentKnownFirearms,
      canWriteConfidential: role !== null && canRevealConfidential(role),
    });
  }

  protected correctIntake(): void {
    this.open(IntakeCorrectionDialogComponent, { ...this.base(), detail: this.detail() });
  }

  protected correctOrder(): void {
    this.open(OrderCorrectionDialogComponent, { ...this.base(), orders: this.orders() });
  }

  protected correctPetition(): void {
    this.open(PetitionCorrectionDialogComponent, this.base());
  }

  protected changeAdvocates(): void {
    this.open(AdvocatesDialogComponent, { ...this.base(), advocates: this.detail().advocates });
  }

  protected close(): void {
    this.open(CloseCaseDialogComponent, { ...this.base(), openedOn: this.detail().openedOn });
  }

  protected reopen(): void {
    this.api
      .reopen(this.detail().id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.changed.emit());
  }

  private open<D>(component: ComponentType<unknown>, data: D): void {
    this.dialog
      .open(component, { data, width: '560px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((answer: unknown) => {
        if (answer) {
          this.changed.emit();
        }
      });
  }
}
