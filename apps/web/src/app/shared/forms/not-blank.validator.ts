import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** Like `Validators.required`, but a value of spaces only is missing too. */
export function notBlank(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim().length > 0 ? null : { required: true };
}
