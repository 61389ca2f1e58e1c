import { calendarCoverage } from './calendar-coverage';
import { addCalendarMonths, addCalendarYears, addDays } from './civil-date';
import { type CourtCalendarData, STATEWIDE_CALENDAR } from './court-calendar-data';
import { nonCourtDayReasons } from './court-day';
import { daysFromCivil, fromDayNumber } from './day-number';
import { describeClosedRun } from './describe-closed-run';
import { formatDateRange, formatDayLong, formatTime12h } from './format';
import { legalHolidays } from './legal-holidays';
import { addHours, toEpochMinutes, utcOffsetMinutes } from './new-york-time';
import { addCourtDays, rollBackward, rollForward } from './rollover';
import { dstSundays } from './us-dst';

// Used by src/determinism.spec.ts and scripts/test-both-timezones.sh; not part of the public API.
/** One named group of computed results for the time-zone determinism check. */
export interface FingerprintCase {
  name: string;
  compute: () => unknown;
}

const FIRST_YEAR = 2025;
const LAST_YEAR = 2045;
const FIRST_DAY = daysFromCivil(FIRST_YEAR, 1, 1);
const LAST_DAY = daysFromCivil(LAST_YEAR, 12, 31);

const years = (): number[] =>
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

function everyDay(step = 1): string[] {
  const days: string[] = [];
  for (let n = FIRST_DAY; n <= LAST_DAY; n += step) {
    days.push(fromDayNumber(n));
  }
  return days;
}

// A calendar exercising every kind of data: statewide, per-court and part-day closures, and a court
// that sits only on Tuesdays and Thursdays.
const SAMPLE_CALENDAR: CourtCalendarData = {
  closures: [
    {
      date: '2026-11-25',
      courtIds: 'statewide',
      allDay: false,
      kind: 'governor_or_president_day',
      name: 'Closing at noon',
      authority: 'Governor',
    },
    {
      date: '2026-12-24',
      courtIds: 'statewide',
      allDay: true,
      kind: 'governor_or_president_day',
      name: 'Christmas Eve',
      authority: 'Governor',
    },
    {
      date: '2026-12-28',
      courtIds: ['jdr-a'],
      allDay: true,
      kind: 'court_closure',
      name: 'Flood',
      authority: 'Chief Judge',
    },
    {
      date: '2027-03-03',
      courtIds: ['jdr-a', 'gdc-b'],
      allDay: true,
      kind: 'clerk_closure',
      name: 'Snow',
      authority: 'Clerk',
    },
  ],
  sessionWeekdays: { 'gdc-b': [2, 4] },
  coverage: { from: '2026-01-01', to: '2027-12-31', closuresEnteredThrough: '2027-06-30' },
};

function rollsOf(calendar: CourtCalendarData, courtId: string | undefined, step: number): string[] {
  return everyDay(step).map((d) => {
    const forward = rollForward(d, calendar, 'basis', courtId);
    const backward = rollBackward(d, calendar, 'basis', courtId);
    return `${d}>${forward?.to ?? '='}<${backward?.to ?? '='}`;
  });
}

function instantsAroundDst(): string[] {
  const out: string[] = [];
  for (const year of years()) {
    const { start, end } = dstSundays(year);
    for (const day of [start - 1, start, start + 1, end - 1, end, end + 1]) {
      const date = fromDayNumber(day);
      for (let minute = 0; minute < 1440; minute += 30) {
        const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const ldt = { date, time };
        const plus = addHours(ldt, 24);
        const minus = addHours(ldt, -24);
        out.push(
          `${date}T${time} ${utcOffsetMinutes(ldt)} ${toEpochMinutes(ldt)} +24h ${plus.date}T${plus.time} -24h ${minus.date}T${minus.time}`,
        );
      }
    }
  }
  return out;
}

/** Calendar results over 2025..2045 whose JSON must be identical under every process time zone. */
export const CALENDAR_FINGERPRINT_CASES: readonly FingerprintCase[] = [
  { name: 'calendar.legalHolidays', compute: () => years().map((y) => legalHolidays(y)) },
  { name: 'calendar.rolls.statewide', compute: () => rollsOf(STATEWIDE_CALENDAR, undefined, 1) },
  { name: 'calendar.rolls.sample.jdr-a', compute: () => rollsOf(SAMPLE_CALENDAR, 'jdr-a', 3) },
  { name: 'calendar.rolls.sample.gdc-b', compute: () => rollsOf(SAMPLE_CALENDAR, 'gdc-b', 5) },
  {
    name: 'calendar.describeClosedRun',
    compute: () =>
      years().flatMap((y) =>
        legalHolidays(y).map((h) =>
          describeClosedRun(rollForward(h.date, STATEWIDE_CALENDAR, 'b')?.skipped ?? []),
        ),
      ),
  },
  {
    name: 'calendar.reasons.sample',
    compute: () =>
      ['2026-11-25', '2026-12-24', '2026-12-28', '2027-03-03', '2027-03-05'].map((d) => [
        nonCourtDayReasons(d, SAMPLE_CALENDAR, 'gdc-b', 'backward'),
        nonCourtDayReasons(d, SAMPLE_CALENDAR, 'jdr-a', 'forward'),
      ]),
  },
  {
    name: 'calendar.courtDays',
    compute: () =>
      everyDay(7).map((d) => [
        addCourtDays(d, 2, STATEWIDE_CALENDAR),
        addCourtDays(d, -2, STATEWIDE_CALENDAR),
      ]),
  },
  {
    name: 'calendar.civilArithmetic',
    compute: () =>
      everyDay(11).map((d) => [
        addDays(d, 3),
        addDays(d, -10),
        addCalendarMonths(d, 6),
        addCalendarYears(d, 2),
        addDays(d, 180),
      ]),
  },
  { name: 'calendar.instantsAroundDst', compute: instantsAroundDst },
  {
    name: 'calendar.format',
    compute: () => [
      formatDayLong('2026-11-30'),
      formatDateRange('2027-12-31', '2028-01-02'),
      formatTime12h('23:59'),
      formatTime12h('09:30'),
    ],
  },
  {
    name: 'calendar.coverage',
    compute: () => [
      calendarCoverage(['2026-11-30', '2027-07-05', '2028-01-03'], SAMPLE_CALENDAR),
      calendarCoverage(['2026-11-30'], STATEWIDE_CALENDAR),
    ],
  },
];
