import { type CourtCalendarData, STATEWIDE_CALENDAR } from './court-calendar-data';
import { describeClosedRun } from './describe-closed-run';
import { rollBackward, rollForward } from './rollover';

const skippedForward = (
  date: string,
  calendar: CourtCalendarData = STATEWIDE_CALENDAR,
  courtId?: string,
) => rollForward(date, calendar, 'basis', courtId)?.skipped ?? [];

describe('describeClosedRun', () => {
  it.each([
    [
      'Thanksgiving (row 1)',
      '2026-11-26',
      'Thu 26 Nov is Thanksgiving Day; court closed 26–29 Nov',
    ],
    ['a weekend only (row 3)', '2026-03-07', 'court closed 7–8 Mar (weekend)'],
    ['a year end (row 4)', '2027-01-01', "Fri 1 Jan is New Year's Day; court closed 1–3 Jan"],
    [
      'an observed holiday after a Sunday (row 7)',
      '2027-07-04',
      'Mon 5 Jul is Independence Day (observed); court closed 4–5 Jul',
    ],
    [
      'a run across years (row 6)',
      '2027-12-31',
      "Fri 31 Dec is New Year's Day (observed); court closed 31 Dec 2027–2 Jan 2028",
    ],
    ['a single holiday (row 5)', '2026-11-03', 'Tue 3 Nov is Election Day; court closed Tue 3 Nov'],
  ])('describes %s', (_case, date, expected) => {
    expect(describeClosedRun(skippedForward(date))).toBe(expected);
  });

  it('names a closure with its authority', () => {
    const calendar: CourtCalendarData = {
      closures: [
        {
          date: '2026-12-24',
          courtIds: 'statewide',
          allDay: true,
          kind: 'governor_or_president_day',
          name: 'Christmas Eve closing',
          authority: 'Governor, Executive Order 99',
        },
      ],
    };
    expect(describeClosedRun(skippedForward('2026-12-24', calendar))).toBe(
      'Thu 24 Dec is Christmas Eve closing (Governor, Executive Order 99); court closed 24–27 Dec',
    );
  });

  it('says when the court does not sit that weekday', () => {
    const calendar: CourtCalendarData = { closures: [], sessionWeekdays: { c: [2, 4] } };
    expect(describeClosedRun(skippedForward('2026-03-06', calendar, 'c'))).toBe(
      'Fri 6 Mar is not a day this court sits; court closed 6–9 Mar',
    );
  });

  it('reads a backward roll in calendar order (row 28)', () => {
    const skipped = rollBackward('2027-01-02', STATEWIDE_CALENDAR, 'basis')?.skipped ?? [];
    expect(describeClosedRun(skipped)).toBe("Fri 1 Jan is New Year's Day; court closed 1–2 Jan");
  });

  it('returns an empty string for no skipped days', () => {
    expect(describeClosedRun([])).toBe('');
  });
});
