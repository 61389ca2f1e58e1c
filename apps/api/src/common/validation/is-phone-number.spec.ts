import { isPhoneNumber } from './is-phone-number';

describe('isPhoneNumber', () => {
  it.each(['555-0142', '(540) 555-0142', '+1 540 555 0142', '540.555.0142 x12'])(
    'accepts %p',
    (value) => expect(isPhoneNumber(value)).toBe(true),
  );

  it.each(['abc', '555', '540-555-0142-1234-5678', '555-01a2', '', 42])('refuses %p', (value) =>
    expect(isPhoneNumber(value)).toBe(false),
  );
});
