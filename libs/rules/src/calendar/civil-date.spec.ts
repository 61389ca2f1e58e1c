import { RulesInputError } from '../errors';
import {
  addCalendarMonths,
  addCalendarYears,
  addDays,
  compareIsoDates,
  daysBetween,
  isoWeekday,
  nthWeekdayOfMonth,
} from './civil-date';
import { fromDayNumber } from './day-number';

describe('addDays: edge cases', () => {
  it.each([
    ['month end', '2026-01-31', 1, '2026-02-01'],
    ['year end', '2026-12-31', 1, '2027-01-01'],
    ['backwards over a year end', '2027-01-01', -1, '2026-12-31'],
    ['into a leap day (rules-spec row 16)', '2028-02-14', 15, '2028-02-29'],
    ['over a leap day', '2028-02-28', 2, '2028-03-01'],
    ['over a non-leap century (2100)', '2100-02-28', 1, '2100-03-01'],
    ['over a leap century (2000)', '2000-02-28', 1, '2000-02-29'],
    ['the FA EPO third day (row 1)', '2026-11-23', 3, '2026-11-26'],
    ['180 days (row 28)', '2026-07-06', 180, '2027-01-02'],
    ['minus 10 days (row 30)', '2026-10-22', -10, '2026-10-12'],
    ['zero days', '2026-03-04', 0, '2026-03-04'],
  ])('%s: %s + %i days = %s', (_case, date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addDays('2026-03-04', 1.5)).toThrow(RulesInputError);
  });
});

describe('addCalendarMonths: same day-of-month, clamped to month end (A-07)', () => {
  it.each([
    ['six months (row 17)', '2026-03-17', 6, '2026-09-17'],
    ['Aug 31 + 6 months clamps to Feb 28 (row 18)', '2026-08-31', 6, '2027-02-28'],
    ['Aug 31 + 6 months clamps to Feb 29 in a leap year (row 19)', '2027-08-31', 6, '2028-02-29'],
    ['Jan 31 + 1 month in 2100 (not leap)', '2100-01-31', 1, '2100-02-28'],
    ['Jan 31 + 1 month in 2000 (leap)', '2000-01-31', 1, '2000-02-29'],
    ['Mar 31 + 1 month clamps to Apr 30', '2026-03-31', 1, '2026-04-30'],
    ['over a year end', '2026-11-30', 3, '2027-02-28'],
    ['backwards 12 months (A-17 cohabitation look-back)', '2026-04-15', -12, '2025-04-15'],
    ['backwards into a short month', '2026-03-31', -1, '2026-02-28'],
    ['zero months', '2026-03-31', 0, '2026-03-31'],
  ])('%s: %s + %i = %s', (_case, date, n, expected) => {
    expect(addCalendarMonths(date, n)).toBe(expected);
  });
});

describe('addCalendarYears: 12·n calendar months (A-07)', () => {
  it.each([
    ['two years (row 20)', '2026-03-10', 2, '2028-03-10'],
    ['Feb 29 + 2 years → Feb 28 (row 21)', '2028-02-29', 2, '2030-02-28'],
    ['Feb 29 + 4 years → Feb 29', '2028-02-29', 4, '2032-02-29'],
    ['Feb 29 2096 + 4 years → Feb 28 2100 (not leap)', '2096-02-29', 4, '2100-02-28'],
    ['year end (row 22)', '2026-12-31', 2, '2028-12-31'],
    ['20 years (A-18)', '2010-05-01', 20, '2030-05-01'],
  ])('%s: %s + %i years = %s', (_case, date, n, expected) => {
    expect(addCalendarYears(date, n)).toBe(expected);
  });

  it('refuses a result past 2200 and a fractional count', () => {
    expect(() => addCalendarYears('2199-06-01', 2)).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_CALENDAR_RANGE' }),
    );
    expect(() => addCalendarYears('2026-06-01', 0.5)).toThrow(RulesInputError);
  });
});

describe('comparisons and weekdays', () => {
  it('measures days between dates, signed (to − from)', () => {
    expect(daysBetween('2026-11-23', '2026-11-30')).toBe(7);
    expect(daysBetween('2026-11-30', '2026-11-23')).toBe(-7);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });

  it('orders dates', () => {
    expect(compareIsoDates('2026-11-23', '2026-11-30')).toBeLessThan(0);
    expect(compareIsoDates('2026-11-30', '2026-11-30')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(() => compareIsoDates('2026-11-31', '2026-11-30')).toThrow(RulesInputError);
  });

  it.each([
    ['2026-11-23', 1],
    ['2026-11-26', 4],
    ['2026-03-07', 6],
    ['2026-03-08', 7],
    ['2028-02-29', 2],
    ['2027-12-31', 5],
  ])('gives %s ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('finds n-th and last weekdays of a month', () => {
    expect(fromDayNumber(nthWeekdayOfMonth(2026, 11, 4, 4))).toBe('2026-11-26');
    expect(fromDayNumber(nthWeekdayOfMonth(2026, 5, 1, -1))).toBe('2026-05-25');
    expect(fromDayNumber(nthWeekdayOfMonth(2026, 3, 7, 2))).toBe('2026-03-08');
    expect(fromDayNumber(nthWeekdayOfMonth(2027, 5, 1, -1))).toBe('2027-05-31');
  });
});
