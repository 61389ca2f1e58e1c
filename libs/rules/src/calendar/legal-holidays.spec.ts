import { RulesInputError } from '../errors';
import { isoWeekday } from './civil-date';
import { legalHolidayOn, legalHolidays } from './legal-holidays';

// rules-spec §2.5, copied verbatim: | Date | Day | Holiday |
const SPEC_2_5: Record<number, string> = {
  2026: `
| 2026-01-01 | Thu | New Year's Day |
| 2026-01-19 | Mon | Martin Luther King, Jr., Day |
| 2026-02-16 | Mon | George Washington Day |
| 2026-05-25 | Mon | Memorial Day |
| 2026-06-19 | Fri | Juneteenth |
| 2026-07-03 | Fri | Independence Day (observed; July 4 is a Saturday) |
| 2026-09-07 | Mon | Labor Day |
| 2026-10-12 | Mon | Columbus Day and Yorktown Victory Day |
| 2026-11-03 | Tue | Election Day |
| 2026-11-11 | Wed | Veterans Day |
| 2026-11-26 | Thu | Thanksgiving Day |
| 2026-11-27 | Fri | Friday next following Thanksgiving |
| 2026-12-25 | Fri | Christmas Day |`,
  2027: `
| 2027-01-01 | Fri | New Year's Day |
| 2027-01-18 | Mon | Martin Luther King, Jr., Day |
| 2027-02-15 | Mon | George Washington Day |
| 2027-05-31 | Mon | Memorial Day |
| 2027-06-18 | Fri | Juneteenth (observed; June 19 is a Saturday) |
| 2027-07-05 | Mon | Independence Day (observed; July 4 is a Sunday) |
| 2027-09-06 | Mon | Labor Day |
| 2027-10-11 | Mon | Columbus Day and Yorktown Victory Day |
| 2027-11-02 | Tue | Election Day |
| 2027-11-11 | Thu | Veterans Day |
| 2027-11-25 | Thu | Thanksgiving Day |
| 2027-11-26 | Fri | Friday next following Thanksgiving |
| 2027-12-24 | Fri | Christmas Day (observed; December 25 is a Saturday) |
| 2027-12-31 | Fri | New Year's Day 2028 (observed; January 1, 2028 is a Saturday) |`,
  2028: `
| 2028-01-17 | Mon | Martin Luther King, Jr., Day |
| 2028-02-21 | Mon | George Washington Day |
| 2028-05-29 | Mon | Memorial Day |
| 2028-06-19 | Mon | Juneteenth |
| 2028-07-04 | Tue | Independence Day |
| 2028-09-04 | Mon | Labor Day |
| 2028-10-09 | Mon | Columbus Day and Yorktown Victory Day |
| 2028-11-07 | Tue | Election Day |
| 2028-11-10 | Fri | Veterans Day (observed; November 11 is a Saturday) |
| 2028-11-23 | Thu | Thanksgiving Day |
| 2028-11-24 | Fri | Friday next following Thanksgiving |
| 2028-12-25 | Mon | Christmas Day |`,
};

const WEEKDAY_ABBREVIATIONS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// The table's "Holiday" column adds the year and an "(observed; …)" note to the statutory name.
function parseTable(table: string) {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [date = '', day = '', holiday = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      const observed = holiday.includes('(observed');
      const name = holiday.replace(/ \(observed;.*\)$/, '').replace(/ \d{4}$/, '');
      return { date, day, name, observed };
    });
}

describe('legalHolidays: derived tables equal rules-spec §2.5', () => {
  it.each([2026, 2027, 2028])(
    'derives exactly the %i table (date, weekday, name, observed)',
    (year) => {
      const expected = parseTable(SPEC_2_5[year] ?? '');
      const derived = legalHolidays(year).map((h) => ({
        date: h.date,
        day: WEEKDAY_ABBREVIATIONS[isoWeekday(h.date) - 1],
        name: h.name,
        observed: h.observed,
      }));
      expect(derived).toEqual(expected);
    },
  );

  it('cites Va. Code § 2.2-3300 on every holiday', () => {
    for (const year of [2026, 2027, 2028]) {
      for (const h of legalHolidays(year)) {
        expect(h.citation).toBe('Va. Code § 2.2-3300');
      }
    }
  });
});

describe('legalHolidays: observed-date rule (§ 2.2-3300, final sentence)', () => {
  it('observes New Year’s Day 2028 on Friday 2027-12-31 and lists it in 2027', () => {
    const entry = legalHolidays(2027).find((h) => h.date === '2027-12-31');
    expect(entry).toEqual({
      date: '2027-12-31',
      name: "New Year's Day",
      actualDate: '2028-01-01',
      observed: true,
      citation: 'Va. Code § 2.2-3300',
    });
  });

  it('gives 2028 no New Year’s Day entry and keeps Monday 2028-01-03 a working day', () => {
    expect(legalHolidays(2028).some((h) => h.name === "New Year's Day")).toBe(false);
    expect(legalHolidayOn('2028-01-03')).toBeUndefined();
    expect(legalHolidayOn('2028-01-01')).toBeUndefined();
  });

  it('moves a Saturday holiday to the Friday before (Independence Day 2026)', () => {
    expect(legalHolidayOn('2026-07-03')).toMatchObject({
      name: 'Independence Day',
      actualDate: '2026-07-04',
      observed: true,
    });
  });

  it('moves a Sunday holiday to the Monday after (Christmas Day 2022 → Mon 2022-12-26)', () => {
    expect(legalHolidayOn('2022-12-26')).toMatchObject({
      name: 'Christmas Day',
      actualDate: '2022-12-25',
      observed: true,
    });
  });

  it('keeps a Sunday New Year’s Day in its own year (Sun 2034-01-01 → Mon 2034-01-02)', () => {
    expect(
      legalHolidays(2033).some((h) => h.name === "New Year's Day" && h.date > '2033-06-01'),
    ).toBe(false);
    expect(legalHolidayOn('2034-01-02')).toMatchObject({ name: "New Year's Day", observed: true });
  });

  it('puts every observed date on a weekday, 1990..2100', () => {
    for (let year = 1990; year <= 2100; year += 1) {
      for (const h of legalHolidays(year)) {
        expect(isoWeekday(h.date)).toBeLessThanOrEqual(5);
      }
    }
  });

  it('never lists a date outside the requested year and keeps the list sorted', () => {
    for (let year = 2020; year <= 2060; year += 1) {
      const dates = legalHolidays(year).map((h) => h.date);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
    }
  });
});

describe('legalHolidays: what is and is not a Virginia legal holiday', () => {
  it.each([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2045])(
    'includes Election Day, the Tuesday after the first Monday in November, in %i',
    (year) => {
      const election = legalHolidays(year).find((h) => h.name === 'Election Day');
      expect(election).toBeDefined();
      const date = election?.date ?? '';
      expect(isoWeekday(date)).toBe(2);
      const day = Number(date.slice(8));
      expect(date.slice(5, 7)).toBe('11');
      expect(day).toBeGreaterThanOrEqual(2);
      expect(day).toBeLessThanOrEqual(8);
    },
  );

  it('does not include Lee-Jackson Day (removed by the 2020 Acts)', () => {
    for (let year = 2021; year <= 2045; year += 1) {
      expect(legalHolidays(year).some((h) => /Lee|Jackson/.test(h.name))).toBe(false);
    }
    // The Friday before MLK Day, where Lee-Jackson Day used to fall, is an ordinary day.
    expect(legalHolidayOn('2026-01-16')).toBeUndefined();
  });

  it('does not include Inauguration Day (e.g. Sat 2029-01-20, Wed 2021-01-20)', () => {
    expect(legalHolidayOn('2021-01-20')).toBeUndefined();
    expect(legalHolidayOn('2029-01-19')).toBeUndefined();
    expect(legalHolidays(2029).some((h) => /Inauguration/.test(h.name))).toBe(false);
  });

  it('does not treat Christmas Eve or the Wednesday before Thanksgiving as holidays (closures only)', () => {
    expect(legalHolidayOn('2026-12-24')).toBeUndefined();
    expect(legalHolidayOn('2026-11-25')).toBeUndefined();
  });

  it('has thirteen holidays each year except years gaining or losing a New Year’s Day', () => {
    expect(legalHolidays(2026)).toHaveLength(13);
    expect(legalHolidays(2027)).toHaveLength(14);
    expect(legalHolidays(2028)).toHaveLength(12);
  });
});

describe('legalHolidays: inputs and results', () => {
  it('refuses a year outside 1900..2200 or a fractional year', () => {
    expect(() => legalHolidays(1899)).toThrow(RulesInputError);
    expect(() => legalHolidays(2201)).toThrow(RulesInputError);
    expect(() => legalHolidays(2026.5)).toThrow(RulesInputError);
  });

  it('returns a fresh list each call so a caller cannot change the memoised one', () => {
    const first = legalHolidays(2026);
    first.pop();
    expect(legalHolidays(2026)).toHaveLength(13);
    expect(() => {
      (legalHolidays(2026)[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
  });

  it('answers legalHolidayOn with undefined for an ordinary day and refuses a malformed date', () => {
    expect(legalHolidayOn('2026-03-04')).toBeUndefined();
    expect(() => legalHolidayOn('2026-02-30')).toThrow(RulesInputError);
  });
});
