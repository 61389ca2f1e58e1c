import {
  computeDeadlines,
  STATEWIDE_CALENDAR,
  type CaseComputation,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
} from '../index';
import { ruleVersionById } from '../registry/registry';

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

function run(events: CaseEvent[], asOf = '2026-03-05'): CaseComputation {
  return computeDeadlines({ events }, STATEWIDE_CALENDAR, asOf);
}

function reviewTexts(c: CaseComputation): string[] {
  return c.notices.filter((n) => n.kind === 'attorney_review').map((n) => n.text);
}

describe('notices and review flags raised by the rules', () => {
  it('answers "not available under this rule" once for an order whose petitioner was not family or household (R12)', () => {
    const c = run(
      [
        issued('po', 'FA_PO', '2026-01-05', {
          petitionerWasFamilyOrHouseholdAtInitialOrder: false,
        }),
        { type: 'extension_motion_filed', orderId: 'po', on: { date: '2027-12-01' } },
        { type: 'extension_granted', orderId: 'po', newOrderId: 'po2', on: '2027-12-20' },
      ],
      '2027-12-21',
    );
    const r12 = c.notices.filter((n) => n.ruleId === 'VA.FA.PO.EXTENSION');
    expect(r12).toEqual([
      expect.objectContaining({
        kind: 'attorney_review',
        orderId: 'po',
        text: expect.stringMatching(
          /^Not available under this rule: the petitioner was not a family/,
        ),
      }),
    ]);
  });

  it('does not compute a second incapacity extension (R02: one of at most 3 days)', () => {
    const c = run([
      issued('e', 'FA_EPO', '2026-03-02'),
      { type: 'incapacity_extension_granted', orderId: 'e', on: { date: '2026-03-04' } },
      { type: 'incapacity_extension_granted', orderId: 'e', on: { date: '2026-03-07' } },
    ]);
    expect(c.orders[0]?.expiresAt).toEqual({ date: '2026-03-08', time: '23:59' });
    expect(reviewTexts(c)[0]).toContain('A further incapacity extension');
  });

  it('does not compute an incapacity extension for an AOV EPO (A-12), in place or as a new order', () => {
    const inPlace = run([
      issued('e', 'AOV_EPO', '2026-03-02'),
      { type: 'incapacity_extension_granted', orderId: 'e', on: { date: '2026-03-04' } },
    ]);
    expect(inPlace.orders[0]?.expiresAt).toEqual({ date: '2026-03-05', time: '23:59' });
    expect(reviewTexts(inPlace)[0]).toContain('check § 19.2-152.8');
    const child = run([
      issued('e', 'AOV_EPO', '2026-03-02'),
      issued('e2', 'AOV_EPO', '2026-03-04', {
        parentOrderId: 'e',
        extensionOf: 'incapacity',
        statedExpiry: { date: '2026-03-08' },
      }),
    ]);
    expect(child.orders[1]?.expiresAt).toEqual({ date: '2026-03-08', time: '23:59' });
    expect(child.deadlines.find((d) => d.orderId === 'e2')?.confidence).toBe('interpretation');
  });

  it('computes R02 for an FA EPO recorded as a new order extending another', () => {
    const c = run([
      issued('e', 'FA_EPO', '2026-03-04'),
      issued('e2', 'FA_EPO', '2026-03-09', { parentOrderId: 'e', extensionOf: 'incapacity' }),
    ]);
    expect(c.orders.map((o) => [o.orderId, o.expiresAt?.date])).toEqual([
      ['e', '2026-03-09'],
      ['e2', '2026-03-12'],
    ]);
  });

  it('records a further unserved extension only with review (A-06), never computing one', () => {
    const base: CaseEvent[] = [
      issued('p', 'FA_PPO', '2026-03-02'),
      { type: 'unserved_extension_granted', orderId: 'p', on: '2026-03-17' },
    ];
    const computed = run([
      ...base,
      { type: 'unserved_extension_granted', orderId: 'p', on: '2026-09-10' },
    ]);
    expect(computed.orders[0]?.expiresAt?.date).toBe('2026-09-17');
    expect(reviewTexts(computed)[0]).toContain('none is computed');
    const stated = run([
      ...base,
      {
        type: 'unserved_extension_granted',
        orderId: 'p',
        on: '2026-09-10',
        statedExpiry: { date: '2027-03-10' },
      },
    ]);
    expect(stated.orders[0]?.expiresAt?.date).toBe('2027-03-10');
    expect(reviewTexts(stated)[0]).toContain('attorney review');
  });

  it('asks for a PPO extension when the respondent was not served for the hearing (R08)', () => {
    const c = run([
      issued('p', 'FA_PPO', '2026-03-02'),
      {
        type: 'hearing_scheduled',
        hearingId: 'h',
        kind: 'ppo_full_hearing',
        at: { date: '2026-03-16' },
        orderId: 'p',
      },
      { type: 'hearing_held', hearingId: 'h', on: '2026-03-16', outcome: 'respondent_not_served' },
    ]);
    expect(c.notices.find((n) => n.kind === 'task')?.text).toBe(
      'Respondent not served for the hearing on Mon 16 Mar 2026: ask the court to extend the preliminary order (it otherwise ends 11:59 p.m. Tue 17 Mar 2026).',
    );
  });

  it('asks for the reissued PPO to be recorded; once recorded, the new 15 days run (A-05)', () => {
    const held: CaseEvent[] = [
      issued('p', 'FA_PPO', '2026-03-02'),
      {
        type: 'hearing_scheduled',
        hearingId: 'h',
        kind: 'ppo_full_hearing',
        at: { date: '2026-03-16' },
        orderId: 'p',
      },
      { type: 'hearing_held', hearingId: 'h', on: '2026-03-16', outcome: 'ppo_reissued' },
    ];
    expect(run(held).notices.map((n) => n.text)[0]).toContain('record the new order');
    const c = run(
      [...held, issued('p2', 'FA_PPO', '2026-03-16', { parentOrderId: 'p' })],
      '2026-03-18',
    );
    expect(c.notices).toEqual([]);
    expect(c.orders.map((o) => [o.orderId, o.status, o.expiresAt?.date])).toEqual([
      ['p', 'superseded', '2026-03-17'],
      ['p2', 'awaiting_service', '2026-03-31'],
    ]);
  });

  it('warns when an ESRO final hearing is set after the 14-day limit', () => {
    const c = run([
      issued('s', 'ESRO', '2026-03-02'),
      {
        type: 'hearing_scheduled',
        hearingId: 'f',
        kind: 'sro_final',
        at: { date: '2026-03-20' },
        orderId: 's',
      },
    ]);
    expect(c.notices[0]).toMatchObject({
      ruleId: 'VA.SRO.EMERGENCY',
      kind: 'warning',
      assumptions: ['A-16'],
    });
  });

  it('flags an FA extension when the petitioner was not family or household at the first order (R12)', () => {
    const c = run([
      issued('po', 'FA_PO', '2026-03-02', { petitionerWasFamilyOrHouseholdAtInitialOrder: false }),
    ]);
    expect(c.notices[0]).toMatchObject({ ruleId: 'VA.FA.PO.EXTENSION', kind: 'attorney_review' });
  });

  it('flags a repeated FSRO extension (A-16) and checks a stated AOV extension', () => {
    const fsro = run(
      [
        issued('f', 'FSRO', '2026-03-02', { statedExpiry: { date: '2026-08-29' } }),
        {
          type: 'extension_granted',
          orderId: 'f',
          newOrderId: 'f2',
          on: '2026-08-20',
          statedExpiry: { date: '2027-02-16' },
        },
        {
          type: 'extension_granted',
          orderId: 'f2',
          newOrderId: 'f3',
          on: '2027-02-10',
          statedExpiry: { date: '2027-08-09' },
        },
      ],
      '2027-02-11',
    );
    expect(fsro.notices.map((n) => [n.ruleId, n.orderId])).toEqual([['VA.SRO.EXTENSION', 'f3']]);
    const aov = run([
      issued('a', 'AOV_PO', '2026-03-02'),
      {
        type: 'extension_granted',
        orderId: 'a',
        newOrderId: 'a2',
        on: '2028-02-20',
        statedExpiry: { date: '2030-02-20' },
      },
    ]);
    expect(
      aov.deadlines.find((d) => d.orderId === 'a2' && d.kind === 'order_expiry')?.explanation,
    ).toBe(
      'Extension granted Sun 20 Feb 2028; the order states 11:59 p.m. Wed 20 Feb 2030; the 2-year maximum is 11:59 p.m. Wed 20 Feb 2030.',
    );
  });

  it('asks for the stated expiry of an out-of-state order that has none recorded', () => {
    const c = run([issued('o', 'OOS', '2026-03-02', { outOfState: { issuingState: 'Ohio' } })]);
    expect(c.notices.map((n) => n.kind)).toEqual(['task', 'warning']);
    expect(c.orders[0]?.expiresAt).toBeNull();
  });

  it('flags an extension granted on an FA final order with the right rule and the FA extension hearing', () => {
    const c = run([
      issued('po', 'FA_PO', '2026-03-02', { statedExpiry: { date: '2026-09-02' } }),
      { type: 'extension_motion_filed', orderId: 'po', on: { date: '2026-08-20' } },
      {
        type: 'hearing_scheduled',
        hearingId: 'x',
        kind: 'extension',
        at: { date: '2026-09-10' },
        orderId: 'po',
      },
    ]);
    expect(c.notices[0]).toMatchObject({ ruleId: 'VA.FA.PO.EXTENSION', kind: 'warning' });
  });
});

describe('notices: rule versions (rules-spec §1.12)', () => {
  const notFamily = (date: string) =>
    run(
      [issued('po', 'FA_PO', date, { petitionerWasFamilyOrHouseholdAtInitialOrder: false })],
      date,
    ).notices.find((n) => n.ruleId === 'VA.FA.PO.EXTENSION');

  it('names the version of R12 in force when the order issued, with that version’s citation', () => {
    const before = notFamily('2023-03-01');
    expect(before?.ruleVersion).toBe('R12@2021-01-01');
    expect(JSON.stringify(before?.citation)).not.toContain('2025 Acts');
    expect(notFamily('2026-03-02')?.ruleVersion).toBe('R12@2025-07-01');
  });

  it('names on every notice a version of its own rule', () => {
    const c = computeDeadlines(
      {
        respondentKnownFirearms: true,
        events: [
          issued('po', 'FA_PO', '2026-01-05', {
            petitionerWasFamilyOrHouseholdAtInitialOrder: false,
          }),
          issued('oos', 'OOS', '2026-02-01', { outOfState: { issuingState: 'Maryland' } }),
          issued('ppo', 'FA_PPO', '2026-03-02'),
          {
            type: 'hearing_scheduled',
            hearingId: 'h',
            kind: 'ppo_full_hearing',
            at: { date: '2026-03-16' },
            orderId: 'ppo',
          },
          { type: 'hearing_held', hearingId: 'h', on: '2026-03-16', outcome: 'petitioner_absent' },
        ],
      },
      STATEWIDE_CALENDAR,
      '2026-03-20',
    );
    expect(c.notices.length).toBeGreaterThanOrEqual(4);
    for (const n of c.notices) {
      expect(ruleVersionById(n.ruleVersion)?.id).toBe(n.ruleId);
    }
  });
});
