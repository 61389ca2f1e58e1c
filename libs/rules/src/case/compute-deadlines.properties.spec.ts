// Property tests over issuance dates 2025–2045 for every order kind (issue #4 acceptance):
// expiry never precedes issuance; a backward-rolled actBy / file-by is a court day on or before its
// deadline; a forward-rolled date is a court day; the same input always gives the same output;
// results do not depend on the process time zone.
import fc from 'fast-check';

import {
  addCalendarYears,
  addDays,
  compareIsoDates,
  computeDeadlines,
  isCourtDay,
  ORDER_KINDS,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CaseFacts,
  type Closure,
  type CourtCalendarData,
  type OrderFacts,
  type OrderKind,
} from '../index';

const COURT = 'jdr-a';
const first = Date.UTC(2025, 0, 1) / 86_400_000;
const last = Date.UTC(2045, 11, 31) / 86_400_000;
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const date = fc.integer({ min: first, max: last }).map(isoOf);
const time = fc.option(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  { nil: undefined },
);

// Closures and a court sitting only some weekdays, so rolls cross data as well as holidays.
const closure: fc.Arbitrary<Closure> = fc.record({
  date,
  courtIds: fc.constantFrom<Closure['courtIds']>('statewide', [COURT], ['other-court']),
  allDay: fc.boolean(),
  kind: fc.constantFrom<Closure['kind']>(
    'governor_or_president_day',
    'clerk_closure',
    'court_closure',
  ),
  name: fc.constant('Closure'),
  authority: fc.constant('Executive order'),
});
const calendar: fc.Arbitrary<CourtCalendarData> = fc.oneof(
  fc.constant(STATEWIDE_CALENDAR),
  fc
    .record({
      closures: fc.array(closure, { maxLength: 40 }),
      sessionWeekdays: fc.constantFrom<Record<string, number[]> | undefined>(
        undefined,
        { [COURT]: [2, 4] },
        { [COURT]: [1, 3, 5] },
      ),
    })
    .map((c) =>
      c.sessionWeekdays === undefined
        ? { closures: c.closures }
        : { closures: c.closures, sessionWeekdays: c.sessionWeekdays },
    ),
);

const FINAL_MAX_DAYS: Partial<Record<OrderKind, (d: string) => string>> = {
  FSRO: (d) => addDays(d, 180),
  OOS: (d) => addCalendarYears(d, 1),
};

function caseFor(
  kind: OrderKind,
  issued: string,
  at: string | undefined,
  offset: number,
): CaseFacts {
  const statedFor = FINAL_MAX_DAYS[kind];
  const order: OrderFacts = {
    orderId: 'o-1',
    kind,
    issuedAt: at === undefined ? { date: issued } : { date: issued, time: at },
    issuingCourt: { courtId: COURT, kind: 'JDR', locality: 'Fairfax County' },
    protectsMinorAgainstParent: kind === 'FA_EPO',
    ...(statedFor === undefined
      ? {}
      : { statedExpiry: { date: addDays(statedFor(issued), -offset) } }),
    ...(kind === 'OOS' ? { outOfState: { issuingState: 'Maryland' } } : {}),
  };
  const events: CaseEvent[] = [
    { type: 'order_issued', order },
    { type: 'medical_evidence_recorded' },
    {
      type: 'hearing_scheduled',
      hearingId: 'h-1',
      kind: 'final_trial',
      at: { date: addDays(issued, 10 + offset) },
      orderId: 'o-1',
    },
  ];
  if (kind === 'FA_EPO') {
    events.push({ type: 'incapacity_extension_granted', orderId: 'o-1', on: { date: issued } });
  }
  if (kind === 'FA_PPO' || kind === 'AOV_PPO') {
    events.push({
      type: 'unserved_extension_granted',
      orderId: 'o-1',
      on: addDays(issued, offset),
    });
  }
  return { events };
}

const scenario = fc.record({
  kind: fc.constantFrom(...ORDER_KINDS),
  issued: date,
  at: time,
  offset: fc.integer({ min: 0, max: 14 }),
  calendar,
});

const RUNS = { numRuns: 400 };

describe('deadline properties over 2025–2045 for every order kind', () => {
  it('never puts an expiry before issuance', () => {
    fc.assert(
      fc.property(scenario, ({ kind, issued, at, offset, calendar: cal }) => {
        const c = computeDeadlines(caseFor(kind, issued, at, offset), cal, issued);
        for (const d of c.deadlines) {
          if (d.kind === 'order_expiry' || d.kind === 'max_expiry') {
            expect(compareIsoDates(d.due.date, issued)).toBeGreaterThanOrEqual(0);
          }
        }
        for (const o of c.orders) {
          if (o.expiresAt !== null) {
            expect(compareIsoDates(o.expiresAt.date, issued)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('makes every backward-rolled actBy and file-by date a court day on or before its deadline', () => {
    fc.assert(
      fc.property(scenario, ({ kind, issued, at, offset, calendar: cal }) => {
        const c = computeDeadlines(caseFor(kind, issued, at, offset), cal, issued);
        for (const d of c.deadlines) {
          if (d.actBy !== undefined) {
            expect(isCourtDay(d.actBy, cal, COURT, 'backward')).toBe(true);
            expect(compareIsoDates(d.actBy, d.due.date)).toBeLessThan(0);
          }
          if (d.kind === 'file_by') {
            expect(isCourtDay(d.due.date, cal, COURT, 'backward')).toBe(true);
            expect(compareIsoDates(d.due.date, d.base.date)).toBeLessThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('makes every forward-rolled date a court day on or after its base', () => {
    fc.assert(
      fc.property(scenario, ({ kind, issued, at, offset, calendar: cal }) => {
        const c = computeDeadlines(caseFor(kind, issued, at, offset), cal, issued);
        for (const d of c.deadlines) {
          if (d.rollover?.direction === 'forward') {
            expect(d.due.date).toBe(d.rollover.to);
            expect(isCourtDay(d.due.date, cal, COURT, 'forward')).toBe(true);
            expect(compareIsoDates(d.due.date, d.base.date)).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input, and leaves the input unchanged', () => {
    fc.assert(
      fc.property(scenario, ({ kind, issued, at, offset, calendar: cal }) => {
        const facts = caseFor(kind, issued, at, offset);
        const before = JSON.stringify(facts);
        const a = computeDeadlines(facts, cal, issued);
        const b = computeDeadlines(JSON.parse(before) as CaseFacts, cal, issued);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(JSON.stringify(facts)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the process time zone', () => {
    const original = process.env['TZ'];
    try {
      fc.assert(
        fc.property(
          scenario,
          fc.constantFrom('Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'),
          (s, zone) => {
            process.env['TZ'] = 'UTC';
            const utc = JSON.stringify(
              computeDeadlines(caseFor(s.kind, s.issued, s.at, s.offset), s.calendar, s.issued),
            );
            process.env['TZ'] = zone;
            const other = JSON.stringify(
              computeDeadlines(caseFor(s.kind, s.issued, s.at, s.offset), s.calendar, s.issued),
            );
            expect(other).toBe(utc);
          },
        ),
        { numRuns: 100 },
      );
    } finally {
      process.env['TZ'] = original;
      if (original === undefined) {
        delete process.env['TZ'];
      }
    }
  });
});
