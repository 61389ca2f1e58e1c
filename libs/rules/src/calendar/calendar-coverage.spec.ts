import { calendarCoverage } from './calendar-coverage';
import { type CourtCalendarData, STATEWIDE_CALENDAR } from './court-calendar-data';

const entered: CourtCalendarData = {
  closures: [],
  coverage: { from: '2026-01-01', to: '2027-12-31', closuresEnteredThrough: '2026-12-31' },
};

describe('calendarCoverage (A-24)', () => {
  it('warns once that no closures were stated when the calendar has no coverage', () => {
    const result = calendarCoverage(['2026-11-30', '2026-11-26'], STATEWIDE_CALENDAR);
    expect(result.closuresThrough).toBeUndefined();
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('A-24');
  });

  it('gives no warning for dates within entered closures', () => {
    expect(calendarCoverage(['2026-03-05', '2026-11-30'], entered)).toEqual({
      closuresThrough: '2026-12-31',
      warnings: [],
    });
  });

  it('warns when a date is after closuresEnteredThrough (a Governor’s closing may be missing)', () => {
    expect(calendarCoverage(['2026-12-30', '2027-01-04'], entered).warnings).toEqual([
      "Closures are entered only through Thu 31 Dec 2026; a Governor's, President's or court closure on Mon 4 Jan 2027 may not be entered yet (A-24).",
    ]);
  });

  it('warns when a date is outside the calendar’s coverage', () => {
    expect(calendarCoverage(['2028-01-03', '2028-01-03'], entered).warnings).toEqual([
      'Mon 3 Jan 2028 is outside the court calendar (Thu 1 Jan 2026 to Fri 31 Dec 2027); closures on that day are unknown (A-24).',
    ]);
  });

  it('takes closures as entered through the end of coverage when no date is given', () => {
    const calendar: CourtCalendarData = {
      closures: [],
      coverage: { from: '2026-01-01', to: '2026-12-31' },
    };
    expect(calendarCoverage(['2026-06-01'], calendar)).toEqual({
      closuresThrough: '2026-12-31',
      warnings: [],
    });
  });

  it('warns that the holiday list applied before 2021 differs from the law then', () => {
    const calendar: CourtCalendarData = {
      closures: [],
      coverage: { from: '2019-01-01', to: '2026-12-31' },
    };
    const { warnings } = calendarCoverage(['2019-01-18'], calendar);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Fri 18 Jan 2019');
  });

  it('returns no warnings for no dates', () => {
    expect(calendarCoverage([], STATEWIDE_CALENDAR)).toEqual({ warnings: [] });
  });

  it('refuses a malformed date or coverage bound', () => {
    expect(() => calendarCoverage(['2026-02-30'], entered)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'dates[0]' }),
    );
    expect(() =>
      calendarCoverage(['2026-03-02'], {
        closures: [],
        coverage: { from: '2026-1-1', to: '2026-12-31' },
      }),
    ).toThrow(expect.objectContaining({ field: 'calendar.coverage.from' }));
  });
});
