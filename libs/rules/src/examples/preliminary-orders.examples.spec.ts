// rules-spec §5, examples 12–19: preliminary protective orders (R05, R07, R24).
import {
  computeDeadlines,
  expiryOf,
  STATEWIDE_CALENDAR,
  type CaseDeadline,
  type CaseEvent,
  type CourtRef,
  type OrderFacts,
  type OrderKind,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };
const GDC: CourtRef = { courtId: 'gdc-arlington', kind: 'GDC', locality: 'Arlington County' };

function ppo(kind: OrderKind, date: string, court: CourtRef = JDR): OrderFacts {
  return { orderId: 'ppo-1', kind, issuedAt: { date }, issuingCourt: court };
}

function deadlines(events: CaseEvent[], asOf: string): CaseDeadline[] {
  return computeDeadlines({ events }, STATEWIDE_CALENDAR, asOf).deadlines;
}

function only(list: CaseDeadline[], kind: CaseDeadline['kind']): CaseDeadline {
  const found = list.filter((d) => d.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as CaseDeadline;
}

describe('Example 12 — FA PPO issued Mon 2 Mar 2026 lasts until Tue 17 Mar, not rolled', () => {
  it('gives hearing-by and latest expiry Tue 17 Mar 2026 23:59 under R05', () => {
    const list = deadlines(
      [{ type: 'order_issued', order: ppo('FA_PPO', '2026-03-02') }],
      '2026-03-02',
    );
    const exp = only(list, 'max_expiry');
    expect(exp).toMatchObject({
      ruleId: 'VA.FA.PPO.DURATION',
      due: { date: '2026-03-17', time: '23:59' },
      rollover: null,
      citation: { text: 'Va. Code § 16.1-253.1(B)' },
    });
    expect(only(list, 'hearing_by')).toMatchObject({ due: { date: '2026-03-17' }, rollover: null });
  });
});

describe('Example 13 — FA PPO issued Fri 8 May 2026 lasts until Tue 26 May after Memorial Day', () => {
  it('rolls Sat 23 May over the weekend and Memorial Day to Tue 26 May 2026', () => {
    const r = expiryOf(ppo('FA_PPO', '2026-05-08'), STATEWIDE_CALENDAR);
    expect(r?.due).toEqual({ date: '2026-05-26', time: '23:59' });
    expect(r?.rollover).toMatchObject({ from: '2026-05-23', to: '2026-05-26' });
    expect(r?.rollover?.skipped[2]?.reasons[0]).toMatchObject({ name: 'Memorial Day' });
  });
});

describe('Example 14 — AOV PPO issued Thu 3 Jun 2027: advisory hearing target Mon 21 Jun after Juneteenth observed', () => {
  it('rolls Fri 18 Jun (Juneteenth observed) forward and flags the target advisory', () => {
    const t = only(
      deadlines([{ type: 'order_issued', order: ppo('AOV_PPO', '2027-06-03', GDC) }], '2027-06-03'),
      'advisory_target',
    );
    expect(t).toMatchObject({
      ruleId: 'VA.AOV.PPO',
      due: { date: '2027-06-21' },
      confidence: 'advisory',
      rollover: { from: '2027-06-18', to: '2027-06-21' },
    });
    expect(t.rollover?.skipped[0]?.reasons[0]).toMatchObject({
      name: 'Juneteenth',
      observed: true,
    });
  });

  it('has no fixed expiry: it lasts until the full hearing', () => {
    expect(expiryOf(ppo('AOV_PPO', '2027-06-03', GDC), STATEWIDE_CALENDAR)).toBeNull();
  });
});

describe('Example 15 — FA PPO issued Fri 17 Dec 2027 lasts until Mon 3 Jan 2028 (New Year observed the Friday before)', () => {
  it('rolls Sat 1 Jan 2028 over the weekend to Mon 3 Jan, which is open', () => {
    const r = expiryOf(ppo('FA_PPO', '2027-12-17'), STATEWIDE_CALENDAR);
    expect(r?.due).toEqual({ date: '2028-01-03', time: '23:59' });
    expect(r?.rollover).toMatchObject({ from: '2028-01-01', to: '2028-01-03' });
  });
});

describe('Example 16 — FA PPO issued Mon 14 Feb 2028 lasts until Tue 29 Feb (leap day)', () => {
  it('lands on the leap day, a court day', () => {
    const r = expiryOf(ppo('FA_PPO', '2028-02-14'), STATEWIDE_CALENDAR);
    expect(r?.due).toEqual({ date: '2028-02-29', time: '23:59' });
    expect(r?.rollover).toBeNull();
  });
});

function unservedCase(issued: string, hearing: string): CaseEvent[] {
  return [
    { type: 'order_issued', order: ppo('FA_PPO', issued) },
    {
      type: 'hearing_scheduled',
      hearingId: 'h-1',
      kind: 'ppo_full_hearing',
      at: { date: hearing },
      orderId: 'ppo-1',
    },
    { type: 'hearing_held', hearingId: 'h-1', on: hearing, outcome: 'respondent_not_served' },
    { type: 'unserved_extension_granted', orderId: 'ppo-1', on: hearing },
  ];
}

describe('Example 17 — FA PPO, respondent not served for the hearing Tue 17 Mar 2026: extended to Thu 17 Sep', () => {
  const c = computeDeadlines(
    { events: unservedCase('2026-03-02', '2026-03-17') },
    STATEWIDE_CALENDAR,
    '2026-03-17',
  );

  it('extends the PPO to at most 11:59 p.m. Thu 17 Sep 2026 (hearing + 6 calendar months)', () => {
    const ext = c.deadlines.find(
      (d) => d.ruleId === 'VA.FA.PPO.UNSERVED_EXT' && d.kind === 'max_expiry',
    );
    expect(ext).toMatchObject({
      due: { date: '2026-09-17', time: '23:59' },
      rollover: null,
      state: 'open',
    });
    expect(c.orders[0]?.expiresAt).toEqual({ date: '2026-09-17', time: '23:59' });
  });

  it('creates the service follow-up due at once, and the R05 limit is replaced', () => {
    expect(c.deadlines.find((d) => d.kind === 'service_follow_up')).toMatchObject({
      ruleId: 'VA.FA.PPO.UNSERVED_EXT',
      due: { date: '2026-03-17' },
      state: 'open',
    });
    expect(
      c.deadlines.find((d) => d.ruleId === 'VA.FA.PPO.DURATION' && d.kind === 'max_expiry')?.state,
    ).toBe('moot');
    expect(c.orders[0]?.status).toBe('awaiting_service');
  });
});

describe('R07 counts from the failed hearing even when the extension is recorded on a later day (A-06)', () => {
  const hearing: CaseEvent[] = unservedCase('2026-03-02', '2026-03-17').slice(0, 3);
  const maxExpiry = (events: CaseEvent[]) =>
    computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-20').deadlines.find(
      (d) => d.ruleId === 'VA.FA.PPO.UNSERVED_EXT' && d.kind === 'max_expiry',
    );

  it('gives Thu 17 Sep 2026 (hearing + 6 months), not 20 Sep, for a grant recorded on Fri 20 Mar', () => {
    const c = computeDeadlines(
      {
        events: [
          ...hearing,
          { type: 'unserved_extension_granted', orderId: 'ppo-1', on: '2026-03-20' },
        ],
      },
      STATEWIDE_CALENDAR,
      '2026-03-20',
    );
    const ext = c.deadlines.find(
      (d) => d.ruleId === 'VA.FA.PPO.UNSERVED_EXT' && d.kind === 'max_expiry',
    );
    expect(ext?.due).toEqual({ date: '2026-09-17', time: '23:59' });
    expect(ext?.explanation).toContain('for the hearing on Tue 17 Mar 2026');
    expect(c.orders[0]?.expiresAt).toEqual({ date: '2026-09-17', time: '23:59' });
    // The service follow-up is still due the day the extended order was granted.
    expect(c.deadlines.find((d) => d.kind === 'service_follow_up')?.due).toEqual({
      date: '2026-03-20',
    });
  });

  it('does the same for the extension recorded as a new PPO issued two days after the hearing', () => {
    const child: OrderFacts = {
      ...ppo('FA_PPO', '2026-03-19'),
      orderId: 'ppo-2',
      parentOrderId: 'ppo-1',
      extensionOf: 'unserved',
    };
    expect(maxExpiry([...hearing, { type: 'order_issued', order: child }])?.due).toEqual({
      date: '2026-09-17',
      time: '23:59',
    });
  });

  it('refuses a stated expiry past the hearing + 6 months', () => {
    expect(() =>
      computeDeadlines(
        {
          events: [
            ...hearing,
            {
              type: 'unserved_extension_granted',
              orderId: 'ppo-1',
              on: '2026-03-20',
              statedExpiry: { date: '2026-09-19' },
            },
          ],
        },
        STATEWIDE_CALENDAR,
        '2026-03-20',
      ),
    ).toThrow(/17 Sep 2026/);
  });

  it('counts from the grant when no failed hearing is recorded on or before it', () => {
    expect(
      maxExpiry([
        { type: 'order_issued', order: ppo('FA_PPO', '2026-03-02') },
        { type: 'unserved_extension_granted', orderId: 'ppo-1', on: '2026-03-20' },
      ])?.due,
    ).toEqual({ date: '2026-09-20', time: '23:59' });
  });
});

describe('Example 18 — FA PPO, respondent not served for the hearing Mon 31 Aug 2026: extended to Sun 28 Feb 2027, not rolled', () => {
  it('clamps Aug 31 + 6 months to Feb 28 and does not roll to Mon 1 Mar (A-06, A-07)', () => {
    const c = computeDeadlines(
      { events: unservedCase('2026-08-17', '2026-08-31') },
      STATEWIDE_CALENDAR,
      '2026-08-31',
    );
    const ext = c.deadlines.find(
      (d) => d.ruleId === 'VA.FA.PPO.UNSERVED_EXT' && d.kind === 'max_expiry',
    );
    expect(ext).toMatchObject({
      due: { date: '2027-02-28', time: '23:59' },
      rollover: null,
      confidence: 'interpretation',
    });
    expect(ext?.assumptions).toEqual(['A-06', 'A-07']);
    expect(ext?.explanation).toBe(
      'Respondent not personally served for the hearing on Mon 31 Aug 2026; extension of at most 6 calendar months (no day 31 in Feb 2027, so its last day): expires 11:59 p.m. Sun 28 Feb 2027, not rolled.',
    );
  });
});

describe('Example 19 — AOV PPO unserved, extension granted Tue 31 Aug 2027: at most Tue 29 Feb 2028 (leap year)', () => {
  it('clamps Aug 31 + 6 months to Feb 29 in a leap year', () => {
    const events: CaseEvent[] = [
      { type: 'order_issued', order: ppo('AOV_PPO', '2027-08-20', GDC) },
      { type: 'unserved_extension_granted', orderId: 'ppo-1', on: '2027-08-31' },
    ];
    const r = expiryOf(ppo('AOV_PPO', '2027-08-20', GDC), STATEWIDE_CALENDAR, events);
    expect(r).toMatchObject({
      ruleId: 'VA.AOV.PPO',
      due: { date: '2028-02-29', time: '23:59' },
      citation: { text: 'Va. Code § 19.2-152.9(B)' },
    });
    expect(r?.assumptions).toContain('A-07');
  });
});
