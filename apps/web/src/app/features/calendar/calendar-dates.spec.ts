import { describe, expect, it } from 'vitest';

import { moveByKey, parseDay, step, visibleWeeks } from './calendar-dates';

describe('calendar dates', () => {
  it('lays out a month as whole Sunday-first weeks', () => {
    const weeks = visibleWeeks('month', '2026-03-18');

    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2026-03-01');
    expect(weeks.at(-1)?.[6]).toBe('2026-04-04');
  });

  it('takes six rows for a month that needs them', () => {
    // August 2026 starts on a Saturday and ends on a Monday.
    const weeks = visibleWeeks('month', '2026-08-15');

    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.[0]).toBe('2026-07-26');
    expect(weeks.at(-1)?.[6]).toBe('2026-09-05');
  });

  it('shows one week, Sunday to Saturday, in the week view', () => {
    expect(visibleWeeks('week', '2026-03-09')).toEqual([
      [
        '2026-03-08',
        '2026-03-09',
        '2026-03-10',
        '2026-03-11',
        '2026-03-12',
        '2026-03-13',
        '2026-03-14',
      ],
    ]);
  });

  it.each([
    ['ArrowLeft', '2026-03-08'],
    ['ArrowRight', '2026-03-10'],
    ['ArrowUp', '2026-03-02'],
    ['ArrowDown', '2026-03-16'],
    ['Home', '2026-03-08'],
    ['End', '2026-03-14'],
    ['PageUp', '2026-02-09'],
    ['PageDown', '2026-04-09'],
  ])('moves the month view’s day on %s to %s', (key, expected) => {
    expect(moveByKey('month', '2026-03-09', key)).toBe(expected);
  });

  it('pages by week in the week view, and ignores other keys', () => {
    expect(moveByKey('week', '2026-03-09', 'PageDown')).toBe('2026-03-16');
    expect(moveByKey('week', '2026-03-09', 'a')).toBeNull();
  });

  it('clamps a month step to the end of a shorter month', () => {
    expect(step('month', '2026-01-31', 1)).toBe('2026-02-28');
    expect(step('week', '2026-12-28', 1)).toBe('2027-01-04');
  });

  it('falls back when the address holds no real date', () => {
    expect(parseDay('2026-02-30', '2026-03-09')).toBe('2026-03-09');
    expect(parseDay(null, '2026-03-09')).toBe('2026-03-09');
    expect(parseDay('2026-02-28', '2026-03-09')).toBe('2026-02-28');
  });
});
