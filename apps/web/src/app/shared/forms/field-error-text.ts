import type { AbstractControl } from '@angular/forms';

/** The one sentence a form field shows under itself, or '' when the control is valid. */
export function fieldErrorText(label: string, control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) {
    return '';
  }
  if (typeof errors['server'] === 'string') {
    return sentence(`${label} ${errors['server']}`);
  }
  if (typeof errors['serverSentence'] === 'string') {
    return sentence(errors['serverSentence']);
  }
  // The checks of form-validators.ts and plausible-dates.ts, in the words of the API's DTOs.
  if (errors['badDate']) {
    return `${label} is not a valid date.`;
  }
  if (errors['notFuture']) {
    return `${label} must not be a day that has not come yet.`;
  }
  const before = errors['notBefore'] as { bound: string; what: string } | undefined;
  if (before) {
    return `${label} must not be before ${before.what} (${before.bound}).`;
  }
  if (errors['phone']) {
    return `${label} must be a phone number: 7 to 15 digits, with spaces, dots, dashes or brackets.`;
  }
  if (errors['unknownCourt']) {
    return `${label}: choose a court from the list.`;
  }
  if (errors['civilDate']) {
    return `${label} must be a real date written YYYY-MM-DD.`;
  }
  if (errors['clockTime']) {
    return `${label} must be a time written HH:MM (24-hour).`;
  }
  if (typeof errors['requiresField'] === 'string') {
    return `${label} may only be given with the date it belongs to.`;
  }
  const minimum = errors['minItems'] as { min: number } | undefined;
  if (minimum) {
    return `${label}: choose at least ${minimum.min}.`;
  }
  if (errors['required']) {
    return `${label} is required.`;
  }
  if (errors['email']) {
    return `${label} must be an e-mail address.`;
  }
  const minLength = errors['minlength'] as { requiredLength: number } | undefined;
  if (minLength) {
    return `${label} must be at least ${minLength.requiredLength} characters.`;
  }
  const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxLength) {
    return `${label} must be at most ${maxLength.requiredLength} characters.`;
  }
  return `${label} is not valid.`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
