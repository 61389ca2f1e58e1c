import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { FieldErrorComponent } from './field-error.component';

/**
 * A civil date and, beside it, its optional wall-clock time ('YYYY-MM-DD' and 'HH:MM', as the API
 * takes them). Labels are given without "(optional)"; it is added where the value may be left out.
 */
@Component({
  selector: 'hv-date-time-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorComponent],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ dateLabel() }}{{ dateOptional() ? ' (optional)' : '' }}</mat-label>
      <input matInput type="date" [formControl]="date()" [required]="!dateOptional()" />
      @if (dateHint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      <mat-error [hvErrorOf]="date()" [label]="dateLabel()" />
    </mat-form-field>
    @if (time(); as time) {
      <mat-form-field class="field">
        <mat-label>{{ timeLabel() }} (optional)</mat-label>
        <input matInput type="time" [formControl]="time" />
        <mat-error [hvErrorOf]="time" [label]="timeLabel()" />
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 12px;
    }
    .field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateTimeFieldsComponent {
  readonly date = input.required<FormControl<string>>();
  readonly dateLabel = input.required<string>();
  readonly dateOptional = input(false);
  readonly dateHint = input<string>();
  /** No time control: the date alone, in the same column as a pair's date. */
  readonly time = input<FormControl<string> | null>(null);
  readonly timeLabel = input('Time');
}
