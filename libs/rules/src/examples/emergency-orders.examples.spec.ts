// rules-spec §5, examples 1–11: emergency protective orders (R01, R02, R03, R23).
import {
  computeDeadlines,
  expiryOf,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtRef,
  type DeadlineResult,
  type OrderFacts,
  type OrderKind,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };

function epo(
  kind: OrderKind,
  date: string,
  time?: string,
  extra: Partial<OrderFacts> = {},
): OrderFacts {
  return {
    orderId: 'epo-1',
    kind,
    issuedAt: time === undefined ? { date } : { date, time },
    issuingCourt: JDR,
    ...extra,
  };
}

function expiry(order: OrderFacts, events: CaseEvent[] = []): DeadlineResult {
  const result = expiryOf(order, STATEWIDE_CALENDAR, events);
  if (result === null) {
    throw new Error('expected an expiry');
  }
  return result;
}

describe('Example 1 — FA EPO issued Mon 23 Nov 2026 at 21:40 expires Mon 30 Nov after Thanksgiving', () => {
  const order = epo('FA_EPO', '2026-11-23', '21:40');

  it('expires 11:59 p.m. Mon 30 Nov 2026, rolled forward from Thu 26 Nov over 26–29 Nov', () => {
    const r = expiry(order);
    expect(r.ruleId).toBe('VA.FA.EPO.EXPIRY');
    expect(r.kind).toBe('order_expiry');
    expect(r.due).toEqual({ date: '2026-11-30', time: '23:59' });
    expect(r.base).toEqual({ date: '2026-11-26', time: '23:59' });
    expect(r.rollover).toMatchObject({
      direction: 'forward',
      from: '2026-11-26',
      to: '2026-11-30',
    });
    expect(r.rollover?.skipped.map((s) => s.date)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(r.rollover?.skipped[0]?.reasons[0]).toMatchObject({
      kind: 'legal_holiday',
      name: 'Thanksgiving Day',
    });
    expect(r.rollover?.basis).toBe('Va. Code § 16.1-253.4');
    expect(r.citation.text).toBe('Va. Code § 16.1-253.4');
    expect(r.confidence).toBe('source_explicit');
    expect(r.actBy).toBeUndefined();
  });

  it('explains itself in the one line of the issue', () => {
    expect(expiry(order).explanation).toBe(
      'Issued Mon 23 Nov 2026; third day Thu 26 Nov is Thanksgiving; court closed 26–29 Nov; expires 11:59 p.m. Mon 30 Nov 2026.',
    );
  });

  it('gives the same expiry in the whole-case computation, in effect once served', () => {
    const events: CaseEvent[] = [
      { type: 'order_issued', order },
      {
        type: 'order_served',
        orderId: 'epo-1',
        at: { date: '2026-11-24', time: '09:15' },
        personal: true,
      },
    ];
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, {
      date: '2026-11-27',
      time: '12:00',
    });
    expect(c.deadlines.map((d) => [d.ruleId, d.due.date, d.due.time, d.state])).toEqual([
      ['VA.FA.EPO.EXPIRY', '2026-11-30', '23:59', 'open'],
    ]);
    expect(c.orders[0]).toMatchObject({
      status: 'in_effect',
      enforceableFrom: { date: '2026-11-24', time: '09:15' },
      expiresAt: { date: '2026-11-30', time: '23:59' },
    });
  });
});

describe('Example 2 — FA EPO issued Mon 2 Mar 2026 at 14:10 expires Thu 5 Mar, not rolled', () => {
  it('expires 11:59 p.m. Thu 5 Mar 2026 with no rollover', () => {
    const r = expiry(epo('FA_EPO', '2026-03-02', '14:10'));
    expect(r.due).toEqual({ date: '2026-03-05', time: '23:59' });
    expect(r.rollover).toBeNull();
    expect(r.explanation).toBe(
      'Issued Mon 2 Mar 2026; third day Thu 5 Mar is a court day; expires 11:59 p.m. Thu 5 Mar 2026.',
    );
  });
});

describe('Example 3 — FA EPO issued Wed 4 Mar 2026 at 22:00 expires Mon 9 Mar over the weekend', () => {
  it('rolls Sat 7 Mar forward over the weekend to Mon 9 Mar 2026', () => {
    const r = expiry(epo('FA_EPO', '2026-03-04', '22:00'));
    expect(r.due).toEqual({ date: '2026-03-09', time: '23:59' });
    expect(r.rollover).toMatchObject({ from: '2026-03-07', to: '2026-03-09' });
    expect(r.rollover?.skipped.map((s) => s.reasons[0]?.kind)).toEqual(['weekend', 'weekend']);
  });

  it('an EPO issued Fri 6 Mar also expires Mon 9 Mar, unrolled', () => {
    const r = expiry(epo('FA_EPO', '2026-03-06'));
    expect(r.due).toEqual({ date: '2026-03-09', time: '23:59' });
    expect(r.rollover).toBeNull();
  });
});

describe("Example 4 — AOV EPO issued Tue 29 Dec 2026 expires Mon 4 Jan 2027 after New Year's Day", () => {
  it("rolls Fri 1 Jan 2027 (New Year's Day) forward over the weekend", () => {
    const r = expiry(epo('AOV_EPO', '2026-12-29'));
    expect(r.ruleId).toBe('VA.AOV.EPO.EXPIRY');
    expect(r.citation.text).toBe('Va. Code § 19.2-152.8(C)');
    expect(r.due).toEqual({ date: '2027-01-04', time: '23:59' });
    expect(r.rollover).toMatchObject({ from: '2027-01-01', to: '2027-01-04' });
    expect(r.rollover?.skipped[0]?.reasons[0]).toMatchObject({ name: "New Year's Day" });
  });
});

describe('Example 5 — FA EPO issued by a magistrate Sat 31 Oct 2026 expires Wed 4 Nov after Election Day', () => {
  it('counts the Saturday of issuance as day 0 and rolls Election Day Tue 3 Nov to Wed 4 Nov', () => {
    const r = expiry(epo('FA_EPO', '2026-10-31'));
    expect(r.due).toEqual({ date: '2026-11-04', time: '23:59' });
    expect(r.rollover).toMatchObject({ from: '2026-11-03', to: '2026-11-04' });
    expect(r.rollover?.skipped).toHaveLength(1);
    expect(r.rollover?.skipped[0]?.reasons[0]).toMatchObject({
      kind: 'legal_holiday',
      name: 'Election Day',
    });
    expect(r.explanation).toBe(
      'Issued Sat 31 Oct 2026; third day Tue 3 Nov is Election Day; expires 11:59 p.m. Wed 4 Nov 2026.',
    );
  });
});

describe("Example 6 — FA EPO issued Tue 28 Dec 2027 expires Mon 3 Jan 2028 (New Year's observed Fri 31 Dec)", () => {
  it("rolls Fri 31 Dec 2027, the observed New Year's Day, to Mon 3 Jan 2028", () => {
    const r = expiry(epo('FA_EPO', '2027-12-28'));
    expect(r.due).toEqual({ date: '2028-01-03', time: '23:59' });
    expect(r.rollover).toMatchObject({ from: '2027-12-31', to: '2028-01-03' });
    expect(r.rollover?.skipped[0]?.reasons[0]).toMatchObject({
      kind: 'legal_holiday',
      name: "New Year's Day",
      actualDate: '2028-01-01',
      observed: true,
    });
  });
});

describe('Example 7 — AOV EPO issued Thu 1 Jul 2027 expires Tue 6 Jul after Independence Day observed', () => {
  it('rolls Sun 4 Jul and Mon 5 Jul (observed) to Tue 6 Jul 2027', () => {
    const r = expiry(epo('AOV_EPO', '2027-07-01'));
    expect(r.due).toEqual({ date: '2027-07-06', time: '23:59' });
    expect(r.rollover).toMatchObject({ from: '2027-07-04', to: '2027-07-06' });
    expect(r.rollover?.skipped[1]?.reasons[0]).toMatchObject({
      name: 'Independence Day',
      observed: true,
    });
  });
});

function incapacityCase(issued: string, grantedOn: string): CaseEvent[] {
  return [
    { type: 'order_issued', order: epo('FA_EPO', issued) },
    { type: 'incapacity_extension_granted', orderId: 'epo-1', on: { date: grantedOn } },
  ];
}

describe('Example 8 — FA EPO issued Wed 4 Mar 2026, petitioner hospitalised: extended to Thu 12 Mar', () => {
  const events = incapacityCase('2026-03-04', '2026-03-09');

  it('keeps the original (rolled) expiry Mon 9 Mar and extends it 3 days to 11:59 p.m. Thu 12 Mar 2026', () => {
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-10');
    const [original, extended] = c.deadlines.filter((d) => d.kind === 'order_expiry');
    expect(original).toMatchObject({
      ruleId: 'VA.FA.EPO.EXPIRY',
      due: { date: '2026-03-09', time: '23:59' },
      state: 'moot',
    });
    expect(extended).toMatchObject({
      ruleId: 'VA.FA.EPO.INCAPACITY_EXT',
      due: { date: '2026-03-12', time: '23:59' },
      state: 'open',
    });
    expect(extended?.assumptions).toContain('A-12');
    expect(c.orders[0]?.expiresAt).toEqual({ date: '2026-03-12', time: '23:59' });
  });

  it('expiryOf with the events gives the extended expiry', () => {
    expect(expiry(epo('FA_EPO', '2026-03-04'), events).due).toEqual({
      date: '2026-03-12',
      time: '23:59',
    });
  });
});

describe('Example 9 — FA EPO issued Mon 2 Mar 2026, incapacity extension ends Sun 8 Mar, not rolled (A-12)', () => {
  it('extends Thu 5 Mar by 3 days to 11:59 p.m. Sun 8 Mar 2026 without a second rollover', () => {
    const r = expiry(epo('FA_EPO', '2026-03-02'), incapacityCase('2026-03-02', '2026-03-04'));
    expect(r.ruleId).toBe('VA.FA.EPO.INCAPACITY_EXT');
    expect(r.due).toEqual({ date: '2026-03-08', time: '23:59' });
    expect(r.rollover).toBeNull();
    expect(r.confidence).toBe('interpretation');
    expect(r.assumptions).toEqual(['A-12']);
  });

  it('uses the extended expiry the order states, when within the maximum', () => {
    const events = incapacityCase('2026-03-02', '2026-03-04');
    const grant = events[1] as Extract<CaseEvent, { type: 'incapacity_extension_granted' }>;
    grant.statedExpiry = { date: '2026-03-07', time: '23:59' };
    const r = expiry(epo('FA_EPO', '2026-03-02'), events);
    expect(r.due).toEqual({ date: '2026-03-07', time: '23:59' });
    expect(r.statedValueCheck?.status).toBe('earlier');
    expect(r.statedValueCheck?.maximum).toEqual({ date: '2026-03-08', time: '23:59' });
  });
});

describe('Example 10 — next-friend petition for a minor: EPO of Mon 2 Mar 2026 gives Fri 6 Mar 23:59', () => {
  it('is due 24 hours after the EPO expires (Thu 5 Mar 23:59), with no actBy', () => {
    const order = epo('FA_EPO', '2026-03-02', undefined, { protectsMinorAgainstParent: true });
    const c = computeDeadlines(
      { events: [{ type: 'order_issued', order }] },
      STATEWIDE_CALENDAR,
      '2026-03-02',
    );
    const nf = c.deadlines.find((d) => d.kind === 'next_friend_file_by');
    expect(nf).toMatchObject({
      ruleId: 'VA.FA.EPO.NEXT_FRIEND',
      due: { date: '2026-03-06', time: '23:59' },
      citation: { text: 'Va. Code § 16.1-253.1(D)' },
      state: 'open',
    });
    expect(nf?.actBy).toBeUndefined();
    expect(nf?.explanation).toContain('attorney for the Commonwealth or law-enforcement officer');
  });
});

describe('R03 after an incapacity extension recorded as a new order: one deadline, from the extended expiry', () => {
  const first = epo('FA_EPO', '2026-03-02', undefined, { protectsMinorAgainstParent: true });
  const extension = epo('FA_EPO', '2026-03-05', undefined, {
    orderId: 'epo-2',
    parentOrderId: 'epo-1',
    extensionOf: 'incapacity',
  });
  const nextFriend = (events: CaseEvent[], asOf: string) =>
    computeDeadlines({ events }, STATEWIDE_CALENDAR, asOf).deadlines.filter(
      (d) => d.kind === 'next_friend_file_by',
    );
  const orders: CaseEvent[] = [
    { type: 'order_issued', order: first },
    { type: 'order_issued', order: extension },
  ];

  it("replaces the first EPO's Fri 6 Mar deadline (moot, not missed) with Mon 9 Mar 23:59, open", () => {
    const nf = nextFriend(orders, '2026-03-07');
    expect(nf.find((d) => d.orderId === 'epo-1')).toMatchObject({
      due: { date: '2026-03-06', time: '23:59' },
      state: 'moot',
    });
    expect(nf.find((d) => d.orderId === 'epo-2')).toMatchObject({
      due: { date: '2026-03-09', time: '23:59' },
      state: 'open',
    });
  });

  it('counts a petition filed while the first EPO was in force as meeting the extended deadline', () => {
    const filed: CaseEvent = {
      type: 'petition_filed',
      on: { date: '2026-03-04' },
      sought: 'FA_PPO',
      courtId: 'jdr-fairfax',
    };
    const nf = nextFriend([...orders, filed], '2026-03-10');
    expect(nf.find((d) => d.orderId === 'epo-2')?.state).toBe('met');
  });

  it('still shows the extended deadline missed when no petition came by it', () => {
    expect(nextFriend(orders, '2026-03-10').find((d) => d.orderId === 'epo-2')?.state).toBe(
      'missed',
    );
  });
});

describe('Example 11 — next-friend deadline Sat 7 Mar 2026 23:59: act by Fri 6 Mar (A-13)', () => {
  it('rolls the act-by date back to the last court day and flags A-13', () => {
    const order = epo('FA_EPO', '2026-03-03', undefined, { protectsMinorAgainstParent: true });
    const c = computeDeadlines(
      { events: [{ type: 'order_issued', order }] },
      STATEWIDE_CALENDAR,
      '2026-03-03',
    );
    expect(c.deadlines.find((d) => d.kind === 'order_expiry')?.due).toEqual({
      date: '2026-03-06',
      time: '23:59',
    });
    const nf = c.deadlines.find((d) => d.kind === 'next_friend_file_by');
    expect(nf?.due).toEqual({ date: '2026-03-07', time: '23:59' });
    expect(nf?.actBy).toBe('2026-03-06');
    expect(nf?.rollover).toMatchObject({
      direction: 'backward',
      from: '2026-03-07',
      to: '2026-03-06',
    });
    expect(nf?.assumptions).toEqual(['A-13']);
    expect(nf?.confidence).toBe('interpretation');
  });
});
