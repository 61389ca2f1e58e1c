import {
  computeDeadlines,
  RulesInputError,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' };

function issued(
  orderId: string,
  kind: OrderKind,
  date: string,
  extra: Partial<OrderFacts> = {},
): CaseEvent {
  return {
    type: 'order_issued',
    order: { orderId, kind, issuedAt: { date }, issuingCourt: JDR, ...extra },
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

describe('computeDeadlines: refuses bad input naming the field', () => {
  it.each<[string, unknown, string, string]>([
    [
      'an impossible issuance date',
      { events: [issued('a', 'FA_EPO', '2026-02-29')] },
      'INVALID_DATE',
      'events[0].order.issuedAt.date',
    ],
    ['an unknown event type', { events: [{ type: 'party' }] }, 'INVALID_INPUT', 'events[0].type'],
    [
      'a bad time',
      {
        events: [
          {
            type: 'order_served',
            orderId: 'a',
            at: { date: '2026-03-02', time: '25:00' },
            personal: true,
          },
        ],
      },
      'INVALID_TIME',
      'events[0].at.time',
    ],
    [
      'service of an unknown order',
      {
        events: [
          { type: 'order_served', orderId: 'x', at: { date: '2026-03-02' }, personal: true },
        ],
      },
      'UNKNOWN_REFERENCE',
      'events[0].orderId',
    ],
    [
      'an order recorded twice',
      { events: [issued('a', 'FA_EPO', '2026-03-02'), issued('a', 'FA_EPO', '2026-03-03')] },
      'DUPLICATE_ID',
      'events[1].order.orderId',
    ],
    [
      'an unknown parent',
      { events: [issued('a', 'FA_PO', '2026-03-02', { parentOrderId: 'b' })] },
      'UNKNOWN_REFERENCE',
      'events[0].order.parentOrderId',
    ],
    [
      'service before issuance',
      {
        events: [
          issued('a', 'FA_EPO', '2026-03-02'),
          { type: 'order_served', orderId: 'a', at: { date: '2026-03-01' }, personal: true },
        ],
      },
      'INVALID_INPUT',
      'events[1].at',
    ],
    [
      'an incapacity extension of a final order',
      {
        events: [
          issued('a', 'FA_PO', '2026-03-02'),
          { type: 'incapacity_extension_granted', orderId: 'a', on: { date: '2026-03-03' } },
        ],
      },
      'INVALID_INPUT',
      'events[1].orderId',
    ],
    [
      'an out-of-state order without its state',
      { events: [issued('a', 'OOS', '2026-03-02')] },
      'INVALID_INPUT',
      'events[0].order.outOfState',
    ],
  ])('refuses %s', (_, facts, code, field) => {
    const e = refusal(() => computeDeadlines(facts as never, STATEWIDE_CALENDAR, '2026-03-02'));
    expect([e.code, e.field]).toEqual([code, field]);
  });

  it('refuses a bad asOf', () => {
    expect(
      refusal(() => computeDeadlines({ events: [] }, STATEWIDE_CALENDAR, '2026-13-01')).field,
    ).toBe('asOf');
  });
});
