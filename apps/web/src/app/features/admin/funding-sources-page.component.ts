import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';

import type { FundingSourceResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import {
  FundingSourceDialogComponent,
  type FundingSourceDialogData,
} from './funding-source-dialog.component';
import { funderLabel, funderReports } from './funding-labels';
import { FundingSourcesApi } from './funding-sources.api';

/**
 * `/admin/funding-sources` (issue 15): the grants and other funders that pay for the
 * organisation's work, what each funds (its funder, hence the report it is counted in) and when it
 * is in use; admins and supervisors add and edit them.
 */
@Component({
  selector: 'hv-funding-sources-page',
  imports: [CivilDatePipe, MatButtonModule, MatProgressBarModule, MatTableModule],
  template: `
    <h1 class="title">Funding sources</h1>
    <p class="note">
      Cases and service activities name the sources that paid for them; each funder's report counts
      only what that funder's sources paid for, in the dates each source is in use.
    </p>
    <p role="status" [class.announcement]="announcement() !== ''">{{ announcement() }}</p>
    <button mat-flat-button type="button" (click)="open(null)">Add a funding source</button>
    <section class="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading" class="panel-title">Sources</h2>
      @if (status() === 'loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Loading funding sources" />
      }
      @if (status() === 'failed') {
        <p class="note" role="alert">
          The funding sources could not be loaded.
          <button mat-button type="button" (click)="load()">Try again</button>
        </p>
      }
      @if (status() === 'loaded' && sources().length === 0) {
        <p class="note">No funding sources yet. Add the organisation's grants to count them.</p>
      }
      @if (sources().length > 0) {
        <div class="table-wrap">
          <table mat-table [dataSource]="sources()" [trackBy]="trackById">
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
              <td mat-cell *matCellDef="let s">
                {{ s.name }}
                @if (s.grantNumber) {
                  <span class="meta">Grant {{ s.grantNumber }}</span>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="funder">
              <th mat-header-cell *matHeaderCellDef scope="col">Funder</th>
              <td mat-cell *matCellDef="let s">{{ funderLabel(s.funder) }}</td>
            </ng-container>
            <ng-container matColumnDef="reports">
              <th mat-header-cell *matHeaderCellDef scope="col">Counted in</th>
              <td mat-cell *matCellDef="let s">{{ funderReports(s.funder) }}</td>
            </ng-container>
            <ng-container matColumnDef="inUse">
              <th mat-header-cell *matHeaderCellDef scope="col">In use</th>
              <td mat-cell *matCellDef="let s">
                {{ s.startsOn | hvCivilDate }} to
                {{ s.endsOn ? (s.endsOn | hvCivilDate) : 'now (no end date)' }}
              </td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
              <td mat-cell *matCellDef="let s">
                <button
                  mat-stroked-button
                  type="button"
                  [attr.aria-label]="'Edit ' + s.name"
                  (click)="open(s)"
                >
                  Edit
                </button>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
      }
    </section>
  `,
  styleUrl: './admin-page.scss',
  styles: `
    .meta {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    td {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundingSourcesPageComponent {
  private readonly api = inject(FundingSourcesApi);
  private readonly dialog = inject(MatDialog);

  protected readonly columns = ['name', 'funder', 'reports', 'inUse', 'actions'];
  protected readonly funderLabel = funderLabel;
  protected readonly funderReports = funderReports;
  protected readonly sources = signal<readonly FundingSourceResponse[]>([]);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly announcement = signal('');

  constructor() {
    this.load();
    inject(DestroyRef).onDestroy(() => this.dialog.closeAll());
  }

  protected load(): void {
    this.status.set('loading');
    this.api.list().subscribe({
      next: (list) => {
        this.sources.set(list.items);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected open(source: FundingSourceResponse | null): void {
    this.dialog
      .open<FundingSourceDialogComponent, FundingSourceDialogData, FundingSourceResponse>(
        FundingSourceDialogComponent,
        { data: source, width: '520px', maxWidth: '95vw' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) {
          return;
        }
        this.sources.update((all) => byName([...all.filter((s) => s.id !== saved.id), saved]));
        this.announcement.set(
          source ? `${saved.name} was saved.` : `${saved.name} was added; cases can now name it.`,
        );
      });
  }

  protected readonly trackById = (_: number, s: FundingSourceResponse): string => s.id;
}

function byName(sources: FundingSourceResponse[]): FundingSourceResponse[] {
  return sources.sort((a, b) => a.name.localeCompare(b.name));
}
