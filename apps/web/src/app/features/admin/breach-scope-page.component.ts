import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';

import type { BreachScopeResponse } from '@haven/contracts';

import { ExportsApi } from '../exports/exports.api';
import { AccountSelectComponent } from './account-select.component';

const DAY_MS = 86_400_000;

/** A `datetime-local` value (the browser's local time) as an ISO instant with its zone. */
function toInstant(local: string): string {
  return new Date(local).toISOString();
}

function localValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * `/admin/breach-scope` (ABA 483; security-checks F3): after an account is suspected compromised,
 * the admin picks it and a time window and sees every client whose confidential data it revealed
 * or exported then, to decide whom to notify. Each run is audited by the API.
 */
@Component({
  selector: 'hv-breach-scope-page',
  imports: [
    AccountSelectComponent,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="title">Breach scoping</h1>
    <p class="note">
      Clients whose confidential data one account revealed or exported in a time window. Each search
      is recorded in the audit trail.
    </p>
    <form class="form-grid" (ngSubmit)="run()" aria-label="Breach scope">
      <hv-account-select label="Account" [(value)]="userId" />
      <mat-form-field>
        <mat-label>From</mat-label>
        <input matInput type="datetime-local" [(ngModel)]="from" name="from" required />
      </mat-form-field>
      <mat-form-field>
        <mat-label>To</mat-label>
        <input matInput type="datetime-local" [(ngModel)]="to" name="to" required />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="!userId || loading()">
          Find clients
        </button>
      </div>
    </form>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" aria-label="Searching the audit trail" />
    }
    @if (problem(); as message) {
      <p class="problem" role="alert">{{ message }}</p>
    }
    @if (result(); as r) {
      <h2 class="section-title">Clients ({{ r.clients.length }})</h2>
      @if (r.clients.length === 0) {
        <p class="note">No confidential data of any client was revealed or exported.</p>
      } @else {
        <div class="table-wrap">
          <table mat-table [dataSource]="r.clients">
            <ng-container matColumnDef="client">
              <th mat-header-cell *matHeaderCellDef scope="col">Client</th>
              <td mat-cell *matCellDef="let c">{{ c.clientName }}</td>
            </ng-container>
            <ng-container matColumnDef="cases">
              <th mat-header-cell *matHeaderCellDef scope="col">Cases</th>
              <td mat-cell *matCellDef="let c">{{ c.caseReferences.join(', ') }}</td>
            </ng-container>
            <ng-container matColumnDef="how">
              <th mat-header-cell *matHeaderCellDef scope="col">How</th>
              <td mat-cell *matCellDef="let c">{{ how(c.revealed, c.exported) }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="clientColumns"></tr>
            <tr mat-row *matRowDef="let row; columns: clientColumns"></tr>
          </table>
        </div>
      }
      <h2 class="section-title">Exports by this account ({{ r.exports.length }})</h2>
      <ul class="exports">
        @for (e of r.exports; track e.id) {
          <li>
            {{ e.createdAt }}: {{ e.kind }} as {{ e.format }}, {{ e.rowCount ?? 0 }} rows,
            {{ e.includeConfidential ? 'with confidential fields' : 'redacted' }}
          </li>
        } @empty {
          <li>None.</li>
        }
      </ul>
    }
  `,
  styleUrl: './admin-page.scss',
  styles: `
    .actions {
      display: flex;
      align-items: center;
      min-height: 56px;
    }
    .exports {
      overflow-wrap: anywhere;
    }
  `,
})
export class BreachScopePageComponent {
  private readonly api = inject(ExportsApi);
  readonly clientColumns = ['client', 'cases', 'how'];
  protected userId = '';
  protected from = localValue(new Date(Date.now() - 30 * DAY_MS));
  protected to = localValue(new Date());
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly result = signal<BreachScopeResponse | null>(null);

  how(revealed: boolean, exported: boolean): string {
    return [revealed ? 'revealed' : null, exported ? 'exported' : null]
      .filter(Boolean)
      .join(' and ');
  }

  run(): void {
    if (!this.userId) return;
    this.loading.set(true);
    this.problem.set(null);
    this.api.breachScope(this.userId, toInstant(this.from), toInstant(this.to)).subscribe({
      next: (r) => {
        this.result.set(r);
        this.loading.set(false);
      },
      // The API's 400 names its fields (`fields`, as every validation refusal does).
      error: (err: { error?: { fields?: Array<{ field?: string; message?: string }> } }) => {
        const fields = err.error?.fields ?? [];
        this.problem.set(
          fields.length > 0
            ? fields.map((f) => `${f.field ?? ''} ${f.message ?? ''}`.trim()).join('; ')
            : 'The search failed.',
        );
        this.loading.set(false);
      },
    });
  }
}
