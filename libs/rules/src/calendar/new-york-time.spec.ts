import { RulesInputError } from '../errors';
import { daysFromCivil } from './day-number';
import { addHours, fromEpochMinutes, toEpochMinutes, utcOffsetMinutes } from './new-york-time';
import { dstSundays } from './us-dst';

const at = (date: string, time: string) => ({ date, time });
const utcMinutes = (y: number, mo: number, d: number, h: number, mi: number) =>
  daysFromCivil(y, mo, d) * 1440 + h * 60 + mi;

describe('utcOffsetMinutes around the 2026 DST changes', () => {
  it.each([
    ['winter', '2026-01-15', '12:00', -300],
    ['summer', '2026-07-15', '12:00', -240],
    ['just before spring forward', '2026-03-08', '01:59', -300],
    ['nonexistent 02:30 (gap): EDT after the gap', '2026-03-08', '02:30', -240],
    ['just after spring forward', '2026-03-08', '03:00', -240],
    ['the day before spring forward', '2026-03-07', '23:59', -300],
    ['before the ambiguous hour', '2026-11-01', '00:59', -240],
    ['ambiguous 01:30: first occurrence (EDT)', '2026-11-01', '01:30', -240],
    ['after fall back', '2026-11-01', '02:00', -300],
    ['the day after fall back', '2026-11-02', '00:00', -300],
  ])('%s: %s %s has offset %i', (_case, date, time, offset) => {
    expect(utcOffsetMinutes(at(date, time))).toBe(offset);
  });
});

describe('toEpochMinutes / fromEpochMinutes', () => {
  it('converts winter and summer wall times', () => {
    expect(toEpochMinutes(at('2026-01-15', '12:00'))).toBe(utcMinutes(2026, 1, 15, 17, 0));
    expect(toEpochMinutes(at('2026-07-15', '12:00'))).toBe(utcMinutes(2026, 7, 15, 16, 0));
    expect(fromEpochMinutes(utcMinutes(2026, 11, 24, 2, 40))).toEqual(at('2026-11-23', '21:40'));
  });

  it('reads the nonexistent 02:30 on 2026-03-08 as 03:30 EDT (07:30Z)', () => {
    expect(toEpochMinutes(at('2026-03-08', '02:30'))).toBe(utcMinutes(2026, 3, 8, 7, 30));
    expect(fromEpochMinutes(toEpochMinutes(at('2026-03-08', '02:30')))).toEqual(
      at('2026-03-08', '03:30'),
    );
  });

  it('reads the ambiguous 01:30 on 2026-11-01 as its first occurrence (05:30Z, EDT)', () => {
    expect(toEpochMinutes(at('2026-11-01', '01:30'))).toBe(utcMinutes(2026, 11, 1, 5, 30));
    expect(fromEpochMinutes(utcMinutes(2026, 11, 1, 5, 30))).toEqual(at('2026-11-01', '01:30'));
    expect(fromEpochMinutes(utcMinutes(2026, 11, 1, 6, 30))).toEqual(at('2026-11-01', '01:30'));
  });

  it('matches the host time-zone database (tzdata) for New York, every day 1967..2100 and at each change', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/New_York',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const wall = (m: number) => {
      const parts = Object.fromEntries(
        intl.formatToParts(new Date(m * 60_000)).map((p) => [p.type, p.value]),
      );
      return at(
        `${parts['year']}-${parts['month']}-${parts['day']}`,
        `${parts['hour']}:${parts['minute']}`,
      );
    };
    const mismatches: string[] = [];
    const check = (m: number) => {
      const ours = fromEpochMinutes(m);
      const theirs = wall(m);
      if (ours.date !== theirs.date || ours.time !== theirs.time) {
        mismatches.push(`${m}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
      }
    };
    for (let day = daysFromCivil(1967, 1, 2); day <= daysFromCivil(2100, 12, 30); day += 1) {
      check(day * 1440 + 17 * 60);
    }
    for (let year = 1967; year <= 2100; year += 1) {
      const { start, end } = dstSundays(year);
      const springForward = start * 1440 + 120 + 300;
      const fallBack = end * 1440 + 120 + 240;
      for (const m of [springForward - 1, springForward, fallBack - 1, fallBack]) {
        check(m);
      }
    }
    // Minute-by-minute across both 2026 changes and the 1974 emergency start.
    for (const [y, mo, d] of [
      [2026, 3, 8],
      [2026, 11, 1],
      [1974, 1, 6],
      [2100, 3, 14],
    ] as const) {
      const from = utcMinutes(y, mo, d, 4, 0);
      for (let m = from; m < from + 5 * 60; m += 1) {
        check(m);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses instants before 1967 and fractional minutes', () => {
    expect(() => toEpochMinutes(at('1966-07-01', '12:00'))).toThrow(RulesInputError);
    expect(() => fromEpochMinutes(0.5)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('addHours: elapsed hours across DST changes', () => {
  it.each([
    [
      '24 h before Mon 2026-03-09 09:30 EDT is Sun 09:30 EDT (the change was at 02:00)',
      at('2026-03-09', '09:30'),
      -24,
      at('2026-03-08', '09:30'),
    ],
    [
      '24 h after Sat 2026-03-07 09:30 EST is Sun 10:30 EDT (23-hour day)',
      at('2026-03-07', '09:30'),
      24,
      at('2026-03-08', '10:30'),
    ],
    [
      '1 h after 01:30 EST on 2026-03-08 is 03:30 EDT',
      at('2026-03-08', '01:30'),
      1,
      at('2026-03-08', '03:30'),
    ],
    [
      '24 h after Sat 2026-10-31 09:30 EDT is Sun 08:30 EST (25-hour day)',
      at('2026-10-31', '09:30'),
      24,
      at('2026-11-01', '08:30'),
    ],
    [
      '1 h after 00:30 EDT on 2026-11-01 is 01:30 (EDT)',
      at('2026-11-01', '00:30'),
      1,
      at('2026-11-01', '01:30'),
    ],
    [
      '2 h after 00:30 EDT on 2026-11-01 is 01:30 (EST, second occurrence)',
      at('2026-11-01', '00:30'),
      2,
      at('2026-11-01', '01:30'),
    ],
    [
      '3 h after 00:30 EDT on 2026-11-01 is 02:30 EST',
      at('2026-11-01', '00:30'),
      3,
      at('2026-11-01', '02:30'),
    ],
    [
      '24 h after an EPO expiry 23:59 (A-13, rules-spec row 10)',
      at('2026-03-05', '23:59'),
      24,
      at('2026-03-06', '23:59'),
    ],
    [
      '24 h before a 09:30 hearing (rules-spec row 31)',
      at('2026-03-17', '09:30'),
      -24,
      at('2026-03-16', '09:30'),
    ],
    ['half an hour', at('2026-03-17', '09:30'), 0.5, at('2026-03-17', '10:00')],
    ['over a year end', at('2027-12-31', '23:59'), 1, at('2028-01-01', '00:59')],
  ])('%s', (_case, from, hours, expected) => {
    expect(addHours(from, hours)).toEqual(expected);
  });

  it('refuses hours that are not whole minutes', () => {
    expect(() => addHours(at('2026-03-17', '09:30'), 1 / 7)).toThrow(RulesInputError);
  });
});
