import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

// The API's checks of common sense on dates and phone numbers (plausible-dates.ts,
// is-phone-number.ts), so a form says no before it sends; fieldErrorText words them.

const PHONE = /^\+?[0-9 ().-]+(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;

/** Not after `today()` ('YYYY-MM-DD'); empty is left to `required`. */
export function notAfterToday(today: () => string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null =>
    control.value && control.value > today() ? { notFuture: true } : null;
}

/** Not before `earliest()` ('YYYY-MM-DD', or null for no bound); `what` names the bound. */
export function notBefore(earliest: () => string | null, what: string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const bound = earliest();
    return control.value && bound && control.value < bound ? { notBefore: { bound, what } } : null;
  };
}

/** 7 to 15 digits with spaces, dots, dashes or brackets, as the API takes a phone number. */
export function phoneNumber(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = (control.value ?? '').trim();
  if (value === '') {
    return null;
  }
  const digits = value.replace(/(x|ext\.?)\s*[0-9]+$/i, '').replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 7 && digits <= 15 ? null : { phone: true };
}

/** `on` shifted back by whole years ('YYYY-MM-DD'), the month's end kept for 29 February. */
export function yearsBefore(on: string, years: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
