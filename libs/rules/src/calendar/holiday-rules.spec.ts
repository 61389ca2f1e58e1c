import { fromDayNumber } from './day-number';
import { VIRGINIA_HOLIDAY_RULES } from './holiday-rules';

describe('Va. Code § 2.2-3300 date rules', () => {
  it('lists the thirteen dated holidays by statutory name', () => {
    expect(VIRGINIA_HOLIDAY_RULES.map((r) => r.name)).toEqual([
      "New Year's Day",
      'Martin Luther King, Jr., Day',
      'George Washington Day',
      'Memorial Day',
      'Juneteenth',
      'Independence Day',
      'Labor Day',
      'Columbus Day and Yorktown Victory Day',
      'Election Day',
      'Veterans Day',
      'Thanksgiving Day',
      'Friday next following Thanksgiving',
      'Christmas Day',
    ]);
  });

  it('marks only the fixed-date holidays as subject to the weekend observed rule', () => {
    expect(VIRGINIA_HOLIDAY_RULES.filter((r) => r.fixedDate).map((r) => r.name)).toEqual([
      "New Year's Day",
      'Juneteenth',
      'Independence Day',
      'Veterans Day',
      'Christmas Day',
    ]);
  });

  it('puts each weekday-rule holiday on its weekday for 2025..2045', () => {
    const expectedWeekday: Record<string, number> = {
      'Martin Luther King, Jr., Day': 1,
      'George Washington Day': 1,
      'Memorial Day': 1,
      'Labor Day': 1,
      'Columbus Day and Yorktown Victory Day': 1,
      'Election Day': 2,
      'Thanksgiving Day': 4,
      'Friday next following Thanksgiving': 5,
    };
    for (let year = 2025; year <= 2045; year += 1) {
      for (const rule of VIRGINIA_HOLIDAY_RULES.filter((r) => !r.fixedDate)) {
        const day = rule.actualDay(year);
        expect(fromDayNumber(day).slice(0, 4)).toBe(String(year));
        expect(((((day + 3) % 7) + 7) % 7) + 1).toBe(expectedWeekday[rule.name]);
      }
    }
  });

  it('puts Election Day on the Tuesday after the first Monday (Nov 2..8), so never Nov 1', () => {
    const election = VIRGINIA_HOLIDAY_RULES.find((r) => r.name === 'Election Day');
    // 2027: Nov 1 is a Monday, so Election Day is Nov 2; 2022: Nov 1 is a Tuesday → Nov 8.
    expect(fromDayNumber(election?.actualDay(2027) ?? 0)).toBe('2027-11-02');
    expect(fromDayNumber(election?.actualDay(2022) ?? 0)).toBe('2022-11-08');
  });
});
