import { DomainError } from '@api/common/errors/domain-error';

import { assertBirthDate, assertNotBefore, assertOpenedOn, yearsBefore } from './plausible-dates';

function fieldOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return `${err.code}:${err.field}`;
    throw err;
  }
  return undefined;
}

describe('plausible dates', () => {
  const today = '2026-12-05';

  it('shifts by whole years and clamps a leap day to the month end', () => {
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
    expect(yearsBefore('2026-12-05', 10)).toBe('2016-12-05');
  });

  it('refuses a birth date in the future or before 1900, naming the field', () => {
    expect(fieldOf(() => assertBirthDate('client.dateOfBirth', '2028-01-01', today))).toBe(
      'DATE_IN_FUTURE:client.dateOfBirth',
    );
    expect(fieldOf(() => assertBirthDate('respondent.dateOfBirth', '1899-12-31', today))).toBe(
      'DATE_TOO_EARLY:respondent.dateOfBirth',
    );
    expect(fieldOf(() => assertBirthDate('client.dateOfBirth', today, today))).toBeUndefined();
  });

  it('refuses a case opened tomorrow or in 1999, and accepts ten years back to the day', () => {
    expect(fieldOf(() => assertOpenedOn('openedOn', '2026-12-06', today))).toBe(
      'DATE_IN_FUTURE:openedOn',
    );
    expect(fieldOf(() => assertOpenedOn('openedOn', '1999-06-01', today))).toBe(
      'DATE_TOO_EARLY:openedOn',
    );
    expect(fieldOf(() => assertOpenedOn('openedOn', '2016-12-05', today))).toBeUndefined();
    expect(fieldOf(() => assertOpenedOn('openedOn', '2016-12-04', today))).toBe(
      'DATE_TOO_EARLY:openedOn',
    );
  });

  it('refuses a date before the event it must follow', () => {
    expect(fieldOf(() => assertNotBefore('filedOn', '2026-11-01', '2026-11-02', 'x'))).toBe(
      'DATE_BEFORE_EVENT:filedOn',
    );
    expect(fieldOf(() => assertNotBefore('filedOn', '2026-11-02', '2026-11-02', 'x'))).toBe(
      undefined,
    );
  });
});
