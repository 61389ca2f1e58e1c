import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { type Observable, catchError, map, of, startWith, switchMap } from 'rxjs';

import type { CourtClosureKind, CourtClosureResponse } from '@haven/contracts';

import { CourtDirectoryService } from '../../core/courts/court-directory.service';
import { courtCivilDate } from '../../shared/dates/civil-date';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { problemOf } from '../../shared/forms/form-submission';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { AdminApi } from './admin.api';
import { CLOSURE_KIND_OPTIONS, closureKindLabel } from './admin-labels';
import { adminRefusal } from './form-refusal';

type Load =
  | { status: 'loading' }
  | { status: 'loaded'; items: CourtClosureResponse[] }
  | { status: 'failed' };

/**
 * `/admin/court-closures`: the closures the court calendar cannot derive (rules-spec §2.1). Adding
 * or removing one recomputes the deadlines of the open cases it touches, so the page says how many.
 */
@Component({
  selector: 'hv-court-closures-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    CivilDatePipe,
  ],
  templateUrl: './court-closures-page.component.html',
  styleUrl: './admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourtClosuresPageComponent {
  private readonly api = inject(AdminApi);

  protected readonly columns = ['closedOn', 'name', 'kind', 'courts', 'authority', 'actions'];
  protected readonly kinds = CLOSURE_KIND_OPTIONS;
  protected readonly kindLabel = closureKindLabel;
  protected readonly errorText = fieldErrorText;
  protected readonly year = signal(Number(courtCivilDate(new Date()).slice(0, 4)));
  private readonly reloads = signal(0);
  private readonly load = toSignal(
    toObservable(computed(() => ({ year: this.year(), n: this.reloads() }))).pipe(
      switchMap(({ year }) => this.fetch(year)),
    ),
    { initialValue: { status: 'loading' } as Load },
  );
  /** Closures added or removed on this page since the year was loaded. */
  private readonly added = signal<readonly CourtClosureResponse[]>([]);
  private readonly removed = signal<ReadonlySet<string>>(new Set());
  protected readonly loading = computed(() => this.load().status === 'loading');
  protected readonly failed = computed(() => this.load().status === 'failed');
  protected readonly closures = computed(() => {
    const load = this.load();
    const year = String(this.year());
    const loaded = load.status === 'loaded' ? load.items : [];
    const ids = new Set(loaded.map((c) => c.id));
    return [...loaded, ...this.added().filter((c) => !ids.has(c.id) && c.closedOn.startsWith(year))]
      .filter((c) => !this.removed().has(c.id))
      .sort((a, b) => a.closedOn.localeCompare(b.closedOn));
  });
  protected readonly confirming = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    closedOn: ['', Validators.required],
    kind: ['court_closure' as CourtClosureKind, Validators.required],
    name: ['', [notBlank, Validators.maxLength(200)]],
    authority: ['', [notBlank, Validators.maxLength(500)]],
    courtIds: [''],
    localityIds: [[] as string[]],
    allDay: [true],
  });
  protected readonly directory = inject(CourtDirectoryService);

  constructor() {
    this.directory.ensureLoaded();
  }

  /** Where a closure applies, in words: court names and localities, or statewide. */
  protected placesOf(closure: CourtClosureResponse): string {
    const places = [
      ...(closure.courtIds ?? []).map((id) => this.directory.courtName(id)),
      ...(closure.localityIds ?? []).map((id) => this.directory.locality(id)?.name ?? id),
    ];
    return places.length > 0 ? places.join(', ') : 'Statewide';
  }

  protected showYear(delta: -1 | 1): void {
    this.confirming.set(null);
    this.year.update((year) => year + delta);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected create(formDirective: FormGroupDirective): void {
    if (this.busy()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const courtIds = value.courtIds
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    this.busy.set(true);
    this.api
      .createClosure({
        closedOn: value.closedOn,
        kind: value.kind,
        name: value.name.trim(),
        authority: value.authority.trim(),
        allDay: value.allDay,
        courtIds: courtIds.length > 0 ? courtIds : null,
        localityIds: value.localityIds.length > 0 ? value.localityIds : null,
      })
      .subscribe({
        next: ({ closure, recomputedCases }) => {
          this.busy.set(false);
          this.added.update((list) => [...list, closure]);
          formDirective.resetForm({
            closedOn: '',
            kind: 'court_closure',
            name: '',
            authority: '',
            courtIds: '',
            localityIds: [],
            allDay: true,
          });
          this.announcement.set(
            `${closure.name} added; ${casesSentence(recomputedCases)} had their deadlines recomputed.`,
          );
        },
        error: (err: unknown) => {
          this.busy.set(false);
          this.problem.set(
            problemOf(this.form, err, adminRefusal('The closure could not be added.')),
          );
        },
      });
  }

  protected remove(closure: CourtClosureResponse): void {
    if (this.busy()) {
      return;
    }
    this.busy.set(true);
    this.api.deleteClosure(closure.id).subscribe({
      next: ({ recomputedCases }) => {
        this.busy.set(false);
        this.confirming.set(null);
        this.removed.update((ids) => new Set(ids).add(closure.id));
        this.announcement.set(
          `${closure.name} removed; ${casesSentence(recomputedCases)} had their deadlines recomputed.`,
        );
      },
      error: () => {
        this.busy.set(false);
        this.confirming.set(null);
        this.announcement.set(`${closure.name} could not be removed. Please try again.`);
      },
    });
  }

  protected readonly trackById = (_: number, closure: CourtClosureResponse): string => closure.id;

  private fetch(year: number): Observable<Load> {
    return this.api.closures(`${year}-01-01`, `${year}-12-31`).pipe(
      map((list): Load => ({ status: 'loaded', items: list.items })),
      catchError(() => of<Load>({ status: 'failed' })),
      startWith<Load>({ status: 'loading' }),
    );
  }
}

function casesSentence(count: number): string {
  return `${count} open ${count === 1 ? 'case' : 'cases'}`;
}
