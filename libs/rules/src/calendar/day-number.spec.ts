import { RulesInputError } from '../errors';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  parseCivil,
  toDayNumber,
  weekdayOfDayNumber,
} from './day-number';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-11-23', 20780],
    ['1900-01-01', -25567],
    ['2200-12-31', 84370],
  ])('numbers %s as day %i since 1970-01-01', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('agrees with Date.UTC for every day of 1900..2200', () => {
    for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2200-12-31'); n += 1) {
      const utc = new Date(n * 86_400_000);
      const { year, month, day } = civilFromDays(n);
      expect([year, month, day]).toEqual([
        utc.getUTCFullYear(),
        utc.getUTCMonth() + 1,
        utc.getUTCDate(),
      ]);
      expect(daysFromCivil(year, month, day)).toBe(n);
    }
  });

  it('gives ISO weekdays: 1970-01-01 Thursday, 2026-11-23 Monday, 2026-11-29 Sunday', () => {
    expect(weekdayOfDayNumber(0)).toBe(4);
    expect(weekdayOfDayNumber(toDayNumber('2026-11-23'))).toBe(1);
    expect(weekdayOfDayNumber(toDayNumber('2026-11-29'))).toBe(7);
    expect(weekdayOfDayNumber(-1)).toBe(3);
  });
});

describe('leap years', () => {
  it.each([
    [2028, true],
    [2026, false],
    [2000, true],
    [2100, false],
    [1900, false],
    [2024, true],
  ])('treats %i as leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it('accepts 2028-02-29 and 2000-02-29 but not 2100-02-29 or 2026-02-29', () => {
    expect(parseCivil('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseCivil('2000-02-29')).toBeDefined();
    expect(parseCivil('2100-02-29')).toBeUndefined();
    expect(parseCivil('2026-02-29')).toBeUndefined();
  });
});

describe('toDayNumber / fromDayNumber refusals', () => {
  it.each([
    '2026-02-30',
    '2026-2-3',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '1899-12-31',
    '2201-01-01',
    '',
    '2026-03-04T00:00',
  ])('refuses %j with INVALID_DATE', (value) => {
    expect(() => toDayNumber(value)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('refuses a day number outside 1900..2200 or a fraction with OUTSIDE_CALENDAR_RANGE', () => {
    expect(() => fromDayNumber(toDayNumber('2200-12-31') + 1)).toThrow(RulesInputError);
    expect(() => fromDayNumber(toDayNumber('1900-01-01') - 1)).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_CALENDAR_RANGE' }),
    );
    expect(() => fromDayNumber(1.5)).toThrow(RulesInputError);
  });
});
