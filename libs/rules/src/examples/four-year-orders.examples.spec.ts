// rules-spec §1.12: R10 version 2 (a family-abuse final order of up to four years after the court's
// finding of a prior order, from 1 Jul 2025) and R12 version 2 (its extension stays two years from
// the grant). Scenarios of our own in the style of rules-spec §5: both sides of the effective date,
// the leap day, weekends. Statewide calendar, all courts sit Monday to Friday.
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
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };

function finalOrder(date: string, extra: Partial<OrderFacts> = {}): OrderFacts {
  return { orderId: 'po-1', kind: 'FA_PO', issuedAt: { date }, issuingCourt: JDR, ...extra };
}

function withFinding(date: string, extra: Partial<OrderFacts> = {}): OrderFacts {
  return finalOrder(date, { priorFamilyAbuseOrderFinding: true, ...extra });
}

function compute(events: CaseEvent[], asOf: string): CaseComputation {
  return computeDeadlines({ events }, STATEWIDE_CALENDAR, asOf);
}

function issued(order: OrderFacts): CaseComputation {
  return compute([{ type: 'order_issued', order }], order.issuedAt.date);
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

describe('R10 — FA final order issued Mon 30 Jun 2025 with the prior-order finding, stating Sat 30 Jun 2029: refused under version 1 (maximum Wed 30 Jun 2027)', () => {
  const order = withFinding('2025-06-30', { statedExpiry: { date: '2029-06-30' } });

  it('refuses the four-year expiry with the field, the citation and rule version R10@2021-01-01', () => {
    const e = refusal(() => issued(order));
    expect(e).toMatchObject({
      code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'events[0].order.statedExpiry',
      citation: 'Va. Code § 16.1-279.1(B)',
      ruleVersion: 'R10@2021-01-01',
    });
    expect(e.message).toBe(
      'The stated expiry 11:59 p.m. Sat 30 Jun 2029 is after the maximum 11:59 p.m. Wed 30 Jun 2027 (Va. Code § 16.1-279.1(B); rule R10@2021-01-01: the four-year term applies only to orders issued on or after Tue 1 Jul 2025).',
    );
  });

  it('keeps the two-year cap although the finding is recorded, and says why', () => {
    const c = issued(withFinding('2025-06-30'));
    expect(find(c, 'order_expiry')).toMatchObject({
      ruleVersion: 'R10@2021-01-01',
      due: { date: '2027-06-30', time: '23:59' },
    });
    expect(c.notices).toContainEqual(
      expect.objectContaining({
        ruleId: 'VA.FA.PO.MAX_DURATION',
        ruleVersion: 'R10@2021-01-01',
        kind: 'warning',
        text: "Issued Mon 30 Jun 2025, before the four-year term took effect on Tue 1 Jul 2025: the 2-year maximum (11:59 p.m. Wed 30 Jun 2027) applies although the court's finding of a prior family-abuse protective order is recorded.",
      }),
    );
    expect(maxExpiry(order, STATEWIDE_CALENDAR)).toEqual({ date: '2027-06-30', time: '23:59' });
  });
});

describe('R10 version 2 — FA final order issued Tue 1 Jul 2025 with the finding, stating Sun 1 Jul 2029: accepted, not rolled; file by Fri 29 Jun 2029', () => {
  const order = withFinding('2025-07-01', { statedExpiry: { date: '2029-07-01' } });
  const c = issued(order);

  it('accepts the stated expiry against the four-year maximum, naming R10@2025-07-01', () => {
    const expiry = find(c, 'order_expiry');
    expect(expiry).toMatchObject({
      ruleId: 'VA.FA.PO.MAX_DURATION',
      ruleVersion: 'R10@2025-07-01',
      due: { date: '2029-07-01', time: '23:59' },
      rollover: null,
      confidence: 'source_explicit',
      citation: {
        text: 'Va. Code § 16.1-279.1(B)',
        note: 'As amended by 2025 Acts ch. 161 (HB 2123), in force from 1 Jul 2025.',
      },
      statedValueCheck: {
        stated: { date: '2029-07-01', time: '23:59' },
        maximum: { date: '2029-07-01', time: '23:59' },
        status: 'matches',
      },
    });
    expect(expiry.explanation).toBe(
      "Issued Tue 1 Jul 2025; the order states 11:59 p.m. Sun 1 Jul 2029; with the court's finding of a prior family-abuse protective order within 10 years, the 4-year maximum is 11:59 p.m. Sun 1 Jul 2029.",
    );
    expect(expiryOf(order, STATEWIDE_CALENDAR)?.due).toEqual({ date: '2029-07-01', time: '23:59' });
    expect(maxExpiry(order, STATEWIDE_CALENDAR)).toEqual({ date: '2029-07-01', time: '23:59' });
  });

  it('files the motion to extend by Fri 29 Jun 2029, rolled back over the weekend (A-11)', () => {
    expect(find(c, 'file_by')).toMatchObject({
      ruleId: 'VA.FA.PO.EXTENSION_FILE_BY',
      due: { date: '2029-06-29' },
      rollover: { direction: 'backward', from: '2029-07-01', to: '2029-06-29' },
    });
  });

  it('raises no notice: the stated expiry is recorded and the finding is consistent', () => {
    expect(c.notices.filter((n) => n.ruleId === 'VA.FA.PO.MAX_DURATION')).toEqual([]);
  });
});

describe('R10 version 2 — the same order without the finding, stating Sun 1 Jul 2029: refused (maximum Thu 1 Jul 2027)', () => {
  it('refuses it with the citation and version, and says the four-year term needs the finding', () => {
    const e = refusal(() =>
      expiryOf(
        finalOrder('2025-07-01', { statedExpiry: { date: '2029-07-01' } }),
        STATEWIDE_CALENDAR,
      ),
    );
    expect(e).toMatchObject({
      code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'order.statedExpiry',
      citation: 'Va. Code § 16.1-279.1(B)',
      ruleVersion: 'R10@2025-07-01',
    });
    expect(e.message).toBe(
      "The stated expiry 11:59 p.m. Sun 1 Jul 2029 is after the maximum 11:59 p.m. Thu 1 Jul 2027 (Va. Code § 16.1-279.1(B); rule R10@2025-07-01: 4 years only with the court's finding of a prior family-abuse protective order within 10 years).",
    );
  });

  it('refuses a finding that is false as if none were recorded', () => {
    const e = refusal(() =>
      expiryOf(
        finalOrder('2025-07-01', {
          priorFamilyAbuseOrderFinding: false,
          statedExpiry: { date: '2027-07-02' },
        }),
        STATEWIDE_CALENDAR,
      ),
    );
    expect(e.ruleVersion).toBe('R10@2025-07-01');
  });
});

describe('R10 version 2 — FA final order issued Tue 1 Jul 2025 with the finding and no stated expiry: Thu 1 Jul 2027, never four years (A-09)', () => {
  const c = issued(withFinding('2025-07-01'));

  it('applies the two-year default, naming the four-year maximum it does not assume', () => {
    const expiry = find(c, 'order_expiry');
    expect(expiry).toMatchObject({
      ruleVersion: 'R10@2025-07-01',
      due: { date: '2027-07-01', time: '23:59' },
      confidence: 'interpretation',
    });
    expect(expiry.assumptions).toContain('A-09');
    expect(expiry.explanation).toBe(
      'Issued Tue 1 Jul 2025; the court found a prior family-abuse protective order within 10 years, so the order may run to 11:59 p.m. Sun 1 Jul 2029, but it states no expiry: 2 years from issuance is assumed, never 4: expires 11:59 p.m. Thu 1 Jul 2027, not rolled.',
    );
    expect(find(c, 'file_by').due).toEqual({ date: '2027-07-01' });
  });

  it('asks the advocate to record the expiry the order states', () => {
    expect(c.notices).toContainEqual({
      ruleId: 'VA.FA.PO.MAX_DURATION',
      ruleVersion: 'R10@2025-07-01',
      kind: 'task',
      text: 'The court found a prior family-abuse protective order within 10 years: record the expiry this order states (at most 11:59 p.m. Sun 1 Jul 2029); until then 2 years, to 11:59 p.m. Thu 1 Jul 2027, is assumed.',
      citation: {
        text: 'Va. Code § 16.1-279.1(B)',
        source: 'statute',
        note: 'As amended by 2025 Acts ch. 161 (HB 2123), in force from 1 Jul 2025.',
      },
      assumptions: ['A-09'],
      orderId: 'po-1',
    });
  });
});

describe('R10 version 2 — FA final order issued Tue 29 Feb 2028 with the finding: at most Sun 29 Feb 2032 (a leap year); by default Thu 28 Feb 2030 (A-07)', () => {
  it('accepts a stated Sun 29 Feb 2032 and files by Fri 27 Feb 2032', () => {
    const c = issued(withFinding('2028-02-29', { statedExpiry: { date: '2032-02-29' } }));
    expect(find(c, 'order_expiry')).toMatchObject({
      due: { date: '2032-02-29', time: '23:59' },
      statedValueCheck: { status: 'matches' },
    });
    expect(find(c, 'file_by').due).toEqual({ date: '2032-02-27' });
  });

  it('refuses a stated Mon 1 Mar 2032, one day past the maximum', () => {
    const e = refusal(() =>
      issued(withFinding('2028-02-29', { statedExpiry: { date: '2032-03-01' } })),
    );
    expect(e.ruleVersion).toBe('R10@2025-07-01');
    expect(e.message).toContain('after the maximum 11:59 p.m. Sun 29 Feb 2032');
  });

  it('clamps the two-year default from Feb 29 to Thu 28 Feb 2030, never assuming four years', () => {
    const expiry = find(issued(withFinding('2028-02-29')), 'order_expiry');
    expect(expiry.due).toEqual({ date: '2030-02-28', time: '23:59' });
    expect(expiry.explanation).toContain('(no day 29 in Feb 2030, so its last day)');
  });

  it('clamps four years from Wed 29 Feb 2096 to Sun 28 Feb 2100, which is not a leap year', () => {
    expect(maxExpiry(withFinding('2096-02-29'), STATEWIDE_CALENDAR)).toEqual({
      date: '2100-02-28',
      time: '23:59',
    });
  });
});

describe('R10 version 2 — a previous order recorded as issued Tue 30 Jun 2015, more than 10 years before Tue 1 Jul 2025: a warning, the finding stands', () => {
  it('warns that the finding looks inconsistent and still allows four years', () => {
    const c = issued(
      withFinding('2025-07-01', {
        priorFamilyAbuseOrderIssuedOn: '2015-06-30',
        statedExpiry: { date: '2029-07-01' },
      }),
    );
    expect(find(c, 'order_expiry').statedValueCheck?.status).toBe('matches');
    expect(c.notices).toContainEqual(
      expect.objectContaining({
        ruleVersion: 'R10@2025-07-01',
        kind: 'warning',
        text: "The court found a prior family-abuse protective order within 10 years, but the previous order recorded was issued Tue 30 Jun 2015, more than 10 years before this order (Tue 1 Jul 2025): check the record; the court's finding stands.",
      }),
    );
  });

  it('does not warn for a previous order issued Wed 1 Jul 2015, exactly 10 years before', () => {
    const c = issued(withFinding('2025-07-01', { priorFamilyAbuseOrderIssuedOn: '2015-07-01' }));
    expect(c.notices.filter((n) => n.kind === 'warning')).toEqual([]);
  });

  it('refuses a previous order dated after this one, and a finding on any other kind of order', () => {
    expect(
      refusal(() =>
        issued(withFinding('2025-07-01', { priorFamilyAbuseOrderIssuedOn: '2025-07-02' })),
      ).field,
    ).toBe('events[0].order.priorFamilyAbuseOrderIssuedOn');
    expect(refusal(() => issued({ ...withFinding('2025-07-01'), kind: 'AOV_PO' })).field).toBe(
      'events[0].order.priorFamilyAbuseOrderFinding',
    );
  });
});

describe('R12 version 2 — the four-year order of Tue 1 Jul 2025, extended Fri 15 Jun 2029: at most Sun 15 Jun 2031, two years from the grant', () => {
  const initial = withFinding('2025-07-01', {
    statedExpiry: { date: '2029-07-01' },
    petitionerWasFamilyOrHouseholdAtInitialOrder: true,
  });
  const events = (statedExpiry?: string): CaseEvent[] => [
    { type: 'order_issued', order: initial },
    { type: 'extension_motion_filed', orderId: 'po-1', on: { date: '2029-06-01' } },
    {
      type: 'extension_granted',
      orderId: 'po-1',
      newOrderId: 'po-2',
      on: '2029-06-15',
      ...(statedExpiry === undefined ? {} : { statedExpiry: { date: statedExpiry } }),
    },
  ];

  it('caps the extension at two years from the grant, not four, and says so', () => {
    const c = compute(events(), '2029-06-15');
    const expiry = find(c, 'order_expiry', 'po-2');
    expect(expiry).toMatchObject({
      ruleId: 'VA.FA.PO.EXTENSION',
      ruleVersion: 'R12@2025-07-01',
      due: { date: '2031-06-15', time: '23:59' },
      rollover: null,
    });
    expect(expiry.explanation).toBe(
      'Extension granted Fri 15 Jun 2029 of an order that ran up to 4 years; an extension is still at most 2 years from the grant: expires 11:59 p.m. Sun 15 Jun 2031, not rolled.',
    );
    expect(find(c, 'file_by', 'po-2').due).toEqual({ date: '2031-06-13' });
  });

  it('refuses a stated Mon 16 Jun 2031, naming R12@2025-07-01', () => {
    const e = refusal(() => compute(events('2031-06-16'), '2029-06-15'));
    expect(e).toMatchObject({
      code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
      field: 'events[2].statedExpiry',
      citation: 'Va. Code § 16.1-279.1(B)',
      ruleVersion: 'R12@2025-07-01',
    });
    expect(e.message).toContain(
      'after the maximum 11:59 p.m. Sun 15 Jun 2031 (Va. Code § 16.1-279.1(B); rule R12@2025-07-01: an extension is at most 2 years from the grant, also of an order that ran 4 years)',
    );
  });

  it('gives the extension the two-year maximum in maxExpiry too', () => {
    expect(
      maxExpiry(
        { ...withFinding('2029-06-15'), orderId: 'po-2', parentOrderId: 'po-1' },
        STATEWIDE_CALENDAR,
        events(),
      ),
    ).toEqual({ date: '2031-06-15', time: '23:59' });
  });
});

describe('R12 — extensions granted Mon 30 Jun 2025 and Tue 1 Jul 2025: versions 1 and 2, both two years from the grant', () => {
  function extendedOn(grant: string): CaseDeadline {
    const c = compute(
      [
        { type: 'order_issued', order: finalOrder('2023-07-10') },
        { type: 'extension_motion_filed', orderId: 'po-1', on: { date: '2025-06-20' } },
        { type: 'extension_granted', orderId: 'po-1', newOrderId: 'po-2', on: grant },
      ],
      grant,
    );
    return find(c, 'order_expiry', 'po-2');
  }

  it('computes the grant of Mon 30 Jun 2025 under R12@2021-01-01: Wed 30 Jun 2027', () => {
    expect(extendedOn('2025-06-30')).toMatchObject({
      ruleVersion: 'R12@2021-01-01',
      due: { date: '2027-06-30', time: '23:59' },
      explanation:
        'Extension granted Mon 30 Jun 2025; at most 2 years from the grant: expires 11:59 p.m. Wed 30 Jun 2027, not rolled.',
    });
  });

  it('computes the grant of Tue 1 Jul 2025 under R12@2025-07-01: Thu 1 Jul 2027', () => {
    expect(extendedOn('2025-07-01')).toMatchObject({
      ruleVersion: 'R12@2025-07-01',
      due: { date: '2027-07-01', time: '23:59' },
      explanation:
        'Extension granted Tue 1 Jul 2025; at most 2 years from the grant: expires 11:59 p.m. Thu 1 Jul 2027, not rolled.',
    });
  });
});

describe('Rule set 2026.1 (before the amendments) — the order of Tue 1 Jul 2025 with the finding computes under R10@2021-01-01', () => {
  it('refuses the four-year expiry under the older rule set, for a law-change impact comparison', () => {
    const order = withFinding('2025-07-01', { statedExpiry: { date: '2029-07-01' } });
    const e = refusal(() => expiryOf(order, STATEWIDE_CALENDAR, [], { ruleSet: '2026.1' }));
    expect(e.ruleVersion).toBe('R10@2021-01-01');
    expect(e.message).not.toContain('four-year term');
    expect(maxExpiry(order, STATEWIDE_CALENDAR, [], { ruleSet: '2026.1' })).toEqual({
      date: '2027-07-01',
      time: '23:59',
    });
  });

  it('computes the default without notices about the amendment it does not know', () => {
    const c = computeDeadlines(
      { events: [{ type: 'order_issued', order: withFinding('2025-07-01') }] },
      STATEWIDE_CALENDAR,
      '2025-07-01',
      { ruleSet: '2026.1' },
    );
    expect(find(c, 'order_expiry')).toMatchObject({
      ruleVersion: 'R10@2021-01-01',
      due: { date: '2027-07-01', time: '23:59' },
    });
    expect(c.notices.filter((n) => n.ruleId === 'VA.FA.PO.MAX_DURATION')).toEqual([]);
  });
});
