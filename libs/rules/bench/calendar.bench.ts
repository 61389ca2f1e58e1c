// Throughput of the court-day calendar (brief: the library targets ≥200,000 single-order expiry
// computations per second on one core). Run: node -r @swc-node/register libs/rules/bench/calendar.bench.ts
import { performance } from 'node:perf_hooks';

import {
  addDays,
  endOfDay,
  fromDayNumber,
  isCourtDay,
  rollBackward,
  rollForward,
  STATEWIDE_CALENDAR,
  toDayNumber,
  type CourtCalendarData,
} from '../src/calendar';

const FIRST = toDayNumber('2025-01-01');
const SPAN = 21 * 365;
const DATES = Array.from({ length: 4096 }, (_, i) => fromDayNumber(FIRST + ((i * 7919) % SPAN)));

const WITH_CLOSURES: CourtCalendarData = {
  closures: Array.from({ length: 50 }, (_, i) => ({
    date: fromDayNumber(FIRST + i * 37),
    courtIds: i % 2 === 0 ? ('statewide' as const) : ['jdr-a'],
    allDay: i % 5 !== 0,
    kind: 'governor_or_president_day' as const,
    name: 'Closure',
    authority: 'Governor',
  })),
  sessionWeekdays: { 'gdc-b': [2, 4] },
};

function bench(name: string, iterations: number, fn: (d: string) => unknown): void {
  for (let i = 0; i < 20_000; i += 1) {
    fn(DATES[i & 4095] ?? '2026-03-02');
  }
  const start = performance.now();
  let sink = 0;
  for (let i = 0; i < iterations; i += 1) {
    sink += fn(DATES[i & 4095] ?? '2026-03-02') === null ? 1 : 0;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${name.padEnd(52)} ${Math.round(iterations / seconds)
      .toLocaleString('en-US')
      .padStart(12)} ops/s  (${sink})`,
  );
}

const N = 500_000;
bench('isCourtDay (statewide)', N, (d) => isCourtDay(d, STATEWIDE_CALENDAR));
bench('isCourtDay (50 closures, court jdr-a)', N, (d) => isCourtDay(d, WITH_CLOSURES, 'jdr-a'));
bench('EPO expiry: +3 days, roll forward, end of day', N, (d) => {
  const base = addDays(d, 3);
  return endOfDay(rollForward(base, STATEWIDE_CALENDAR, 'Va. Code § 16.1-253.4')?.to ?? base);
});
bench('EPO expiry with closures, Tue/Thu court', N, (d) => {
  const base = addDays(d, 3);
  return endOfDay(rollForward(base, WITH_CLOSURES, 'Va. Code § 16.1-253.4', 'gdc-b')?.to ?? base);
});
bench('rollBackward (statewide)', N, (d) =>
  rollBackward(d, STATEWIDE_CALENDAR, 'Va. Code § 16.1-279.1(B)'),
);
