import { describe, expect, it } from 'vitest';

import {
  type SafeContactFormValue,
  safeAddressMissing,
  safeContactRequest,
} from './safe-contact-form';
import { channelsPhrase } from './safe-contact-labels';

const FORM: SafeContactFormValue = {
  mail: 'safe_address_only',
  phone: 'no_voicemail',
  safeAddress: '',
  clearSafeAddress: false,
  note: '',
  clearNote: false,
};

describe('safe-contact instructions form', () => {
  it('needs a safe address for "mail only to a safe address" unless one is stored and kept', () => {
    expect(safeAddressMissing(FORM, false)).toBe(true);
    expect(safeAddressMissing(FORM, true)).toBe(false);
    expect(safeAddressMissing({ ...FORM, clearSafeAddress: true }, true)).toBe(true);
    expect(safeAddressMissing({ ...FORM, safeAddress: 'PO Box 4471, Fairfax, VA' }, false)).toBe(
      false,
    );
    expect(safeAddressMissing({ ...FORM, mail: 'no_mail' }, false)).toBe(false);
  });

  it('keeps sealed values it was not given, sends new ones and clears on request', () => {
    expect(safeContactRequest(FORM)).toEqual({ mail: 'safe_address_only', phone: 'no_voicemail' });
    expect(safeContactRequest({ ...FORM, safeAddress: ' PO Box 4471 ', clearNote: true })).toEqual({
      mail: 'safe_address_only',
      phone: 'no_voicemail',
      safeAddress: 'PO Box 4471',
      note: null,
    });
  });

  it('names the allowed channels in one phrase', () => {
    expect(channelsPhrase(['mail_safe_address', 'in_person'])).toBe(
      'Post to the safe address or hand it over in person',
    );
    expect(channelsPhrase(['in_person'])).toBe('Hand it over in person');
  });
});
