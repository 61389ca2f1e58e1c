import { addDays, STATEWIDE_CALENDAR, type CourtCalendarData } from '../calendar';
import type { FingerprintCase } from '../calendar/fingerprint-cases';
import { expiryOf } from '../expiry/expiry-of';
import type { CaseEvent, OrderFacts } from '../model/case-facts';
import { ORDER_KINDS, type CourtRef, type OrderKind } from '../model/order-kind';
import { DEFAULT_FOLLOWUP_LEAD_TIMES } from '../followups/followup-types';
import { planFollowups } from '../followups/plan-followups';
import { computeDeadlines } from './compute-deadlines';

// Used by src/determinism.spec.ts and scripts/test-both-timezones.sh; not part of the public API.

const COURT: CourtRef = { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' };

// Part-day and court-specific closures so explanations and rolls cross entered data too.
const CALENDAR: CourtCalendarData = {
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
      date: '2027-03-03',
      courtIds: ['jdr-a'],
      allDay: true,
      kind: 'clerk_closure',
      name: 'Snow',
      authority: 'Clerk',
    },
  ],
  coverage: { from: '2026-01-01', to: '2027-12-31', closuresEnteredThrough: '2027-06-30' },
};

function issuanceDates(step: number): string[] {
  const out: string[] = [];
  for (let d = '2025-01-01'; d <= '2045-12-31'; d = addDays(d, step)) {
    out.push(d);
  }
  return out;
}

function orderOf(kind: OrderKind, date: string): OrderFacts {
  const stated =
    kind === 'FSRO' ? addDays(date, 180) : kind === 'OOS' ? addDays(date, 365) : undefined;
  return {
    orderId: `${kind}-${date}`,
    kind,
    issuedAt: { date, time: '21:40' },
    issuingCourt: COURT,
    ...(stated === undefined ? {} : { statedExpiry: { date: stated } }),
    ...(kind === 'OOS' ? { outOfState: { issuingState: 'Maryland' } } : {}),
  };
}

function expiriesOf(kind: OrderKind): string[] {
  return issuanceDates(9).map((d) => {
    const r = expiryOf(orderOf(kind, d), STATEWIDE_CALENDAR);
    return r === null ? `${d} -` : `${d} ${r.due.date} ${r.due.time ?? ''} ${r.explanation}`;
  });
}

// The whole-case scenario of rules-spec §5: EPO over Thanksgiving, PPO, final order, violation.
const WHOLE_CASE: CaseEvent[] = [
  {
    type: 'petition_filed',
    petitionId: 'pet',
    on: { date: '2026-11-24' },
    sought: 'FA_PPO',
    courtId: 'jdr-a',
  },
  {
    type: 'order_issued',
    order: { ...orderOf('FA_EPO', '2026-11-23'), orderId: 'epo', protectsMinorAgainstParent: true },
  },
  {
    type: 'order_served',
    orderId: 'epo',
    at: { date: '2026-11-24', time: '01:15' },
    personal: true,
  },
  {
    type: 'order_issued',
    order: {
      ...orderOf('FA_PPO', '2026-11-25'),
      issuedAt: { date: '2026-11-25' },
      orderId: 'ppo',
      parentOrderId: 'epo',
    },
  },
  {
    type: 'service_attempted',
    orderId: 'ppo',
    at: { date: '2026-11-30', time: '10:00' },
    outcome: 'not_found',
  },
  {
    type: 'service_attempted',
    orderId: 'ppo',
    at: { date: '2026-12-02', time: '18:30' },
    outcome: 'served',
  },
  {
    type: 'hearing_scheduled',
    hearingId: 'h',
    kind: 'ppo_full_hearing',
    at: { date: '2026-12-10', time: '09:30' },
    orderId: 'ppo',
  },
  { type: 'medical_evidence_recorded' },
  { type: 'hearing_held', hearingId: 'h', on: '2026-12-10', outcome: 'granted' },
  {
    type: 'order_issued',
    order: {
      ...orderOf('FA_PO', '2026-12-10'),
      issuedAt: { date: '2026-12-10', time: '10:30' },
      orderId: 'po',
      parentOrderId: 'ppo',
    },
  },
  {
    type: 'order_served',
    orderId: 'po',
    at: { date: '2026-12-10', time: '11:00' },
    personal: true,
  },
  { type: 'extension_motion_filed', orderId: 'po', on: { date: '2028-11-20' } },
  { type: 'extension_granted', orderId: 'po', newOrderId: 'po2', on: '2028-12-01' },
  {
    type: 'violation_recorded',
    violation: {
      orderKind: 'FA_PO',
      occurredOn: '2027-02-01',
      acts: ['stalking'],
      basedOnActOrThreatOfViolence: true,
      priorConvictions: [],
      reportedToPolice: true,
    },
  },
];

// rules-spec §1.12: a four-year order with the court's finding on each side of 2025-07-01, its
// extension, a move of the respondent, a Military Protective Order basis and a missed notice.
function lawChangeCase(issued: string): CaseEvent[] {
  return [
    {
      type: 'petition_filed',
      petitionId: 'pet',
      on: { date: issued },
      sought: 'FA_PPO',
      courtId: 'jdr-a',
      militaryProtectiveOrder: {
        issuingCommand: 'us_armed_forces',
        issuedOn: issued,
        enteredInNcic: true,
      },
    },
    {
      type: 'order_issued',
      order: {
        ...orderOf('FA_PO', issued),
        orderId: 'po',
        priorFamilyAbuseOrderFinding: true,
        priorFamilyAbuseOrderIssuedOn: '2014-01-15',
      },
    },
    { type: 'order_served', orderId: 'po', at: { date: issued }, personal: true },
    { type: 'respondent_moved', on: addDays(issued, 30), moveId: 'mv' },
    { type: 'extension_motion_filed', orderId: 'po', on: { date: addDays(issued, 700) } },
    { type: 'extension_granted', orderId: 'po', newOrderId: 'po2', on: addDays(issued, 710) },
    {
      type: 'violation_recorded',
      violation: {
        orderKind: 'FA_PO',
        occurredOn: addDays(issued, 40),
        acts: ['failed_to_report_address_change'],
        basedOnActOrThreatOfViolence: false,
        priorConvictions: [],
      },
    },
  ];
}

/** Rule results whose JSON must be identical under every process time zone. */
export const RULES_FINGERPRINT_CASES: readonly FingerprintCase[] = [
  ...ORDER_KINDS.map((kind) => ({ name: `rules.expiry.${kind}`, compute: () => expiriesOf(kind) })),
  ...['2026-11-23', '2026-11-27', '2026-12-11', '2028-12-30'].map((asOf) => ({
    name: `rules.wholeCase.${asOf}`,
    compute: () => computeDeadlines({ events: WHOLE_CASE }, STATEWIDE_CALENDAR, asOf),
  })),
  ...['2025-06-30', '2025-07-01', '2028-02-29'].map((issued) => ({
    name: `rules.lawChanges.${issued}`,
    compute: () => computeDeadlines({ events: lawChangeCase(issued) }, CALENDAR, issued),
  })),
  // The follow-ups the same cases call for: their tasks are results too (RULES_REVISION).
  ...['2026-11-23', '2026-11-27', '2026-12-11', '2028-12-30'].map((asOf) => ({
    name: `rules.wholeCase.followups.${asOf}`,
    compute: () =>
      planFollowups(
        computeDeadlines({ events: WHOLE_CASE }, STATEWIDE_CALENDAR, asOf),
        { petitions: [{ sought: 'FA_PPO', filedOn: '2026-11-24' }] },
        DEFAULT_FOLLOWUP_LEAD_TIMES,
        STATEWIDE_CALENDAR,
      ),
  })),
  ...['2025-06-30', '2028-02-29'].map((issued) => ({
    name: `rules.lawChanges.followups.${issued}`,
    compute: () =>
      planFollowups(
        computeDeadlines({ events: lawChangeCase(issued) }, CALENDAR, issued),
        {},
        DEFAULT_FOLLOWUP_LEAD_TIMES,
        CALENDAR,
      ),
  })),
  {
    name: 'rules.wholeCase.sampleCalendar',
    compute: () =>
      computeDeadlines({ events: WHOLE_CASE }, CALENDAR, { date: '2026-11-25', time: '13:00' }),
  },
];
