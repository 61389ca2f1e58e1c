import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import {
  SERVICE_ACTIVITY_KINDS,
  type FundingSourceResponse,
  type ServiceActivityKind,
  type ServiceActivityResponse,
} from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { courtCivilDate } from '../../../shared/dates/civil-date';
import { ReportFactsApi } from './report-facts.api';

/**
 * The case's service log (advice, a petition drafted, a hearing attended…), each with the funding
 * sources that paid for it. Defaults: advice, today, 30 minutes, the case's own funding sources.
 */
@Component({
  selector: 'hv-activity-log',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CivilDatePipe,
  ],
  template: `
    <section class="section" aria-labelledby="activity-heading">
      <h2 class="heading" id="activity-heading">Services given</h2>
      @if (canWrite()) {
        <form class="add" (ngSubmit)="add()">
          <mat-form-field>
            <mat-label>Service</mat-label>
            <mat-select name="kind" [(ngModel)]="kind">
              @for (k of kinds; track k[0]) {
                <mat-option [value]="k[0]">{{ k[1] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Date</mat-label>
            <input
              matInput
              type="date"
              name="performedOn"
              [(ngModel)]="performedOn"
              [max]="today"
            />
          </mat-form-field>
          <mat-form-field class="minutes">
            <mat-label>Minutes</mat-label>
            <input matInput type="number" name="minutes" min="0" max="1440" [(ngModel)]="minutes" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Paid by</mat-label>
            <mat-select name="funding" multiple [(ngModel)]="funding">
              @for (s of sources(); track s.id) {
                <mat-option [value]="s.id">{{ s.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button mat-stroked-button type="submit">Log service</button>
        </form>
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      }
      <ul class="log">
        @for (a of items(); track a.id) {
          <li>
            {{ a.performedOn | hvCivilDate }} · {{ label(a.kind) }} · {{ a.minutes }} min
            @if (a.performedBy) {
              · {{ a.performedBy.displayName }}
            }
          </li>
        } @empty {
          <li>No service logged yet.</li>
        }
      </ul>
    </section>
  `,
  styles: `
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      align-items: baseline;
    }
    .minutes {
      width: 96px;
    }
    .log {
      padding-left: 18px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityLogComponent {
  private readonly api = inject(ReportFactsApi);

  /** The case whose services are listed. */
  readonly caseId = input.required<string>();
  /** Whether the signed-in role may log a service (case:write). */
  readonly canWrite = input(false);

  protected readonly kinds = Object.entries(SERVICE_ACTIVITY_KINDS) as Array<
    [ServiceActivityKind, string]
  >;
  protected readonly today = courtCivilDate(new Date());
  protected readonly items = signal<ServiceActivityResponse[]>([]);
  protected readonly sources = signal<FundingSourceResponse[]>([]);
  protected readonly error = signal<string | null>(null);
  protected kind: ServiceActivityKind = 'advice';
  protected performedOn = this.today;
  protected minutes = 30;
  protected funding: string[] = [];

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      this.api.activities(caseId).subscribe((list) => this.items.set(list.items));
      this.api.fundingSources().subscribe((list) => this.sources.set(list.items));
      this.api.facts(caseId).subscribe((facts) => {
        this.funding = facts.funding
          .filter((f) => !f.endsOn || f.endsOn >= this.today)
          .map((f) => f.fundingSourceId);
      });
    });
  }

  protected label(kind: ServiceActivityKind): string {
    return SERVICE_ACTIVITY_KINDS[kind];
  }

  protected add(): void {
    this.error.set(null);
    this.api
      .addActivity(this.caseId(), {
        kind: this.kind,
        performedOn: this.performedOn,
        minutes: Number(this.minutes),
        fundingSourceIds: this.funding,
      })
      .subscribe({
        next: (created) => this.items.update((list) => [created, ...list]),
        error: (err: { error?: { fields?: Array<{ field: string; message: string }> } }) => {
          const field = err.error?.fields?.[0];
          this.error.set(field ? `${field.field} ${field.message}` : 'The service was not logged.');
        },
      });
  }
}
