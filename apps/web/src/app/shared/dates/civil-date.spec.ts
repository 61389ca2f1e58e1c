import { describe, expect, it } from 'vitest';

import { formatCivilDate, localCivilDate } from './civil-date';

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

describe('localCivilDate', () => {
  it('writes the local calendar date with zero padding', () => {
    expect(localCivilDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
