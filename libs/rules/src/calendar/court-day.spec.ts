import { RulesInputError } from '../errors';
import { type Closure, type CourtCalendarData, STATEWIDE_CALENDAR } from './court-calendar-data';
import { isCourtDay, nonCourtDayReasons } from './court-day';

const GOVERNOR = 'Governor, Executive Order 99 (2026)';
const christmasEve: Closure = {
  date: '2026-12-24',
  courtIds: 'statewide',
  allDay: true,
  kind: 'governor_or_president_day',
  name: 'Christmas Eve',
  authority: GOVERNOR,
};

describe('isCourtDay on the statewide calendar: edge cases', () => {
  it.each([
    ['an ordinary Wednesday', '2026-03-04', true],
    ['a Saturday', '2026-03-07', false],
    ['a Sunday', '2026-03-08', false],
    ['Thanksgiving Day', '2026-11-26', false],
    ['the Friday after Thanksgiving', '2026-11-27', false],
    ['the Monday after Thanksgiving', '2026-11-30', true],
    ['Election Day 2026', '2026-11-03', false],
    ['Independence Day observed on Fri 2026-07-03', '2026-07-03', false],
    ['Mon 2026-07-06 after a Saturday Independence Day', '2026-07-06', true],
    ['New Year’s Day 2028 observed on Fri 2027-12-31', '2027-12-31', false],
    ['Mon 2028-01-03 (no Monday shift for a Saturday New Year’s Day)', '2028-01-03', true],
    ['leap day Tue 2028-02-29', '2028-02-29', true],
    ['month end Tue 2026-03-31', '2026-03-31', true],
    ['year end Thu 2026-12-31', '2026-12-31', true],
    ['Christmas Eve without a closure entered', '2026-12-24', true],
    ['the Lee-Jackson Day Friday (not a holiday since 2020)', '2026-01-16', true],
    ['DST change day Sun 2026-03-08', '2026-03-08', false],
    ['DST end Mon 2026-11-02', '2026-11-02', true],
  ])('%s (%s) is a court day: %s', (_case, date, expected) => {
    expect(isCourtDay(date, STATEWIDE_CALENDAR)).toBe(expected);
  });
});

describe('nonCourtDayReasons', () => {
  it('returns [] for a court day', () => {
    expect(nonCourtDayReasons('2026-11-30', STATEWIDE_CALENDAR)).toEqual([]);
  });

  it('names the weekend day', () => {
    expect(nonCourtDayReasons('2026-11-28', STATEWIDE_CALENDAR)).toEqual([
      { kind: 'weekend', weekday: 6 },
    ]);
    expect(nonCourtDayReasons('2026-11-29', STATEWIDE_CALENDAR)).toEqual([
      { kind: 'weekend', weekday: 7 },
    ]);
  });

  it('names an observed legal holiday with its actual date and citation', () => {
    expect(nonCourtDayReasons('2027-12-31', STATEWIDE_CALENDAR)).toEqual([
      {
        kind: 'legal_holiday',
        name: "New Year's Day",
        actualDate: '2028-01-01',
        observed: true,
        citation: 'Va. Code § 2.2-3300',
      },
    ]);
  });

  it('refuses an unknown direction, a non-string court id and a malformed date', () => {
    expect(() =>
      nonCourtDayReasons('2026-11-30', STATEWIDE_CALENDAR, undefined, 'sideways' as never),
    ).toThrow(RulesInputError);
    expect(() => isCourtDay('2026-11-30', STATEWIDE_CALENDAR, 42 as never)).toThrow(
      RulesInputError,
    );
    expect(() => isCourtDay('2026-11-31', STATEWIDE_CALENDAR)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('closures as data (Va. Code §§ 1-210, 17.1-207)', () => {
  it('closes every court on a statewide closure and carries its authority', () => {
    const calendar: CourtCalendarData = { closures: [christmasEve] };
    expect(isCourtDay('2026-12-24', calendar)).toBe(false);
    expect(isCourtDay('2026-12-24', calendar, 'jdr-richmond')).toBe(false);
    expect(nonCourtDayReasons('2026-12-24', calendar, 'jdr-richmond')).toEqual([
      { kind: 'governor_or_president_day', name: 'Christmas Eve', authority: GOVERNOR },
    ]);
  });

  it('closes court A but not court B on a per-court closure', () => {
    const calendar: CourtCalendarData = {
      closures: [
        {
          date: '2026-03-04',
          courtIds: ['jdr-a'],
          allDay: true,
          kind: 'court_closure',
          name: 'Water main break',
          authority: 'Chief Judge, JDR court A',
        },
      ],
    };
    expect(isCourtDay('2026-03-04', calendar, 'jdr-a')).toBe(false);
    expect(isCourtDay('2026-03-04', calendar, 'jdr-b')).toBe(true);
    expect(isCourtDay('2026-03-04', calendar)).toBe(true);
    expect(nonCourtDayReasons('2026-03-04', calendar, 'jdr-a')).toEqual([
      { kind: 'court_closure', name: 'Water main break', authority: 'Chief Judge, JDR court A' },
    ]);
  });

  it('counts a part-day closure as a court day rolling forward and as closed rolling backward (§2.1)', () => {
    const calendar: CourtCalendarData = {
      closures: [{ ...christmasEve, date: '2026-11-25', allDay: false, name: 'Closing at noon' }],
    };
    expect(isCourtDay('2026-11-25', calendar)).toBe(true);
    expect(isCourtDay('2026-11-25', calendar, undefined, 'forward')).toBe(true);
    expect(isCourtDay('2026-11-25', calendar, undefined, 'backward')).toBe(false);
    expect(nonCourtDayReasons('2026-11-25', calendar, undefined, 'backward')).toEqual([
      { kind: 'governor_or_president_day', name: 'Closing at noon', authority: GOVERNOR },
    ]);
  });

  it('lists every reason when a closure falls on a holiday or weekend', () => {
    const calendar: CourtCalendarData = {
      closures: [
        { ...christmasEve, date: '2026-11-28', kind: 'clerk_closure', name: 'Clerk inventory' },
      ],
    };
    expect(nonCourtDayReasons('2026-11-28', calendar).map((r) => r.kind)).toEqual([
      'weekend',
      'clerk_closure',
    ]);
  });
});

describe('per-court session weekdays (A-03)', () => {
  const calendar: CourtCalendarData = { closures: [], sessionWeekdays: { 'gdc-tue-thu': [2, 4] } };

  it('treats a weekday the court does not sit as not a court day', () => {
    expect(isCourtDay('2026-03-03', calendar, 'gdc-tue-thu')).toBe(true);
    expect(isCourtDay('2026-03-04', calendar, 'gdc-tue-thu')).toBe(false);
    expect(nonCourtDayReasons('2026-03-04', calendar, 'gdc-tue-thu')).toEqual([
      { kind: 'court_not_sitting', weekday: 3 },
    ]);
  });

  it('leaves other courts, and a query with no court, on Monday to Friday', () => {
    expect(isCourtDay('2026-03-04', calendar, 'jdr-other')).toBe(true);
    expect(isCourtDay('2026-03-04', calendar)).toBe(true);
  });

  it('still treats weekends as closed even if listed (§2.1 condition 1)', () => {
    const saturdayCourt: CourtCalendarData = { closures: [], sessionWeekdays: { c: [1, 6] } };
    expect(isCourtDay('2026-03-07', saturdayCourt, 'c')).toBe(false);
  });
});
