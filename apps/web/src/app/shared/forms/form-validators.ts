import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

// The same checks as the API's DTOs (IsCivilDate, CLOCK_TIME, RequiresField, ArrayMinSize), so a
// form refuses what the API would refuse; fieldErrorText says it in the API's words.

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar date written YYYY-MM-DD; empty is left to `required`. */
export function civilDate(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value;
  if (value === null || value === '') {
    return null;
  }
  const match = CIVIL_DATE.exec(value);
  if (match) {
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
    if (date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d) {
      return null;
    }
  }
  return { civilDate: true };
}

/** 'HH:MM' on a 24-hour clock; empty is fine (times are optional). */
export function clockTime(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || value === '' || CLOCK_TIME.test(value) ? null : { clockTime: true };
}

/** A list with at least `min` entries (the API's ArrayMinSize). */
export function minItems(min: number): ValidatorFn {
  return (control: AbstractControl<readonly unknown[] | null>): ValidationErrors | null =>
    (control.value?.length ?? 0) >= min ? null : { minItems: { min } };
}

/**
 * Group validator: `field` may only be given with `other` (a time needs its date, an override
 * reason its expiry). The error goes on `field`, where the API's 400 would put it.
 */
export function requiresField(field: string, other: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const control = group.get(field);
    const given = (name: string): boolean => {
      const value: unknown = group.get(name)?.value;
      return value !== null && value !== undefined && String(value).trim() !== '';
    };
    if (!control) {
      return null;
    }
    const { requiresField: _previous, ...rest } = control.errors ?? {};
    const errors = given(field) && !given(other) ? { ...rest, requiresField: other } : rest;
    control.setErrors(Object.keys(errors).length > 0 ? errors : null);
    return null;
  };
}
