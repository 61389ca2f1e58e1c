import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import type { CourtResponse } from '@haven/contracts';

import { CourtDirectoryService } from '../../core/courts/court-directory.service';
import { type CourtChoice, searchCourts } from '../../core/courts/court-search';
import { CourtEditDialogComponent } from './court-edit-dialog.component';

const KIND_WORDS: Readonly<Record<CourtResponse['kind'], string>> = {
  JDR: 'Juvenile and domestic relations',
  GDC: 'General district',
  COMBINED: 'Combined district (JDR and general district)',
  CIRCUIT: 'Circuit',
  MAGISTRATE: "Magistrate's office",
};

/**
 * `/admin/courts`: the Virginia court directory Haven ships (every county and independent city
 * with its courts), searchable; an admin corrects a court's name, address or phone, or retires it.
 */
@Component({
  selector: 'hv-courts-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
  ],
  template: `
    <h1 class="title">Courts</h1>
    <p class="note">
      Every Virginia county and independent city with the courts that serve it. Records keep a
      court's id; people choose it by name. A correction you make here, or a court you add, is your
      organisation's own: other organisations keep the statewide directory.
    </p>
    <mat-form-field class="field">
      <mat-label>Find a court</mat-label>
      <input matInput [formControl]="query" autocomplete="off" />
      <mat-hint>Part of its name or of a county or city it serves.</mat-hint>
    </mat-form-field>
    @if (directory.courts().length === 0) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading the court directory" />
    }
    <p class="note" role="status">
      {{ directory.courts().length }} courts for {{ directory.localities().length }} localities;
      {{ shown().length }} shown.
    </p>
    <ul class="courts">
      @for (court of shown(); track court.id) {
        <li class="court">
          <div class="text">
            <p class="name">
              {{ court.name }}
              @if (!court.active) {
                <span class="retired">(retired)</span>
              }
            </p>
            <p class="meta">
              {{ kindWords[court.kind] }} · serves {{ servedNames(court) }} · id {{ court.id }}
              @if (court.phone) {
                · {{ court.phone }}
              }
            </p>
          </div>
          <button
            mat-button
            type="button"
            (click)="edit(court)"
            [attr.aria-label]="'Edit ' + court.name"
          >
            Edit
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-medium);
    }
    .field {
      width: 100%;
      max-width: 560px;
    }
    .courts {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .court {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .text {
      min-width: 0;
    }
    .name,
    .meta {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourtsPageComponent {
  protected readonly directory = inject(CourtDirectoryService);
  private readonly dialog = inject(MatDialog);
  protected readonly kindWords = KIND_WORDS;
  protected readonly query = new FormControl('', { nonNullable: true });
  private readonly typed = toSignal(this.query.valueChanges, { initialValue: '' });
  private readonly limit = signal(60);

  private readonly choices = computed<Array<CourtChoice & { court: CourtResponse }>>(() =>
    this.directory.courts().map((court) => ({
      id: court.id,
      name: court.name,
      also: `${court.kind} ${this.servedNames(court)}`,
      court,
    })),
  );
  protected readonly shown = computed(() =>
    (
      searchCourts(this.choices(), this.typed(), this.limit()) as Array<
        CourtChoice & { court: CourtResponse }
      >
    ).map((c) => c.court),
  );

  constructor() {
    this.directory.ensureLoaded();
  }

  protected servedNames(court: CourtResponse): string {
    return court.localityIds.map((id) => this.directory.locality(id)?.name ?? id).join(', ');
  }

  protected edit(court: CourtResponse): void {
    this.dialog.open(CourtEditDialogComponent, {
      data: court,
      width: '520px',
      maxWidth: '95vw',
    });
  }
}
