import { FormControl, FormGroup } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { fieldErrorText } from './field-error-text';
import { civilDate, clockTime, minItems, requiresField } from './form-validators';

describe('form checks, as the API’s DTOs make them', () => {
  it('takes a real calendar date only, written YYYY-MM-DD (IsCivilDate)', () => {
    expect(civilDate(new FormControl('2028-02-29'))).toBeNull();
    expect(civilDate(new FormControl(''))).toBeNull();
    expect(civilDate(new FormControl('2026-02-30'))).toEqual({ civilDate: true });
    expect(civilDate(new FormControl('3/9/2026'))).toEqual({ civilDate: true });
    expect(fieldErrorText('Issued on', new FormControl('2026-13-01', civilDate))).toBe(
      'Issued on must be a real date written YYYY-MM-DD.',
    );
  });

  it('takes a 24-hour HH:MM time, or none (CLOCK_TIME)', () => {
    expect(clockTime(new FormControl('23:59'))).toBeNull();
    expect(clockTime(new FormControl(''))).toBeNull();
    expect(clockTime(new FormControl('24:00'))).toEqual({ clockTime: true });
    expect(fieldErrorText('Issued at', new FormControl('9pm', clockTime))).toBe(
      'Issued at must be a time written HH:MM (24-hour).',
    );
  });

  it('needs at least one act of a violation (ArrayMinSize)', () => {
    const acts = new FormControl<string[]>([], { nonNullable: true, validators: minItems(1) });
    expect(fieldErrorText('Acts', acts)).toBe('Acts: choose at least 1.');
    acts.setValue(['contact']);
    expect(acts.valid).toBe(true);
  });

  it('refuses an expiry time without its date, on the time’s field (RequiresField)', () => {
    const form = new FormGroup(
      { statedExpiryOn: new FormControl(''), statedExpiryTime: new FormControl('17:00') },
      { validators: requiresField('statedExpiryTime', 'statedExpiryOn') },
    );
    expect(form.controls.statedExpiryTime.errors).toEqual({ requiresField: 'statedExpiryOn' });
    expect(form.valid).toBe(false);

    form.controls.statedExpiryOn.setValue('2027-03-09');
    expect(form.controls.statedExpiryTime.errors).toBeNull();
    expect(form.valid).toBe(true);
  });
});
