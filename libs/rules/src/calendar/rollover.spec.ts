import { RulesInputError } from '../errors';
import { addDays } from './civil-date';
import { type Closure, type CourtCalendarData, STATEWIDE_CALENDAR } from './court-calendar-data';
import { addCourtDays, nextCourtDay, rollBackward, rollForward } from './rollover';

const EPO = 'Va. Code § 16.1-253.4';
const statewideClosure = (date: string, allDay = true, name = 'Governor’s closing'): Closure => ({
  date,
  courtIds: 'statewide',
  allDay,
  kind: 'governor_or_president_day',
  name,
  authority: 'Governor, Executive Order 99',
});

describe('rollForward: rules-spec worked examples', () => {
  it.each([
    ['row 1: Thanksgiving, the Friday after, the weekend', '2026-11-26', '2026-11-30'],
    ['row 3: Saturday and Sunday', '2026-03-07', '2026-03-09'],
    ['row 4: New Year’s Day Friday, then the weekend', '2027-01-01', '2027-01-04'],
    ['row 5: Election Day', '2026-11-03', '2026-11-04'],
    [
      'row 6: New Year’s Day 2028 observed Fri 2027-12-31, no Monday shift',
      '2027-12-31',
      '2028-01-03',
    ],
    ['row 7: Sunday Independence Day observed Monday', '2027-07-04', '2027-07-06'],
    ['row 13: weekend then Memorial Day', '2026-05-23', '2026-05-26'],
    ['row 14: Juneteenth observed Friday, then the weekend', '2027-06-18', '2027-06-21'],
    ['row 15: Saturday New Year’s Day 2028', '2028-01-01', '2028-01-03'],
    ['row 27: Independence Day observed Fri 2026-07-03', '2026-07-03', '2026-07-06'],
  ])('%s: %s → %s', (_case, from, to) => {
    expect(rollForward(from, STATEWIDE_CALENDAR, EPO)?.to).toBe(to);
  });

  it('returns null when the date is already a court day (rows 2, 12, 16)', () => {
    expect(rollForward('2026-03-05', STATEWIDE_CALENDAR, EPO)).toBeNull();
    expect(rollForward('2026-03-17', STATEWIDE_CALENDAR, EPO)).toBeNull();
    expect(rollForward('2028-02-29', STATEWIDE_CALENDAR, EPO)).toBeNull();
  });

  it('records every skipped day with its reasons, and the basis (row 1)', () => {
    expect(rollForward('2026-11-26', STATEWIDE_CALENDAR, EPO)).toEqual({
      direction: 'forward',
      from: '2026-11-26',
      to: '2026-11-30',
      basis: EPO,
      skipped: [
        {
          date: '2026-11-26',
          reasons: [
            {
              kind: 'legal_holiday',
              name: 'Thanksgiving Day',
              actualDate: '2026-11-26',
              observed: false,
              citation: 'Va. Code § 2.2-3300',
            },
          ],
        },
        {
          date: '2026-11-27',
          reasons: [
            {
              kind: 'legal_holiday',
              name: 'Friday next following Thanksgiving',
              actualDate: '2026-11-27',
              observed: false,
              citation: 'Va. Code § 2.2-3300',
            },
          ],
        },
        { date: '2026-11-28', reasons: [{ kind: 'weekend', weekday: 6 }] },
        { date: '2026-11-29', reasons: [{ kind: 'weekend', weekday: 7 }] },
      ],
    });
  });
});

describe('rollBackward: rules-spec worked examples', () => {
  it.each([
    ['row 11: Saturday deadline → Friday', '2026-03-07', '2026-03-06'],
    ['row 22: Sunday expiry → Friday', '2028-12-31', '2028-12-29'],
    ['row 24: Christmas observed Fri 2027-12-24 → Thursday', '2027-12-24', '2027-12-23'],
    ['row 28: Saturday, then New Year’s Day → Thu 2026-12-31', '2027-01-02', '2026-12-31'],
    ['row 30: Columbus Day and Yorktown Victory Day → Friday', '2026-10-12', '2026-10-09'],
    ['row 25: Saturday → Friday', '2030-06-08', '2030-06-07'],
  ])('%s: %s → %s', (_case, from, to) => {
    expect(rollBackward(from, STATEWIDE_CALENDAR, 'Va. Code § 16.1-279.1(B)')?.to).toBe(to);
  });

  it('returns null on a court day (row 20: Fri 2028-03-10)', () => {
    expect(rollBackward('2028-03-10', STATEWIDE_CALENDAR, 'Va. Code § 19.2-152.10(B)')).toBeNull();
  });

  it('lists skipped days in calendar order, earliest first (row 28)', () => {
    const roll = rollBackward('2027-01-02', STATEWIDE_CALENDAR, 'VA Code § 19.2-152.14(C)');
    expect(roll?.direction).toBe('backward');
    expect(roll?.skipped.map((s) => s.date)).toEqual(['2027-01-01', '2027-01-02']);
  });
});

describe('rolls over closures entered as data', () => {
  it('rolls over consecutive closed days: Christmas Eve and Dec 26 closings around Christmas', () => {
    const calendar: CourtCalendarData = {
      closures: [statewideClosure('2025-12-24'), statewideClosure('2025-12-26')],
    };
    expect(rollForward('2025-12-24', calendar, EPO)?.to).toBe('2025-12-29');
    expect(rollForward('2025-12-24', STATEWIDE_CALENDAR, EPO)).toBeNull();
    expect(rollBackward('2025-12-26', calendar, EPO)?.to).toBe('2025-12-23');
  });

  it('rolls a date at court A but not at court B', () => {
    const calendar: CourtCalendarData = {
      closures: [{ ...statewideClosure('2026-03-05'), courtIds: ['jdr-a'], kind: 'court_closure' }],
    };
    expect(rollForward('2026-03-05', calendar, EPO, 'jdr-a')?.to).toBe('2026-03-06');
    expect(rollForward('2026-03-05', calendar, EPO, 'jdr-b')).toBeNull();
  });

  it('stops forward on a part-day closure but skips it backward (§2.1)', () => {
    const calendar: CourtCalendarData = {
      closures: [statewideClosure('2026-11-25', false, 'Closing at noon')],
    };
    expect(rollForward('2026-11-25', calendar, EPO)).toBeNull();
    expect(rollBackward('2026-11-25', calendar, EPO)).toMatchObject({
      to: '2026-11-24',
      skipped: [{ date: '2026-11-25', reasons: [{ name: 'Closing at noon' }] }],
    });
  });

  it('rolls to the next sitting day of a court that sits only on Tuesday and Thursday', () => {
    const calendar: CourtCalendarData = { closures: [], sessionWeekdays: { c: [2, 4] } };
    expect(rollForward('2026-03-04', calendar, EPO, 'c')?.to).toBe('2026-03-05');
    expect(rollForward('2026-03-06', calendar, EPO, 'c')?.to).toBe('2026-03-10');
    expect(rollBackward('2026-03-09', calendar, EPO, 'c')?.to).toBe('2026-03-05');
  });

  it('refuses, rather than loops, when no court day exists within a year', () => {
    const closures: Closure[] = [];
    for (let i = 0; i < 400; i += 1) {
      closures.push(statewideClosure(addDays('2026-01-01', i)));
    }
    expect(() => rollForward('2026-01-01', { closures }, EPO)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'calendar.closures' }),
    );
  });

  it('refuses a court that sits on no weekday', () => {
    expect(() =>
      rollForward('2026-03-07', { closures: [], sessionWeekdays: { c: [] } }, EPO, 'c'),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'calendar.sessionWeekdays' }),
    );
  });
});

describe('nextCourtDay', () => {
  it.each([
    ['after a Wednesday', '2026-03-04', '2026-03-05'],
    ['after a Friday', '2026-03-06', '2026-03-09'],
    ['after the Wednesday before Thanksgiving', '2026-11-25', '2026-11-30'],
    ['after a Saturday', '2026-03-07', '2026-03-09'],
    ['over the 2027/2028 year end', '2027-12-30', '2028-01-03'],
  ])('%s: %s → %s (strictly after)', (_case, from, to) => {
    expect(nextCourtDay(from, STATEWIDE_CALENDAR)).toBe(to);
  });
});

describe('addCourtDays (day 0 not counted, Va. Code § 1-210(A))', () => {
  it.each([
    ['2 court days after a Monday', '2026-03-02', 2, '2026-03-04'],
    ['2 court days after a Thursday', '2026-03-05', 2, '2026-03-09'],
    ['2 court days after the Monday before Thanksgiving', '2026-11-23', 2, '2026-11-25'],
    ['3 court days after the Monday before Thanksgiving', '2026-11-23', 3, '2026-11-30'],
    ['1 court day after a Saturday', '2026-03-07', 1, '2026-03-09'],
    ['2 court days before a Monday', '2026-03-09', -2, '2026-03-05'],
    ['1 court day before the Monday after Thanksgiving', '2026-11-30', -1, '2026-11-25'],
    ['zero court days', '2026-03-07', 0, '2026-03-07'],
  ])('%s: %s %+i → %s', (_case, from, n, to) => {
    expect(addCourtDays(from, n, STATEWIDE_CALENDAR)).toBe(to);
  });

  it('counts a part-day closure forward but not backward', () => {
    const calendar: CourtCalendarData = { closures: [statewideClosure('2026-11-25', false)] };
    expect(addCourtDays('2026-11-24', 1, calendar)).toBe('2026-11-25');
    expect(addCourtDays('2026-11-30', -1, calendar)).toBe('2026-11-24');
  });

  it('refuses a fractional or huge count', () => {
    expect(() => addCourtDays('2026-03-02', 1.5, STATEWIDE_CALENDAR)).toThrow(RulesInputError);
    expect(() => addCourtDays('2026-03-02', 10_000, STATEWIDE_CALENDAR)).toThrow(RulesInputError);
  });
});
