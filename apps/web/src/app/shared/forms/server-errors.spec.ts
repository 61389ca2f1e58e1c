import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { fieldErrorText } from './field-error-text';
import { applyFieldErrors, validationFieldsOf } from './server-errors';

function aForm(): FormGroup<{ clientName: FormControl<string>; openedOn: FormControl<string> }> {
  return new FormGroup({
    clientName: new FormControl('Juniper Ashdown', { nonNullable: true }),
    openedOn: new FormControl('2026-02-30', { nonNullable: true, validators: Validators.required }),
  });
}

describe('validationFieldsOf', () => {
  it('reads the fields of a 400 validation answer', () => {
    const err = new HttpErrorResponse({
      status: 400,
      error: {
        error: 'validation_failed',
        fields: [{ field: 'openedOn', message: 'is not a date' }],
      },
    });
    expect(validationFieldsOf(err)).toEqual([{ field: 'openedOn', message: 'is not a date' }]);
  });

  it('ignores a 400 of another shape and every other status', () => {
    expect(validationFieldsOf(new HttpErrorResponse({ status: 400, error: 'bad' }))).toBeNull();
    expect(validationFieldsOf(new HttpErrorResponse({ status: 409, error: {} }))).toBeNull();
    expect(validationFieldsOf(new Error('offline'))).toBeNull();
  });
});

describe('applyFieldErrors', () => {
  it('puts the server message on the named control and marks it touched', () => {
    const form = aForm();

    const unplaced = applyFieldErrors(form, [{ field: 'openedOn', message: 'is not a date' }]);

    expect(unplaced).toEqual([]);
    expect(form.controls.openedOn.touched).toBe(true);
    expect(fieldErrorText('Opened on', form.controls.openedOn)).toBe('Opened on is not a date.');
  });

  it('returns the messages that name no control', () => {
    const form = aForm();

    const unplaced = applyFieldErrors(form, [{ field: 'courtId', message: 'should not exist' }]);

    expect(unplaced).toEqual(['courtId should not exist']);
    expect(form.valid).toBe(true);
  });

  it('drops the server message once the user edits the field', () => {
    const form = aForm();
    applyFieldErrors(form, [{ field: 'openedOn', message: 'is not a date' }]);

    form.controls.openedOn.setValue('2026-02-28');

    expect(form.controls.openedOn.errors).toBeNull();
  });
});

describe('fieldErrorText', () => {
  it('names the field in the required message', () => {
    const control = new FormControl('', Validators.required);
    expect(fieldErrorText('Client name', control)).toBe('Client name is required.');
  });

  it('is empty for a valid control', () => {
    expect(fieldErrorText('Client name', new FormControl('Juniper'))).toBe('');
  });
});
