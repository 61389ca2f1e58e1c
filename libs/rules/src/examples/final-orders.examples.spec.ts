// rules-spec §5, examples 20–29: final orders, extensions and substantial risk orders (R10–R12,
// R25, R31–R33).
import {
  computeDeadlines,
  expiryOf,
  maxExpiry,
  RulesInputError,
  STATEWIDE_CALENDAR,
  type CaseComputation,
  type CaseDeadline,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
  type PartialDateTime,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };
const GDC: CourtRef = { courtId: 'gdc-arlington', kind: 'GDC', locality: 'Arlington County' };
const CIRCUIT: CourtRef = {
  courtId: 'circuit-fairfax',
  kind: 'CIRCUIT',
  locality: 'Fairfax County',
};

function order(
  kind: OrderKind,
  date: string,
  court: CourtRef,
  extra: Partial<OrderFacts> = {},
): OrderFacts {
  return { orderId: 'po-1', kind, issuedAt: { date }, issuingCourt: court, ...extra };
}

function compute(events: CaseEvent[], asOf: string): CaseComputation {
  return computeDeadlines({ events }, STATEWIDE_CALENDAR, asOf);
}

function find(c: CaseComputation, kind: CaseDeadline['kind'], orderId = 'po-1'): CaseDeadline {
  const found = c.deadlines.find((d) => d.kind === kind && d.orderId === orderId);
  if (found === undefined) {
    throw new Error(`no ${kind} for ${orderId}`);
  }
  return found;
}

function refusal(fn: () => unknown): RulesInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RulesInputError) {
      return e;
    }
    throw e;
  }
  throw new Error('expected a RulesInputError');
}

describe('Example 20 — AOV final order issued Tue 10 Mar 2026 with no expiry: ends Fri 10 Mar 2028; file by Fri 10 Mar', () => {
  const c = compute(
    [{ type: 'order_issued', order: order('AOV_PO', '2026-03-10', GDC) }],
    '2026-03-10',
  );

  it('ends 2 years from issuance by default, 11:59 p.m. Fri 10 Mar 2028', () => {
    expect(find(c, 'order_expiry')).toMatchObject({
      ruleId: 'VA.AOV.PO',
      due: { date: '2028-03-10', time: '23:59' },
      rollover: null,
      confidence: 'source_explicit',
      citation: { text: 'Va. Code § 19.2-152.10(B),(G)' },
    });
  });

  it('the motion to extend is due by Fri 10 Mar 2028, a court day', () => {
    expect(find(c, 'file_by')).toMatchObject({
      ruleId: 'VA.AOV.PO',
      due: { date: '2028-03-10' },
      rollover: null,
    });
  });
});

describe('Example 21 — AOV final order issued Tue 29 Feb 2028 with no expiry: ends Thu 28 Feb 2030 (A-07)', () => {
  it('clamps Feb 29 + 2 years to Feb 28, and the file-by date is the same day', () => {
    const c = compute(
      [{ type: 'order_issued', order: order('AOV_PO', '2028-02-29', GDC) }],
      '2028-02-29',
    );
    const exp = find(c, 'order_expiry');
    expect(exp.due).toEqual({ date: '2030-02-28', time: '23:59' });
    expect(exp.confidence).toBe('interpretation');
    expect(exp.assumptions).toContain('A-07');
    expect(find(c, 'file_by').due).toEqual({ date: '2030-02-28' });
  });
});

describe('Example 22 — FA final order issued Thu 31 Dec 2026, no expiry stated: Sun 31 Dec 2028, file by Fri 29 Dec', () => {
  const c = compute(
    [{ type: 'order_issued', order: order('FA_PO', '2026-12-31', JDR) }],
    '2026-12-31',
  );

  it('applies the two-year default by analogy (A-09) and does not roll the expiry (A-08)', () => {
    const exp = find(c, 'order_expiry');
    expect(exp).toMatchObject({
      ruleId: 'VA.FA.PO.MAX_DURATION',
      due: { date: '2028-12-31', time: '23:59' },
      rollover: null,
      confidence: 'interpretation',
    });
    expect(exp.assumptions).toEqual(expect.arrayContaining(['A-08', 'A-09']));
  });

  it('files by Fri 29 Dec 2028, the last court day before (A-11)', () => {
    const fileBy = find(c, 'file_by');
    expect(fileBy).toMatchObject({
      ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
      due: { date: '2028-12-29' },
      rollover: { direction: 'backward', from: '2028-12-31', to: '2028-12-29' },
      confidence: 'interpretation',
    });
    expect(fileBy.assumptions).toEqual(expect.arrayContaining(['A-08', 'A-09', 'A-11']));
    expect(fileBy.explanation).toBe(
      "Order expires 11:59 p.m. Sun 31 Dec 2028; Sun 31 Dec is a Sunday; court closed 30–31 Dec; file the motion to extend by Fri 29 Dec 2028, while the clerk's office is open.",
    );
  });
});

describe('Example 23 — FA final order issued Wed 1 Apr 2026 stating Sun 2 Apr 2028 is refused (maximum Sat 1 Apr 2028)', () => {
  const stated = (date: string): OrderFacts =>
    order('FA_PO', '2026-04-01', JDR, { statedExpiry: { date } });

  it('refuses the stated expiry with the field, the maximum and the citation', () => {
    const e = refusal(() => expiryOf(stated('2028-04-02'), STATEWIDE_CALENDAR));
    expect(e.code).toBe('STATED_EXPIRY_EXCEEDS_MAXIMUM');
    expect(e.field).toBe('order.statedExpiry');
    expect(e.citation).toBe('Va. Code § 16.1-279.1(B)');
    expect(e.message).toContain('11:59 p.m. Sat 1 Apr 2028');
  });

  it('refuses it in the whole-case computation too, naming the event field', () => {
    const e = refusal(() =>
      compute([{ type: 'order_issued', order: stated('2028-04-02') }], '2026-04-01'),
    );
    expect(e.field).toBe('events[0].order.statedExpiry');
    expect(e.citation).toBe('Va. Code § 16.1-279.1(B)');
  });

  it('accepts the corrected Sat 1 Apr 2028 (matches the maximum) and files by Fri 31 Mar 2028', () => {
    const c = compute([{ type: 'order_issued', order: stated('2028-04-01') }], '2026-04-01');
    expect(find(c, 'order_expiry').statedValueCheck).toEqual({
      stated: { date: '2028-04-01', time: '23:59' },
      maximum: { date: '2028-04-01', time: '23:59' },
      status: 'matches',
    });
    expect(find(c, 'file_by').due).toEqual({ date: '2028-03-31' });
  });
});

describe('Example 24 — AOV final order issued Wed 24 Dec 2025: ends Fri 24 Dec 2027 (not rolled); file by Thu 23 Dec', () => {
  it('does not roll the expiry although Christmas is observed that day, and rolls the filing back', () => {
    const c = compute(
      [{ type: 'order_issued', order: order('AOV_PO', '2025-12-24', GDC) }],
      '2025-12-24',
    );
    expect(find(c, 'order_expiry')).toMatchObject({
      due: { date: '2027-12-24', time: '23:59' },
      rollover: null,
    });
    const fileBy = find(c, 'file_by');
    expect(fileBy.due).toEqual({ date: '2027-12-23' });
    expect(fileBy.rollover?.skipped[0]?.reasons[0]).toMatchObject({
      name: 'Christmas Day',
      observed: true,
    });
  });
});

describe('Example 25 — FA final order expiring Thu 15 Jun 2028, extended Thu 8 Jun 2028 and again Mon 3 Jun 2030', () => {
  const initial = order('FA_PO', '2026-06-15', JDR, {
    statedExpiry: { date: '2028-06-15' },
    petitionerWasFamilyOrHouseholdAtInitialOrder: true,
  });
  const events: CaseEvent[] = [
    { type: 'order_issued', order: initial },
    { type: 'extension_motion_filed', orderId: 'po-1', on: { date: '2028-05-22' } },
    { type: 'extension_granted', orderId: 'po-1', newOrderId: 'po-2', on: '2028-06-08' },
    { type: 'extension_motion_filed', orderId: 'po-2', on: { date: '2030-05-20' } },
    { type: 'extension_granted', orderId: 'po-2', newOrderId: 'po-3', on: '2030-06-03' },
  ];
  const c = compute(events, '2030-06-03');

  it('the first motion (Mon 22 May 2028) was timely', () => {
    expect(c.extensionMotions.map((m) => [m.orderId, m.status])).toEqual([
      ['po-1', 'timely'],
      ['po-2', 'timely'],
    ]);
    expect(find(c, 'file_by', 'po-1').state).toBe('met');
  });

  it('the extension of Thu 8 Jun 2028 runs at most to Sat 8 Jun 2030, from the grant date (A-10); next file-by Fri 7 Jun 2030', () => {
    const exp = find(c, 'order_expiry', 'po-2');
    expect(exp).toMatchObject({
      ruleId: 'VA.FA.PO.EXTENSION',
      due: { date: '2030-06-08', time: '23:59' },
    });
    expect(exp.assumptions).toContain('A-10');
    expect(find(c, 'file_by', 'po-2').due).toEqual({ date: '2030-06-07' });
  });

  it('is repeatable: the extension of Mon 3 Jun 2030 runs at most to Thu 3 Jun 2032', () => {
    expect(find(c, 'order_expiry', 'po-3').due).toEqual({ date: '2032-06-03', time: '23:59' });
    expect(c.orders.map((o) => [o.orderId, o.status])).toEqual([
      ['po-1', 'superseded'],
      ['po-2', 'superseded'],
      ['po-3', 'awaiting_service'],
    ]);
  });

  it('an extension carries over service of the order it extends', () => {
    const served = compute(
      [
        ...events,
        { type: 'order_served', orderId: 'po-1', at: { date: '2026-06-16' }, personal: true },
      ],
      '2030-06-04',
    );
    expect(served.orders[2]).toMatchObject({
      orderId: 'po-3',
      status: 'in_effect',
      enforceableFrom: { date: '2030-06-03' },
    });
  });
});

describe('Example 26 — AOV final order of example 20, motion to extend filed Mon 13 Mar 2028: untimely', () => {
  it('reports the motion untimely because the order expired Fri 10 Mar 2028 23:59', () => {
    const c = compute(
      [
        { type: 'order_issued', order: order('AOV_PO', '2026-03-10', GDC) },
        { type: 'extension_motion_filed', orderId: 'po-1', on: { date: '2028-03-13' } },
      ],
      '2028-03-13',
    );
    expect(c.extensionMotions[0]).toMatchObject({
      status: 'untimely',
      ruleId: 'VA.AOV.PO',
      ruleVersion: 'R25@2021-01-01',
      expiresAt: { date: '2028-03-10', time: '23:59' },
      fileBy: '2028-03-10',
    });
    expect(c.extensionMotions[0]?.explanation).toContain('untimely');
    expect(c.orders[0]).toMatchObject({ status: 'expired', extensionMotion: 'untimely' });
    expect(find(c, 'file_by').state).toBe('missed');
  });
});

describe('Example 27 — ESRO issued Fri 19 Jun 2026 (Juneteenth): final hearing by Mon 6 Jul (A-16)', () => {
  it('rolls day 14, Fri 3 Jul (Independence Day observed), forward under § 1-210(B)', () => {
    const c = compute(
      [{ type: 'order_issued', order: order('ESRO', '2026-06-19', CIRCUIT) }],
      '2026-06-19',
    );
    const h = find(c, 'hearing_by');
    expect(h).toMatchObject({
      ruleId: 'VA.SRO.EMERGENCY',
      due: { date: '2026-07-06' },
      rollover: { from: '2026-07-03', to: '2026-07-06', basis: 'Va. Code § 1-210(B)' },
      confidence: 'interpretation',
    });
    expect(h.assumptions).toContain('A-16');
    expect(c.orders[0]?.expiresAt).toBeNull();
  });
});

describe('Example 28 — FSRO issued Mon 6 Jul 2026 for the maximum term: Sat 2 Jan 2027, file by Thu 31 Dec 2026', () => {
  const fsro = order('FSRO', '2026-07-06', CIRCUIT, { statedExpiry: { date: '2027-01-02' } });

  it('has a maximum of 180 days, 11:59 p.m. Sat 2 Jan 2027, not rolled', () => {
    expect(maxExpiry(fsro, STATEWIDE_CALENDAR)).toEqual({ date: '2027-01-02', time: '23:59' });
    const c = compute([{ type: 'order_issued', order: fsro }], '2026-07-06');
    expect(find(c, 'order_expiry')).toMatchObject({
      ruleId: 'VA.SRO.FINAL.MAX',
      rollover: null,
      statedValueCheck: { status: 'matches' },
    });
  });

  it('the extension motion is due Thu 31 Dec 2026, skipping New Year’s Day', () => {
    const c = compute([{ type: 'order_issued', order: fsro }], '2026-07-06');
    expect(find(c, 'file_by')).toMatchObject({
      ruleId: 'VA.SRO.EXTENSION',
      due: { date: '2026-12-31' },
    });
  });

  it('refuses an FSRO without its stated expiry (no default, A-16)', () => {
    const e = refusal(() => expiryOf(order('FSRO', '2026-07-06', CIRCUIT), STATEWIDE_CALENDAR));
    expect(e.code).toBe('STATED_EXPIRY_REQUIRED');
    expect(e.field).toBe('order.statedExpiry');
  });
});

describe('Example 29 — FSRO extension granted Wed 30 Dec 2026: at most Mon 28 Jun 2027', () => {
  it('runs 180 days from the grant date (A-10)', () => {
    const fsro = order('FSRO', '2026-07-06', CIRCUIT, { statedExpiry: { date: '2027-01-02' } });
    const stated: PartialDateTime = { date: '2027-06-28' };
    const c = compute(
      [
        { type: 'order_issued', order: fsro },
        { type: 'extension_motion_filed', orderId: 'po-1', on: { date: '2026-12-15' } },
        {
          type: 'extension_granted',
          orderId: 'po-1',
          newOrderId: 'po-2',
          on: '2026-12-30',
          statedExpiry: stated,
        },
      ],
      '2026-12-30',
    );
    expect(find(c, 'order_expiry', 'po-2')).toMatchObject({
      ruleId: 'VA.SRO.EXTENSION',
      due: { date: '2027-06-28', time: '23:59' },
      statedValueCheck: { maximum: { date: '2027-06-28', time: '23:59' }, status: 'matches' },
    });
  });
});
