import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { startWith, switchMap } from 'rxjs';

import { fieldErrorText } from './field-error-text';

/**
 * The sentence under a form field, from its control's errors (client checks and the API's):
 * `<mat-error [hvErrorOf]="form.controls.filedOn" label="Filed on" />`. The form field shows it
 * only while the control is in error, so no `@if` is needed around it.
 */
@Component({
  selector: 'mat-error[hvErrorOf]',
  template: '{{ text() }}',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldErrorComponent {
  readonly control = input.required<AbstractControl>({ alias: 'hvErrorOf' });
  /** The field's name as a sentence starts with it: "Filed on is required." */
  readonly label = input.required<string>();

  // Errors change without an input changing (typing, a server error): follow the control's events.
  private readonly changed = toSignal(
    toObservable(this.control).pipe(switchMap((control) => control.events.pipe(startWith(null)))),
  );
  protected readonly text = computed(() => {
    this.changed();
    return fieldErrorText(this.label(), this.control());
  });
}
