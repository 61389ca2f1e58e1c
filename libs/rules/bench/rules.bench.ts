// npm run bench:rules — computations per second on one core (a benchmark, not a test; STYLE.md §10).
// Target (issue #4): at least 200,000 single-order expiry computations per second.
import {
  computeDeadlines,
  expiryOf,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
} from '../src';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };

// Issuance dates spread over a year so holiday rollovers and plain days are both measured.
const EPOS: OrderFacts[] = Array.from({ length: 365 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
  return {
    orderId: `epo-${i}`,
    kind: 'FA_EPO',
    issuedAt: { date: day, time: '21:40' },
    issuingCourt: JDR,
  };
});

// The whole-case scenario of rules-spec §5 (examples 1, 10, 12, 30, 37): EPO → PPO → final order,
// service attempts, hearings, medical evidence, a violation.
const CASE_EVENTS: CaseEvent[] = [
  {
    type: 'petition_filed',
    petitionId: 'pet-1',
    on: { date: '2026-11-24' },
    sought: 'FA_PPO',
    courtId: 'jdr-fairfax',
  },
  {
    type: 'order_issued',
    order: {
      orderId: 'epo-1',
      kind: 'FA_EPO',
      issuedAt: { date: '2026-11-23', time: '21:40' },
      issuingCourt: JDR,
      protectsMinorAgainstParent: true,
    },
  },
  {
    type: 'order_served',
    orderId: 'epo-1',
    at: { date: '2026-11-24', time: '01:15' },
    personal: true,
  },
  {
    type: 'order_issued',
    order: {
      orderId: 'ppo-1',
      kind: 'FA_PPO',
      issuedAt: { date: '2026-11-25' },
      issuingCourt: JDR,
      parentOrderId: 'epo-1',
    },
  },
  {
    type: 'service_attempted',
    orderId: 'ppo-1',
    at: { date: '2026-11-30', time: '10:00' },
    outcome: 'not_found',
  },
  {
    type: 'service_attempted',
    orderId: 'ppo-1',
    at: { date: '2026-12-02', time: '18:30' },
    outcome: 'served',
  },
  {
    type: 'hearing_scheduled',
    hearingId: 'h-1',
    kind: 'ppo_full_hearing',
    at: { date: '2026-12-10', time: '09:30' },
    orderId: 'ppo-1',
  },
  { type: 'medical_evidence_recorded' },
  { type: 'hearing_held', hearingId: 'h-1', on: '2026-12-10', outcome: 'granted' },
  {
    type: 'order_issued',
    order: {
      orderId: 'po-1',
      kind: 'FA_PO',
      issuedAt: { date: '2026-12-10' },
      issuingCourt: JDR,
      parentOrderId: 'ppo-1',
      petitionerWasFamilyOrHouseholdAtInitialOrder: true,
    },
  },
  {
    type: 'order_served',
    orderId: 'po-1',
    at: { date: '2026-12-10', time: '11:00' },
    personal: true,
  },
  {
    type: 'violation_recorded',
    violation: {
      orderId: 'po-1',
      orderKind: 'FA_PO',
      occurredOn: '2027-02-01',
      acts: ['stalking'],
      basedOnActOrThreatOfViolence: true,
      priorConvictions: [],
      reportedToPolice: true,
    },
  },
];

function opsPerSecond(name: string, fn: (i: number) => unknown, minMs = 2000): number {
  for (let i = 0; i < 20_000; i += 1) {
    fn(i); // warm-up: let the JIT compile the hot path
  }
  (globalThis as { gc?: () => void }).gc?.();
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minMs) {
    for (let i = 0; i < 1000; i += 1) {
      fn(ops + i);
    }
    ops += 1000;
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const rate = (ops / elapsedMs) * 1000;
  console.log(`${name.padEnd(48)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} ops/s`);
  return rate;
}

console.log(`@haven/rules benchmark (node ${process.version}, one core, single thread)`);
const single = opsPerSecond('single order expiry (expiryOf, FA EPO)', (i) =>
  expiryOf(EPOS[i % EPOS.length] as OrderFacts, STATEWIDE_CALENDAR),
);
opsPerSecond('whole case (computeDeadlines, 12 events)', () =>
  computeDeadlines({ events: CASE_EVENTS }, STATEWIDE_CALENDAR, {
    date: '2027-02-02',
    time: '12:00',
  }),
);
const target = 200_000;
console.log(
  single >= target
    ? `single-order target met (>= ${target.toLocaleString('en-US')} ops/s)`
    : `single-order target NOT met (< ${target.toLocaleString('en-US')} ops/s)`,
);
