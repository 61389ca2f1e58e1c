import { FormControl } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { fieldErrorText } from './field-error-text';
import { notAfterToday, notBefore, phoneNumber, yearsBefore } from './plausible-dates';

describe('plausible dates and phone numbers in forms', () => {
  it('refuses a day after today and says so', () => {
    const control = new FormControl(
      '2028-01-01',
      notAfterToday(() => '2026-12-05'),
    );
    expect(fieldErrorText('Date of birth', control)).toBe(
      'Date of birth must not be a day that has not come yet.',
    );
  });

  it('refuses a day before its bound, naming the bound', () => {
    const control = new FormControl(
      '1999-01-04',
      notBefore(() => '2016-12-05', 'ten years ago'),
    );
    expect(fieldErrorText('Opened on', control)).toBe(
      'Opened on must not be before ten years ago (2016-12-05).',
    );
  });

  it('refuses "abc" as a phone number and accepts 555 numbers as people write them', () => {
    expect(phoneNumber(new FormControl('abc'))).toEqual({ phone: true });
    expect(phoneNumber(new FormControl('(540) 555-0142'))).toBeNull();
    expect(phoneNumber(new FormControl(''))).toBeNull();
  });

  it('shifts back whole years, keeping 29 February at the month end', () => {
    expect(yearsBefore('2028-02-29', 10)).toBe('2018-02-28');
  });
});
