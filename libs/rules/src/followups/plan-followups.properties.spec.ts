import fc from 'fast-check';

import {
  computeDeadlines,
  DEFAULT_FOLLOWUP_LEAD_TIMES,
  isCourtDay,
  planFollowups,
  STATEWIDE_CALENDAR,
  toEpochMinutes,
  type CaseEvent,
  type Closure,
  type CourtCalendarData,
  type LocalDateTime,
  type PlannedFollowup,
} from '../index';

// security-checks G13: follow-up due dates are right across America/New_York DST changes and
// court-day rules. Expected dates are computed here independently of the planner (UTC-day
// arithmetic and a day-by-day walk over isCourtDay), and the Virginia wall time is checked against
// Intl's own New York time zone. Run under TZ=UTC and TZ=America/New_York: nothing may depend on
// the host zone.

const DAY_MS = 86_400_000;
const COURT = 'jdr-a';
const RUNS = { numRuns: 300 };

const utc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => iso(utc(d) + n * DAY_MS);
const weekday = (d: string) => new Date(utc(d)).getUTCDay();

function plusYears(d: string, n: number): string {
  const year = +d.slice(0, 4) + n;
  const leapDay =
    d.slice(5) === '02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return `${year}-${leapDay ? '02-28' : d.slice(5)}`;
}

/** The n-th Sunday of a month (UTC arithmetic, independent of the library's DST table). */
function nthSunday(year: number, month: number, n: number): string {
  const first = Date.UTC(year, month - 1, 1);
  const offset = (7 - new Date(first).getUTCDay()) % 7;
  return iso(first + (offset + 7 * (n - 1)) * DAY_MS);
}

// US rule since 2007: second Sunday of March, first Sunday of November.
const transitions = fc
  .integer({ min: 2026, max: 2036 })
  .chain((year) => fc.constantFrom(nthSunday(year, 3, 2), nthSunday(year, 11, 1)));
const nearTransition = fc
  .tuple(transitions, fc.integer({ min: -70, max: 70 }))
  .map(([t, n]) => plusDays(t, n));
const minute = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

const closure = (date: string): Closure => ({
  date,
  courtIds: [COURT],
  allDay: true,
  kind: 'court_closure',
  name: 'Closure',
  authority: 'Chief judge order',
});
// Random closures close to the dates the rules look at, so rolls and counts meet them.
const calendarNear = (anchor: string): fc.Arbitrary<CourtCalendarData> =>
  fc.oneof(
    fc.constant(STATEWIDE_CALENDAR),
    fc
      .uniqueArray(fc.integer({ min: -5, max: 40 }), { maxLength: 6 })
      .map((offsets) => ({ closures: offsets.map((n) => closure(plusDays(anchor, n))) })),
  );

const courtDay = (d: string, calendar: CourtCalendarData) => isCourtDay(d, calendar, COURT);

function lastCourtDayOnOrBefore(d: string, calendar: CourtCalendarData): string {
  let day = d;
  while (!courtDay(day, calendar)) day = plusDays(day, -1);
  return day;
}

function courtDaysFrom(d: string, n: number, calendar: CourtCalendarData): string {
  let day = d;
  for (let counted = 0; counted < Math.abs(n);) {
    day = plusDays(day, Math.sign(n));
    if (courtDay(day, calendar)) counted += 1;
  }
  return day;
}

const NEW_YORK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(epochMinutes: number): LocalDateTime {
  const parts = NEW_YORK.formatToParts(new Date(epochMinutes * 60_000));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** Every planned instant reads back, in New York, as the wall time planned (a gap time moves on). */
function expectInstantsRoundTrip(planned: PlannedFollowup[]): void {
  for (const p of planned) {
    const back = wallClock(toEpochMinutes(p.due));
    if (back.date !== p.due.date || back.time !== p.due.time) {
      // Only a time inside the spring-forward gap (02:00–02:59 on its Sunday) may read differently.
      expect(p.due.time.slice(0, 2)).toBe('02');
      expect(weekday(p.due.date)).toBe(0);
      expect(back.date).toBe(p.due.date);
      expect(back.time).toBe(`03${p.due.time.slice(2)}`);
    }
  }
}

function expectCourtDayRulesHold(planned: PlannedFollowup[], calendar: CourtCalendarData): void {
  for (const p of planned.filter((f) => f.onCourtDay)) {
    expect(courtDay(p.due.date, calendar)).toBe(true);
    expect([0, 6]).not.toContain(weekday(p.due.date));
  }
}

function run(events: CaseEvent[], asOf: string, calendar: CourtCalendarData): PlannedFollowup[] {
  return planFollowups(
    computeDeadlines({ events }, calendar, asOf),
    {},
    DEFAULT_FOLLOWUP_LEAD_TIMES,
    calendar,
  );
}

const due = (planned: PlannedFollowup[], key: string) => planned.find((p) => p.key === key)?.due;

describe('G13: follow-up dates across DST changes and court-day rules', () => {
  it('final orders: reminders count back from expiry and the R11 deadline, on court days', () => {
    fc.assert(
      fc.property(
        nearTransition.chain((issuedOn) =>
          fc.record({
            issuedOn: fc.constant(issuedOn),
            // Stated expiries are drawn near DST changes as well (the reminders count back from them).
            statedDays: fc.option(fc.integer({ min: 90, max: 700 }), { nil: undefined }),
            calendar: calendarNear(plusDays(plusYears(issuedOn, 2), -70)),
          }),
        ),
        ({ issuedOn, statedDays, calendar }) => {
          const expiry =
            statedDays === undefined ? plusYears(issuedOn, 2) : plusDays(issuedOn, statedDays);
          const events: CaseEvent[] = [
            {
              type: 'order_issued',
              order: {
                orderId: 'po',
                kind: 'FA_PO',
                issuedAt: { date: issuedOn },
                issuingCourt: { courtId: COURT, kind: 'JDR', locality: 'Fairfax County' },
                ...(statedDays === undefined ? {} : { statedExpiry: { date: expiry } }),
              },
            },
          ];
          const planned = run(events, issuedOn, calendar);
          const fileBy = lastCourtDayOnOrBefore(expiry, calendar);
          const at8 = (date: string) => ({ date, time: '08:00' });
          expect(due(planned, 'extend.talk:po')).toEqual(
            at8(lastCourtDayOnOrBefore(plusDays(expiry, -60), calendar)),
          );
          expect(due(planned, 'extend.file:po')).toEqual(
            at8(lastCourtDayOnOrBefore(plusDays(fileBy, -30), calendar)),
          );
          expect(due(planned, 'extend.escalate:po')).toEqual(
            at8(lastCourtDayOnOrBefore(plusDays(fileBy, -10), calendar)),
          );
          expect(due(planned, 'extend.deadline:po')).toEqual(at8(fileBy));
          expect(due(planned, 'order.expired:po')).toEqual(at8(plusDays(expiry, 1)));
          expectCourtDayRulesHold(planned, calendar);
          expectInstantsRoundTrip(planned);
        },
      ),
      RUNS,
    );
  });

  it('preliminary orders: service checks and the extension request count court days', () => {
    fc.assert(
      fc.property(
        nearTransition.chain((issuedOn) =>
          fc.record({
            issuedOn: fc.constant(issuedOn),
            hearingIn: fc.integer({ min: 3, max: 30 }),
            calendar: calendarNear(issuedOn),
          }),
        ),
        ({ issuedOn, hearingIn, calendar }) => {
          const hearingOn = plusDays(issuedOn, hearingIn);
          const events: CaseEvent[] = [
            {
              type: 'order_issued',
              order: {
                orderId: 'ppo',
                kind: 'FA_PPO',
                issuedAt: { date: issuedOn },
                issuingCourt: { courtId: COURT, kind: 'JDR', locality: 'Fairfax County' },
              },
            },
            {
              type: 'hearing_scheduled',
              hearingId: 'h',
              kind: 'ppo_full_hearing',
              at: { date: hearingOn },
              orderId: 'ppo',
            },
          ];
          const planned = run(events, issuedOn, calendar);
          const expected: string[] = [];
          for (
            let d = courtDaysFrom(issuedOn, 2, calendar);
            d < hearingOn;
            d = courtDaysFrom(d, 3, calendar)
          ) {
            expected.push(d);
          }
          expect(planned.filter((p) => p.kind === 'service_check').map((p) => p.due.date)).toEqual(
            expected,
          );
          expect(due(planned, 'ppo.extend:ppo')).toEqual({
            date: courtDaysFrom(hearingOn, -2, calendar),
            time: '08:00',
          });
          expectCourtDayRulesHold(planned, calendar);
          expectInstantsRoundTrip(planned);
        },
      ),
      RUNS,
    );
  });

  it('emergency orders: the petition task is due at issuance, whatever the hour, DST gap included', () => {
    fc.assert(
      fc.property(
        nearTransition.chain((issuedOn) =>
          fc.record({
            issuedOn: fc.constant(issuedOn),
            time: minute,
            minor: fc.boolean(),
            calendar: calendarNear(issuedOn),
          }),
        ),
        ({ issuedOn, time, minor, calendar }) => {
          const events: CaseEvent[] = [
            {
              type: 'order_issued',
              order: {
                orderId: 'epo',
                kind: 'FA_EPO',
                issuedAt: { date: issuedOn, time },
                issuingCourt: { courtId: COURT, kind: 'JDR', locality: 'Fairfax County' },
                protectsMinorAgainstParent: minor,
              },
            },
          ];
          const computation = computeDeadlines({ events }, calendar, issuedOn);
          const planned = planFollowups(computation, {}, DEFAULT_FOLLOWUP_LEAD_TIMES, calendar);
          const petition = planned.find((p) => p.kind === 'emergency_petition');
          const expiresOn = computation.orders[0]?.expiresAt?.date ?? '';
          expect(petition?.due).toEqual({ date: issuedOn, time });
          expect(petition?.actBy).toBe(lastCourtDayOnOrBefore(expiresOn, calendar));
          expect(courtDay(petition?.actBy ?? '', calendar)).toBe(true);
          expect(planned.some((p) => p.kind === 'next_friend_deadline')).toBe(minor);
          expectInstantsRoundTrip(planned);
        },
      ),
      RUNS,
    );
  });

  it('reads 08:00 on both DST Sundays as the right instants (EDT after spring, EST after fall)', () => {
    // 2026-03-08 08:00 EDT = 12:00Z; 2026-11-01 08:00 EST = 13:00Z.
    expect(toEpochMinutes({ date: '2026-03-08', time: '08:00' }) * 60_000).toBe(
      Date.UTC(2026, 2, 8, 12),
    );
    expect(toEpochMinutes({ date: '2026-11-01', time: '08:00' }) * 60_000).toBe(
      Date.UTC(2026, 10, 1, 13),
    );
  });
});
