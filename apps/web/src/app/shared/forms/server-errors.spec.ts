import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { describe, expect, it } from 'vitest';

import { fieldErrorText } from './field-error-text';
import { minTrimmedLength } from './not-blank.validator';
import { applyFieldErrors, refusalOf, validationFieldsOf } from './server-errors';

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

describe('applyFieldErrors with sentences', () => {
  it('shows a domain refusal as its own sentence, not after the label', () => {
    const form = aForm();

    applyFieldErrors(
      form,
      [{ field: 'openedOn', message: 'The case cannot open in the future' }],
      'sentence',
    );

    expect(fieldErrorText('Opened on', form.controls.openedOn)).toBe(
      'The case cannot open in the future.',
    );
  });

  it('follows dotted paths into nested groups', () => {
    const form = new FormGroup({
      client: new FormGroup({ fullName: new FormControl('') }),
    });

    expect(applyFieldErrors(form, [{ field: 'client.fullName', message: 'is required' }])).toEqual(
      [],
    );
    expect(fieldErrorText('Client name', form.controls.client.controls.fullName)).toBe(
      'Client name is required.',
    );
  });
});

describe('refusalOf', () => {
  it('reads the code, message and fields of a 4xx answer', () => {
    const err = new HttpErrorResponse({
      status: 409,
      error: {
        error: 'CONFLICT_CHECK_HIT',
        message: 'Conflict check: a match.',
        fields: [{ field: 'conflictOverrideReason', message: 'Conflict check: a match.' }, 'junk'],
      },
    });

    expect(refusalOf(err)).toEqual({
      status: 409,
      code: 'CONFLICT_CHECK_HIT',
      message: 'Conflict check: a match.',
      fields: [{ field: 'conflictOverrideReason', message: 'Conflict check: a match.' }],
    });
  });

  it('leaves server and network errors to the snackbar', () => {
    expect(refusalOf(new HttpErrorResponse({ status: 503, error: {} }))).toBeNull();
    expect(refusalOf(new HttpErrorResponse({ status: 0 }))).toBeNull();
    expect(refusalOf(new Error('offline'))).toBeNull();
  });

  it('copes with a 4xx that has no body', () => {
    expect(refusalOf(new HttpErrorResponse({ status: 403, error: null }))).toEqual({
      status: 403,
      code: null,
      message: null,
      fields: [],
    });
  });
});

describe('minTrimmedLength', () => {
  it('counts the characters left once spaces are trimmed, and leaves blank to notBlank', () => {
    const validator = minTrimmedLength(5);
    expect(validator(new FormControl('  why  '))).toEqual({
      minlength: { requiredLength: 5, actualLength: 3 },
    });
    expect(validator(new FormControl(' court '))).toBeNull();
    expect(validator(new FormControl('   '))).toBeNull();
  });
});

describe('fieldErrorText', () => {
  it('names the minimum length', () => {
    const control = new FormControl('why', minTrimmedLength(5));
    expect(fieldErrorText('Reason', control)).toBe('Reason must be at least 5 characters.');
  });

  it('names the field in the required message', () => {
    const control = new FormControl('', Validators.required);
    expect(fieldErrorText('Client name', control)).toBe('Client name is required.');
  });

  it('is empty for a valid control', () => {
    expect(fieldErrorText('Client name', new FormControl('Juniper'))).toBe('');
  });
});
