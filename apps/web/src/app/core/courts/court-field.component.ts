import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { merge, startWith, switchMap } from 'rxjs';

import type { DirectoryCourtKind } from '@haven/contracts';

import { CourtDirectoryService } from './court-directory.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';
import { searchCourts, type CourtChoice } from './court-search';

/**
 * A searchable court choice: people type part of a court's or locality's name and pick the court;
 * the form control keeps the court's id (what the API stores). Text that names no court leaves
 * the control empty and marked `unknownCourt`, so a typo is never sent as a court.
 */
@Component({
  selector: 'hv-court-field',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorComponent,
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}{{ required() ? '' : ' (optional)' }}</mat-label>
      <input
        matInput
        [formControl]="query"
        [matAutocomplete]="auto"
        [required]="required()"
        autocomplete="off"
        (blur)="settle()"
      />
      <mat-autocomplete
        #auto="matAutocomplete"
        [hideSingleSelectionIndicator]="true"
        (optionSelected)="pick($event.option.value)"
      >
        @for (court of matches(); track court.id) {
          <mat-option [value]="court.id">{{ court.name }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
      <mat-error [hvErrorOf]="control()" [label]="label()" />
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourtFieldComponent {
  private readonly directory = inject(CourtDirectoryService);

  /** The control holding the chosen court's id ('' when none). */
  readonly control = input.required<FormControl<string>>();
  /** The field's label and the name its errors start with. */
  readonly label = input('Court');
  /** Only courts that sit as one of these kinds are offered (all when empty). */
  readonly kinds = input<readonly DirectoryCourtKind[]>([]);
  /** Filled with the chosen court's first locality name, when given. */
  readonly locality = input<FormControl<string> | null>(null);
  readonly required = input(true);
  /** Under the field: what to type. */
  readonly hint = input('Type part of the court or the county or city, then choose.');

  protected readonly query = new FormControl('', { nonNullable: true });
  private readonly typed = signal('');

  private readonly choices = computed<CourtChoice[]>(() => {
    const kinds = this.kinds();
    return this.directory
      .courts()
      .filter((c) => c.active && (kinds.length === 0 || kinds.includes(c.kind)))
      .map((c) => ({
        id: c.id,
        name: c.name,
        also: [c.kind, ...c.localityIds.map((id) => this.directory.locality(id)?.name ?? id)].join(
          ' ',
        ),
      }));
  });
  protected readonly matches = computed(() => searchCourts(this.choices(), this.typed()));

  constructor() {
    this.directory.ensureLoaded();
    this.query.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => this.typed.set(text));
    // Show the stored id's name when the directory arrives or the control changes from outside.
    toObservable(this.control)
      .pipe(
        switchMap((c) => merge(c.valueChanges.pipe(startWith(c.value)), c.statusChanges)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.sync());
    effect(() => {
      this.directory.courts();
      untracked(() => this.sync());
    });
  }

  private sync(): void {
    const control = this.control();
    const name = this.directory.courtName(control.value);
    if (control.value && this.query.value !== name) {
      this.query.setValue(name, { emitEvent: false });
    }
    this.mirrorErrors();
  }

  protected pick(id: string): void {
    const control = this.control();
    control.setValue(id);
    control.markAsDirty();
    this.query.setValue(this.directory.courtName(id), { emitEvent: false });
    this.typed.set(this.query.value);
    const court = this.directory.court(id);
    const locality = this.locality();
    const first = court?.localityIds[0];
    if (locality && first) {
      locality.setValue(this.directory.locality(first)?.name ?? locality.value);
    }
  }

  /** On leaving the field: an exact name counts as chosen; other text is not a court. */
  protected settle(): void {
    const control = this.control();
    control.markAsTouched();
    const text = this.query.value.trim().toLowerCase();
    if (text === '') {
      control.setValue('');
    } else {
      const exact = this.choices().find((c) => c.name.toLowerCase() === text || c.id === text);
      if (exact) {
        this.pick(exact.id);
      } else {
        control.setValue('');
        control.setErrors({ ...(control.errors ?? {}), unknownCourt: true });
      }
    }
    this.query.markAsTouched();
    this.mirrorErrors();
  }

  // The form field's error state follows the visible input; the errors live on the id control.
  private mirrorErrors(): void {
    this.query.setErrors(this.control().errors);
  }
}
