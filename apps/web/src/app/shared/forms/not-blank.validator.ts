import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Like `Validators.required`, but a value of spaces only is missing too. */
export function notBlank(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim().length > 0 ? null : { required: true };
}

/** Like `Validators.minLength`, but counts the characters left once spaces are trimmed. */
export function minTrimmedLength(requiredLength: number): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    if (typeof value !== 'string' || value.trim().length === 0) {
      return null; // an empty value is for notBlank / required to report
    }
    const actualLength = value.trim().length;
    return actualLength >= requiredLength ? null : { minlength: { requiredLength, actualLength } };
  };
}
