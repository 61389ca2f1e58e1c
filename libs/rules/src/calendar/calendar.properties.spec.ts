import fc from 'fast-check';

import { addCalendarMonths, addDays, isoWeekday } from './civil-date';
import { type Closure, type CourtCalendarData, STATEWIDE_CALENDAR } from './court-calendar-data';
import { isCourtDay, nonCourtDayReasons } from './court-day';
import { fromDayNumber, parseCivil, toDayNumber } from './day-number';
import type * as CalendarApi from './index';
import { legalHolidays } from './legal-holidays';
import { addHours, fromEpochMinutes, toEpochMinutes, utcOffsetMinutes } from './new-york-time';
import { isValidIsoDate } from './parse';
import { addCourtDays, rollBackward, rollForward } from './rollover';
import type { LocalDateTime } from './types';

const RUNS = { numRuns: 1000 };
const FIRST = toDayNumber('2025-01-01');
const LAST = toDayNumber('2045-12-31');

const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const time = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const localDateTime = fc.record({ date, time });
const courtId = fc.constantFrom(undefined, 'jdr-a', 'jdr-b', 'gdc-c');

// Random but valid calendar data: statewide and per-court closures, whole- and part-day, and courts
// that sit on a subset of weekdays.
const closure: fc.Arbitrary<Closure> = fc.record({
  date,
  courtIds: fc.oneof(
    fc.constant<'statewide'>('statewide'),
    fc.subarray(['jdr-a', 'jdr-b', 'gdc-c'], { minLength: 1 }),
  ),
  allDay: fc.boolean(),
  kind: fc.constantFrom('governor_or_president_day', 'clerk_closure', 'court_closure'),
  name: fc.constant('Closure'),
  authority: fc.constant('Authority'),
});
const calendar: fc.Arbitrary<CourtCalendarData> = fc.oneof(
  fc.constant(STATEWIDE_CALENDAR),
  fc.record({
    closures: fc.array(closure, { maxLength: 30 }),
    sessionWeekdays: fc.dictionary(
      fc.constantFrom('jdr-a', 'gdc-c'),
      fc.subarray([1, 2, 3, 4, 5], { minLength: 1 }),
    ),
  }),
);

function isGap(ldt: LocalDateTime): boolean {
  return fromEpochMinutes(toEpochMinutes(ldt)).time !== ldt.time;
}

describe('properties: court-day rolls', () => {
  it('a forward-rolled date is a court day on or after the unrolled one, skipping only closed days', () => {
    fc.assert(
      fc.property(date, calendar, courtId, (d, cal, court) => {
        const roll = rollForward(d, cal, 'basis', court);
        const to = roll?.to ?? d;
        expect(isCourtDay(to, cal, court, 'forward')).toBe(true);
        expect(toDayNumber(to)).toBeGreaterThanOrEqual(toDayNumber(d));
        expect(roll?.skipped.length ?? 0).toBe(toDayNumber(to) - toDayNumber(d));
        for (const s of roll?.skipped ?? []) {
          expect(s.reasons.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('a backward-rolled date is a court day on or before the unrolled one', () => {
    fc.assert(
      fc.property(date, calendar, courtId, (d, cal, court) => {
        const to = rollBackward(d, cal, 'basis', court)?.to ?? d;
        expect(isCourtDay(to, cal, court, 'backward')).toBe(true);
        expect(toDayNumber(to)).toBeLessThanOrEqual(toDayNumber(d));
        for (let day = toDayNumber(to) + 1; day <= toDayNumber(d); day += 1) {
          expect(isCourtDay(fromDayNumber(day), cal, court, 'backward')).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('a backward roll is never later than a forward roll of the same date', () => {
    fc.assert(
      fc.property(date, calendar, courtId, (d, cal, court) => {
        const back = rollBackward(d, cal, 'b', court)?.to ?? d;
        const forward = rollForward(d, cal, 'b', court)?.to ?? d;
        expect(back <= forward).toBe(true);
      }),
      RUNS,
    );
  });

  it('isCourtDay agrees with an empty nonCourtDayReasons list', () => {
    fc.assert(
      fc.property(
        date,
        calendar,
        courtId,
        fc.constantFrom('forward', 'backward' as const),
        (d, cal, court, dir) => {
          expect(isCourtDay(d, cal, court, dir)).toBe(
            nonCourtDayReasons(d, cal, court, dir).length === 0,
          );
        },
      ),
      RUNS,
    );
  });

  it('addCourtDays(d, n) lands on a court day with exactly |n| court days counted', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -10, max: 10 }).filter((n) => n !== 0),
        (d, n) => {
          const result = addCourtDays(d, n, STATEWIDE_CALENDAR);
          expect(isCourtDay(result, STATEWIDE_CALENDAR)).toBe(true);
          const [lo, hi] =
            n > 0
              ? [toDayNumber(d) + 1, toDayNumber(result)]
              : [toDayNumber(result), toDayNumber(d) - 1];
          let counted = 0;
          for (let day = lo; day <= hi; day += 1) {
            counted += isCourtDay(fromDayNumber(day), STATEWIDE_CALENDAR) ? 1 : 0;
          }
          expect(counted).toBe(Math.abs(n));
        },
      ),
      RUNS,
    );
  });
});

describe('properties: civil-date arithmetic', () => {
  it('addCalendarMonths gives a valid date in the right month with day ≤ the input day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const result = addCalendarMonths(d, n);
        expect(isValidIsoDate(result)).toBe(true);
        const input = parseCivil(d);
        const output = parseCivil(result);
        if (input === undefined || output === undefined) {
          throw new Error('unreachable: both dates are valid');
        }
        const months = (output.year - input.year) * 12 + (output.month - input.month);
        expect(months).toBe(n);
        expect(output.day).toBeLessThanOrEqual(input.day);
        // Only a shorter target month may lower the day (month-end clamp).
        if (output.day < input.day) {
          expect(isValidIsoDate(addDays(result, 1))).toBe(true);
          expect(parseCivil(addDays(result, 1))?.day).toBe(1);
        }
      }),
      RUNS,
    );
  });

  it('addDays(addDays(d, n), −n) = d', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
      RUNS,
    );
  });

  it('toDayNumber and fromDayNumber are inverses, and weekdays agree with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (n) => {
        const d = fromDayNumber(n);
        expect(toDayNumber(d)).toBe(n);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
        expect(isoWeekday(d)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
      RUNS,
    );
  });
});

describe('properties: New York instants', () => {
  it('fromEpochMinutes(toEpochMinutes(x)) = x for every wall time outside the spring-forward gap', () => {
    fc.assert(
      fc.property(localDateTime, (ldt) => {
        fc.pre(!isGap(ldt));
        expect(fromEpochMinutes(toEpochMinutes(ldt))).toEqual(ldt);
      }),
      RUNS,
    );
  });

  it('toEpochMinutes is the wall time minus the offset, for non-gap times', () => {
    fc.assert(
      fc.property(localDateTime, (ldt) => {
        fc.pre(!isGap(ldt));
        const wall =
          toDayNumber(ldt.date) * 1440 +
          Number(ldt.time.slice(0, 2)) * 60 +
          Number(ldt.time.slice(3));
        expect(toEpochMinutes(ldt)).toBe(wall - utcOffsetMinutes(ldt));
      }),
      RUNS,
    );
  });

  it('addHours(addHours(x, h), −h) = x unless the result falls in the repeated fall-back hour', () => {
    fc.assert(
      fc.property(localDateTime, fc.integer({ min: -72, max: 72 }), (ldt, h) => {
        fc.pre(!isGap(ldt));
        const there = addHours(ldt, h);
        // The second 01:xx on a fall-back day reads back as the first occurrence (brief's contract).
        fc.pre(toEpochMinutes(there) === toEpochMinutes(ldt) + h * 60);
        expect(addHours(there, -h)).toEqual(ldt);
      }),
      RUNS,
    );
  });

  it('addHours moves the instant by exactly h hours, or reads as the first 01:xx on a fall-back day', () => {
    fc.assert(
      fc.property(localDateTime, fc.integer({ min: -72, max: 72 }), (ldt, h) => {
        const result = addHours(ldt, h);
        const elapsed = toEpochMinutes(result) - toEpochMinutes(ldt);
        if (elapsed !== h * 60) {
          expect(elapsed).toBe(h * 60 - 60);
          expect(result.time.startsWith('01:')).toBe(true);
          expect(isoWeekday(result.date)).toBe(7);
          expect(result.date.slice(5, 7)).toMatch(/^1[01]$/);
        }
      }),
      RUNS,
    );
  });
});

describe('properties: determinism', () => {
  it('gives the same output for the same input, with a warm or a fresh holiday cache', () => {
    let fresh: typeof CalendarApi | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof CalendarApi>('./index');
    });
    if (fresh === undefined) {
      throw new Error('module did not load');
    }
    const other = fresh;
    fc.assert(
      fc.property(date, calendar, courtId, (d, cal, court) => {
        const year = Number(d.slice(0, 4));
        expect(other.legalHolidays(year)).toEqual(legalHolidays(year));
        expect(other.rollForward(d, cal, 'b', court)).toEqual(rollForward(d, cal, 'b', court));
        expect(other.rollBackward(d, cal, 'b', court)).toEqual(rollBackward(d, cal, 'b', court));
        expect(rollForward(d, cal, 'b', court)).toEqual(rollForward(d, cal, 'b', court));
      }),
      RUNS,
    );
  });
});
