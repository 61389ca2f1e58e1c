import { describe, expect, it } from 'vitest';

import { formatCivilDate, formatCivilTime, courtCivilDate } from './civil-date';

describe('formatCivilDate', () => {
  it('shows a court date as month, day and year', () => {
    expect(formatCivilDate('2026-03-09')).toBe('Mar 9, 2026');
  });

  it('keeps New Year’s Day on its own day and year', () => {
    expect(formatCivilDate('2027-01-01')).toBe('Jan 1, 2027');
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatCivilDate('2026-03-09T10:00:00Z')).toBe('2026-03-09T10:00:00Z');
  });
});

describe('courtCivilDate', () => {
  it("is Virginia's date, not the machine's, in the hours the two differ", () => {
    expect(courtCivilDate(new Date('2026-12-06T03:00:00Z'))).toBe('2026-12-05');
    expect(courtCivilDate(new Date('2026-07-01T03:59:00Z'))).toBe('2026-06-30');
    expect(courtCivilDate(new Date('2026-07-01T04:00:00Z'))).toBe('2026-07-01');
  });

  it('writes the local calendar date with zero padding', () => {
    expect(courtCivilDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('formatCivilTime', () => {
  it.each([
    ['09:00', '9:00 AM'],
    ['00:30', '12:30 AM'],
    ['12:00', '12:00 PM'],
    ['23:59', '11:59 PM'],
    ['17:00:00', '5:00 PM'],
  ])('shows %s as %s', (value, shown) => {
    expect(formatCivilTime(value)).toBe(shown);
  });

  it('returns anything that is not a time unchanged', () => {
    expect(formatCivilTime('25:00')).toBe('25:00');
    expect(formatCivilTime('noon')).toBe('noon');
  });
});
