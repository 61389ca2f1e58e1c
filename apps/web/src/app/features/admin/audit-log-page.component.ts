import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';

import type { AuditEventView, AuditVerifyResponse } from '@haven/contracts';

import { AccountSelectComponent } from './account-select.component';
import { AuditLogApi, type AuditFilters } from './audit-log.api';

/** The audited acts an admin most often looks for; any other name can be typed as a filter. */
const ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'account_locked',
  'mfa_enrolled',
  'reveal',
  'export',
  'user_updated',
  'conflict_override',
  'session_revoked',
  'access_denied',
  'key_rotation',
  'purge',
  'legal_hold_placed',
  'legal_hold_removed',
];

interface FieldError {
  field?: string;
  message?: string;
}

/**
 * `/admin/audit` (security-checks F1): the organisation's audit trail with filters, newest first,
 * one page at a time. Like every admin page it shows who did what to which record and case
 * references only, never case data; the button runs the same hash-chain check as
 * `npm run audit:verify`, whose answer names the organisation's own rows only.
 */
@Component({
  selector: 'hv-audit-log-page',
  imports: [
    AccountSelectComponent,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="title">Audit trail</h1>
    <form class="form-grid" (ngSubmit)="search()" aria-label="Audit filters">
      <mat-form-field>
        <mat-label>Action</mat-label>
        <mat-select [(ngModel)]="filters.action" name="action">
          <mat-option value="">Any</mat-option>
          @for (a of actions; track a) {
            <mat-option [value]="a">{{ a }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <hv-account-select label="User" anyLabel="Anyone" [(value)]="filters.userId" />
      <mat-form-field>
        <mat-label>From</mat-label>
        <input matInput type="date" [(ngModel)]="filters.from" name="from" />
        @if (fieldError('from'); as e) {
          <mat-error>{{ e }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>To</mat-label>
        <input matInput type="date" [(ngModel)]="filters.to" name="to" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Case reference</mat-label>
        <input matInput [(ngModel)]="filters.caseReference" name="caseReference" maxlength="40" />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="loading()">Search</button>
        <button mat-stroked-button type="button" (click)="verify()" [disabled]="verifying()">
          Verify the audit chain
        </button>
      </div>
    </form>
    @if (verifying()) {
      <mat-progress-bar mode="indeterminate" aria-label="Verifying the audit chain" />
    }
    @if (verification(); as v) {
      <p class="announcement" role="status">
        @if (v.verified) {
          Audit chain verified: {{ v.rows }} rows, none altered.
        } @else if (v.firstBrokenRow; as row) {
          Audit chain broken at row {{ row.id }}: {{ row.reason }}.
        } @else {
          Audit chain broken outside your organisation's rows. Ask the operator to run the audit
          chain check on the server.
        }
      </p>
    }
    @if (problem(); as message) {
      <p class="problem" role="alert">{{ message }}</p>
    }
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the audit trail" />
    }
    <div class="table-wrap">
      <table mat-table [dataSource]="events()">
        <ng-container matColumnDef="when">
          <th mat-header-cell *matHeaderCellDef scope="col">When</th>
          <td mat-cell *matCellDef="let e">{{ e.occurredAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
        </ng-container>
        <ng-container matColumnDef="action">
          <th mat-header-cell *matHeaderCellDef scope="col">Action</th>
          <td mat-cell *matCellDef="let e">{{ e.action }}</td>
        </ng-container>
        <ng-container matColumnDef="who">
          <th mat-header-cell *matHeaderCellDef scope="col">User</th>
          <td mat-cell *matCellDef="let e">{{ e.actorName ?? e.actorUserId ?? 'system' }}</td>
        </ng-container>
        <ng-container matColumnDef="target">
          <th mat-header-cell *matHeaderCellDef scope="col">Record</th>
          <td mat-cell *matCellDef="let e">
            {{ e.caseReference ?? (e.targetType ? e.targetType + ' ' + (e.targetId ?? '') : '') }}
          </td>
        </ng-container>
        <ng-container matColumnDef="from">
          <th mat-header-cell *matHeaderCellDef scope="col">From</th>
          <td mat-cell *matCellDef="let e">{{ e.ip ?? '' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>
    @if (!loading() && events().length === 0) {
      <p class="note">No audit rows match.</p>
    }
    @if (nextCursor()) {
      <button mat-stroked-button type="button" class="more" (click)="more()" [disabled]="loading()">
        Older rows
      </button>
    }
  `,
  styleUrl: './admin-page.scss',
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      min-height: 56px;
    }
    .more {
      margin-top: 12px;
    }
  `,
})
export class AuditLogPageComponent {
  private readonly api = inject(AuditLogApi);
  readonly actions = ACTIONS;
  readonly columns = ['when', 'action', 'who', 'target', 'from'];
  protected filters: AuditFilters = { action: '', userId: '', from: '', to: '', caseReference: '' };
  readonly events = signal<AuditEventView[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly fieldErrors = signal<FieldError[]>([]);
  readonly verifying = signal(false);
  readonly verification = signal<AuditVerifyResponse | null>(null);

  constructor() {
    this.search();
  }

  fieldError(field: string): string | null {
    return this.fieldErrors().find((e) => e.field === field)?.message ?? null;
  }

  search(): void {
    this.events.set([]);
    this.load(null);
  }

  more(): void {
    this.load(this.nextCursor());
  }

  verify(): void {
    this.verifying.set(true);
    this.api.verify().subscribe({
      next: (v) => {
        this.verification.set(v);
        this.verifying.set(false);
      },
      error: () => {
        this.problem.set('The audit chain could not be checked. Try again.');
        this.verifying.set(false);
      },
    });
  }

  private load(cursor: string | null): void {
    this.loading.set(true);
    this.problem.set(null);
    this.fieldErrors.set([]);
    this.api.page(this.filters, cursor).subscribe({
      next: (page) => {
        this.events.update((shown) => [...shown, ...page.events]);
        this.nextCursor.set(page.nextCursor);
        this.loading.set(false);
      },
      error: (err: { error?: { fields?: FieldError[] } }) => {
        const fields = err.error?.fields ?? [];
        this.fieldErrors.set(fields);
        this.problem.set(
          fields.length > 0
            ? fields.map((f) => `${f.field}: ${f.message}`).join('; ')
            : 'The audit trail could not be loaded.',
        );
        this.loading.set(false);
      },
    });
  }
}
