import {
  checkStatedExpiry,
  computeDeadlines,
  expiryOf,
  maxExpiry,
  RulesInputError,
  STATEWIDE_CALENDAR,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
} from '../index';

const COURT: CourtRef = { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' };

function order(
  kind: OrderKind,
  issued: string,
  stated?: string,
  extra: Partial<OrderFacts> = {},
): OrderFacts {
  return {
    orderId: 'o-1',
    kind,
    issuedAt: { date: issued },
    issuingCourt: COURT,
    ...(stated === undefined ? {} : { statedExpiry: { date: stated } }),
    ...extra,
  };
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
  throw new Error('expected a refusal');
}

describe('stated expiry beyond the statutory maximum', () => {
  it.each<[OrderKind, string, string, string]>([
    ['FA_EPO', '2026-03-02', '2026-03-06', 'Va. Code § 16.1-253.4'],
    ['AOV_EPO', '2026-03-02', '2026-03-06', 'Va. Code § 19.2-152.8(C)'],
    ['FA_PPO', '2026-03-02', '2026-03-18', 'Va. Code § 16.1-253.1(B)'],
    ['FA_PO', '2026-04-01', '2028-04-02', 'Va. Code § 16.1-279.1(B)'],
    ['AOV_PO', '2026-03-10', '2028-03-11', 'Va. Code § 19.2-152.10(B),(G)'],
    ['FSRO', '2026-07-06', '2027-01-03', 'VA Code § 19.2-152.14(A), (C)'],
  ])(
    'refuses a %s issued %s stating %s, with the field and %s',
    (kind, issued, stated, citation) => {
      const e = refusal(() => expiryOf(order(kind, issued, stated), STATEWIDE_CALENDAR));
      expect(e.code).toBe('STATED_EXPIRY_EXCEEDS_MAXIMUM');
      expect(e.field).toBe('order.statedExpiry');
      expect(e.citation).toBe(citation);
      expect(e.message).toContain(citation);
    },
  );

  it('refuses a stated expiry before issuance', () => {
    const e = refusal(() =>
      expiryOf(order('FA_PO', '2026-04-01', '2026-03-31'), STATEWIDE_CALENDAR),
    );
    expect(e.code).toBe('EXPIRY_BEFORE_ISSUANCE');
    expect(e.field).toBe('order.statedExpiry');
  });

  it('refuses an impossible date naming the field', () => {
    const e = refusal(() => expiryOf(order('FA_PO', '2026-02-30'), STATEWIDE_CALENDAR));
    expect(e.code).toBe('INVALID_DATE');
    expect(e.field).toBe('order.issuedAt.date');
  });

  it('checkStatedExpiry reports matches / earlier and refuses a later date', () => {
    expect(
      checkStatedExpiry(order('FA_PO', '2026-04-01', '2028-04-01'), STATEWIDE_CALENDAR)?.status,
    ).toBe('matches');
    expect(
      checkStatedExpiry(order('FA_PO', '2026-04-01', '2027-04-01'), STATEWIDE_CALENDAR)?.status,
    ).toBe('earlier');
    expect(checkStatedExpiry(order('FA_PO', '2026-04-01'), STATEWIDE_CALENDAR)).toBeNull();
    expect(() =>
      checkStatedExpiry(order('FA_PO', '2026-04-01', '2028-04-02'), STATEWIDE_CALENDAR),
    ).toThrow(RulesInputError);
  });

  it('accepts a later date only on a supervisor override with a reason, and flags it for review (A-10)', () => {
    const overridden = order('FA_PO', '2026-04-01', '2028-04-02', {
      statedExpiryOverride: { reason: 'Order as entered by Judge; copy on file' },
    });
    const c = computeDeadlines(
      { events: [{ type: 'order_issued', order: overridden }] },
      STATEWIDE_CALENDAR,
      '2026-04-01',
    );
    const exp = c.deadlines.find((d) => d.kind === 'order_expiry');
    expect(exp?.statedValueCheck?.status).toBe('exceeds_maximum');
    expect(exp?.due).toEqual({ date: '2028-04-02', time: '23:59' });
    expect(c.notices).toContainEqual(
      expect.objectContaining({ kind: 'attorney_review', assumptions: ['A-10'] }),
    );
    const blank = order('FA_PO', '2026-04-01', '2028-04-02', {
      statedExpiryOverride: { reason: ' ' },
    });
    expect(() => expiryOf(blank, STATEWIDE_CALENDAR)).toThrow(RulesInputError);
  });

  it('maxExpiry ignores the stated date', () => {
    expect(maxExpiry(order('FA_EPO', '2026-11-23', '2026-11-25'), STATEWIDE_CALENDAR)).toEqual({
      date: '2026-11-30',
      time: '23:59',
    });
    expect(maxExpiry(order('FA_PO', '2028-02-29'), STATEWIDE_CALENDAR)).toEqual({
      date: '2030-02-28',
      time: '23:59',
    });
    expect(maxExpiry(order('AOV_PPO', '2026-03-02'), STATEWIDE_CALENDAR)).toBeNull();
  });

  it('maxExpiry ignores the stated date when the events record the same order too', () => {
    const ppo = order('FA_PPO', '2026-03-02', '2026-03-10');
    const epo = order('FA_EPO', '2026-11-23', '2026-11-25');
    expect(maxExpiry(ppo, STATEWIDE_CALENDAR, [{ type: 'order_issued', order: ppo }])).toEqual({
      date: '2026-03-17',
      time: '23:59',
    });
    expect(maxExpiry(epo, STATEWIDE_CALENDAR, [{ type: 'order_issued', order: epo }])).toEqual({
      date: '2026-11-30',
      time: '23:59',
    });
    // expiryOf still reads the stated date the order carries.
    expect(
      expiryOf(ppo, STATEWIDE_CALENDAR, [{ type: 'order_issued', order: ppo }])?.due.date,
    ).toBe('2026-03-10');
  });
});
