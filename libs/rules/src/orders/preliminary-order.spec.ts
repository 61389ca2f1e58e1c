import {
  computeDeadlines,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
} from '../index';

const COURT: CourtRef = { courtId: 'jdr-a', kind: 'JDR', locality: 'Fairfax County' };

function issued(
  orderId: string,
  kind: OrderKind,
  date: string,
  extra: Partial<OrderFacts> = {},
): CaseEvent {
  return {
    type: 'order_issued',
    order: { orderId, kind, issuedAt: { date }, issuingCourt: COURT, ...extra },
  };
}

const at = (events: CaseEvent[]) => computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-03');

describe('preliminary orders: stated dates and extensions recorded as orders', () => {
  it('uses an FA PPO’s stated expiry within the 15-day limit (A-05) and refuses one beyond it', () => {
    const c = at([
      issued('p', 'FA_PPO', '2026-03-02', { statedExpiry: { date: '2026-03-16', time: '17:00' } }),
    ]);
    expect(c.orders[0]?.expiresAt).toEqual({ date: '2026-03-16', time: '17:00' });
    expect(c.deadlines.find((d) => d.kind === 'order_expiry')).toMatchObject({
      statedValueCheck: { status: 'earlier', maximum: { date: '2026-03-17', time: '23:59' } },
      explanation:
        'Issued Mon 2 Mar 2026; the order states 5:00 p.m. Mon 16 Mar 2026; the 15-day limit is 11:59 p.m. Tue 17 Mar 2026.',
    });
    expect(() =>
      at([issued('p', 'FA_PPO', '2026-03-02', { statedExpiry: { date: '2026-03-18' } })]),
    ).toThrow(
      expect.objectContaining({
        code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
        field: 'events[0].order.statedExpiry',
      }),
    );
  });

  it('shows an AOV PPO’s stated expiry (no fixed limit in the source)', () => {
    const c = at([issued('p', 'AOV_PPO', '2026-03-02', { statedExpiry: { date: '2026-03-20' } })]);
    expect(c.orders[0]?.expiresAt).toEqual({ date: '2026-03-20', time: '23:59' });
  });

  it('computes R07 for an FA PPO recorded as the unserved extension of another', () => {
    const c = at([
      issued('p', 'FA_PPO', '2026-03-02'),
      issued('p2', 'FA_PPO', '2026-03-17', { parentOrderId: 'p', extensionOf: 'unserved' }),
    ]);
    expect(c.orders.map((o) => [o.orderId, o.expiresAt?.date])).toEqual([
      ['p', '2026-03-17'],
      ['p2', '2026-09-17'],
    ]);
    expect(c.deadlines.filter((d) => d.kind === 'service_follow_up').map((d) => d.orderId)).toEqual(
      ['p2'],
    );
  });

  it('computes R24 for an AOV PPO recorded as the unserved extension of another, with its stated date', () => {
    const c = at([
      issued('p', 'AOV_PPO', '2026-03-02'),
      issued('p2', 'AOV_PPO', '2026-03-20', {
        parentOrderId: 'p',
        extensionOf: 'unserved',
        statedExpiry: { date: '2026-07-20' },
      }),
    ]);
    expect(c.deadlines.find((d) => d.orderId === 'p2' && d.kind === 'order_expiry')).toMatchObject({
      ruleId: 'VA.AOV.PPO',
      statedValueCheck: { status: 'earlier', maximum: { date: '2026-09-20', time: '23:59' } },
    });
  });

  it('refuses an extension order of another kind than its parent', () => {
    expect(() =>
      at([
        issued('p', 'FA_PPO', '2026-03-02'),
        issued('x', 'FA_PO', '2026-03-10', { parentOrderId: 'p', extensionOf: 'unserved' }),
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'events[1].order.extensionOf',
      }),
    );
  });

  it('links an extension recorded both as extension_granted and as order_issued', () => {
    const c = computeDeadlines(
      {
        events: [
          issued('po', 'FA_PO', '2026-03-02'),
          issued('po2', 'FA_PO', '2028-02-20', {
            parentOrderId: 'po',
            extensionOf: 'motion_to_extend',
          }),
          { type: 'extension_granted', orderId: 'po', newOrderId: 'po2', on: '2028-02-20' },
        ],
      },
      STATEWIDE_CALENDAR,
      '2028-02-21',
    );
    expect(c.orders.map((o) => o.orderId)).toEqual(['po', 'po2']);
    expect(c.orders[1]?.expiresAt?.date).toBe('2030-02-20');
  });
});
