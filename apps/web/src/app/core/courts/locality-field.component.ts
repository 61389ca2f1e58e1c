import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { startWith, switchMap } from 'rxjs';

import { CourtDirectoryService } from './court-directory.service';
import { FieldErrorComponent } from '../../shared/forms/field-error.component';

/**
 * A Virginia county or independent city, searchable by name; the control keeps the name as the
 * court directory spells it ('Roanoke City'), as the API stores a venue.
 */
@Component({
  selector: 'hv-locality-field',
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
        [formControl]="control()"
        [matAutocomplete]="auto"
        [required]="required()"
        autocomplete="off"
      />
      <mat-autocomplete #auto="matAutocomplete" [hideSingleSelectionIndicator]="true">
        @for (name of matches(); track name) {
          <mat-option [value]="name">{{ name }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>A county or independent city of Virginia.</mat-hint>
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
export class LocalityFieldComponent {
  private readonly directory = inject(CourtDirectoryService);

  /** The control holding the locality's name. */
  readonly control = input.required<FormControl<string>>();
  /** The field's label and the name its errors start with. */
  readonly label = input('County or city');
  readonly required = input(false);

  private readonly typed = signal('');
  protected readonly matches = computed(() => {
    const words = this.typed().toLowerCase().split(/\s+/).filter(Boolean);
    return this.directory
      .localities()
      .map((l) => l.name)
      .filter((name) => words.every((w) => name.toLowerCase().includes(w)))
      .slice(0, 40);
  });

  constructor() {
    this.directory.ensureLoaded();
    toObservable(this.control)
      .pipe(
        switchMap((c) => c.valueChanges.pipe(startWith(c.value))),
        takeUntilDestroyed(),
      )
      .subscribe((text) => this.typed.set(text));
  }
}
