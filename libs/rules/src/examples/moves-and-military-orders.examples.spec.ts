// rules-spec §1.12: R26a (the respondent's notice of a change of residence, 2024 Acts ch. 594) and
// R09a (a Military Protective Order as a basis of a preliminary-order petition, 2025 Acts ch. 208).
// Scenarios of our own in the style of rules-spec §5: both sides of each effective date, a holiday,
// the leap day. Statewide calendar, all courts sit Monday to Friday.
import {
  classifyViolation,
  computeDeadlines,
  DEFAULT_FOLLOWUP_LEAD_TIMES,
  militaryOrderBasis,
  planFollowups,
  RulesInputError,
  STATEWIDE_CALENDAR,
  type CaseComputation,
  type CaseEvent,
  type CourtRef,
  type MilitaryProtectiveOrderFacts,
  type OrderFacts,
  type OrderKind,
  type PlannedFollowup,
  type ViolationFacts,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };

function order(
  kind: OrderKind,
  date: string,
  orderId = 'po-1',
  extra: Partial<OrderFacts> = {},
): OrderFacts {
  return { orderId, kind, issuedAt: { date }, issuingCourt: JDR, ...extra };
}

// An order issued and personally served the same day.
function servedOrder(o: OrderFacts, servedOn = o.issuedAt.date): CaseEvent[] {
  return [
    { type: 'order_issued', order: o },
    { type: 'order_served', orderId: o.orderId, at: { date: servedOn }, personal: true },
  ];
}

function moved(on: string, extra: { moveId?: string; noticeReceivedOn?: string } = {}): CaseEvent {
  return { type: 'respondent_moved', on, ...extra };
}

function compute(events: CaseEvent[], asOf: string, ruleSet?: string): CaseComputation {
  return computeDeadlines(
    { events },
    STATEWIDE_CALENDAR,
    asOf,
    ruleSet === undefined ? undefined : { ruleSet },
  );
}

function addressNotices(c: CaseComputation) {
  return c.deadlines.filter((d) => d.ruleId === 'VA.PO.RESPONDENT_ADDRESS_CHANGE');
}

function addressFollowups(c: CaseComputation): PlannedFollowup[] {
  return planFollowups(c, {}, DEFAULT_FOLLOWUP_LEAD_TIMES, STATEWIDE_CALENDAR).filter(
    (f) => f.kind === 'address_change_notice_check',
  );
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

const finalOrder2026 = servedOrder(order('FA_PO', '2026-01-05'));

describe('R26a — served FA final order; the respondent moved Mon 6 Jul 2026: notice due Mon 13 Jul 2026; follow-up Tue 14 Jul 2026', () => {
  const c = compute([...finalOrder2026, moved('2026-07-06', { moveId: 'mv-1' })], '2026-07-06');

  it('gives the notice deadline D + 7 calendar days, naming R26a@2024-07-01 and its citation', () => {
    expect(addressNotices(c)).toEqual([
      expect.objectContaining({
        ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
        ruleVersion: 'R26a@2024-07-01',
        kind: 'notice_by',
        orderId: 'po-1',
        moveId: 'mv-1',
        due: { date: '2026-07-13' },
        rollover: null,
        confidence: 'source_explicit',
        state: 'open',
        citation: {
          text: 'Va. Code §§ 16.1-253.1, 16.1-279.1, 19.2-152.9, 19.2-152.10 (as amended by 2024 Acts ch. 594)',
          source: 'statute',
        },
        explanation:
          "Respondent moved Mon 6 Jul 2026 while the order was in effect; notice to the court in writing due within 7 days: Mon 13 Jul 2026, not moved to a court day (the duty is the respondent's).",
      }),
    ]);
  });

  it('plans a follow-up for the advocate on the next court day after the deadline', () => {
    expect(addressFollowups(c)).toEqual([
      {
        key: 'address.notice_check:mv-1',
        kind: 'address_change_notice_check',
        due: { date: '2026-07-14', time: '08:00' },
        actBy: '2026-07-14',
        title: "Ask the court whether it received the respondent's change-of-address notice",
        ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
        citation:
          'Va. Code §§ 16.1-253.1, 16.1-279.1, 19.2-152.9, 19.2-152.10 (as amended by 2024 Acts ch. 594)',
        explanation:
          "Ask the court whether it received the respondent's written notice of the move of Mon 6 Jul 2026: it was due Mon 13 Jul 2026. The new address stays sealed. Asked on the first court day after the due date: Tue 14 Jul 2026.",
        audience: 'advocate',
        orderId: 'po-1',
        onCourtDay: true,
        courtId: 'jdr-fairfax',
      },
    ]);
  });
});

describe('R26a — the respondent moved Fri 26 Jun 2026: notice due Fri 3 Jul 2026 (Independence Day observed), not rolled; follow-up Mon 6 Jul', () => {
  const c = compute([...finalOrder2026, moved('2026-06-26')], '2026-06-26');

  it('keeps the due day although the court is closed, and says so', () => {
    const [notice] = addressNotices(c);
    expect(notice).toMatchObject({
      due: { date: '2026-07-03' },
      rollover: null,
      moveId: '2026-06-26',
    });
    expect(notice?.explanation).toBe(
      "Respondent moved Fri 26 Jun 2026 while the order was in effect; notice to the court in writing due within 7 days: Fri 3 Jul 2026 (Fri 3 Jul is Independence Day (observed)), not moved to a court day (the duty is the respondent's).",
    );
  });

  it('asks on Mon 6 Jul 2026, the first court day after', () => {
    expect(addressFollowups(c).map((f) => [f.key, f.due])).toEqual([
      ['address.notice_check:2026-06-26', { date: '2026-07-06', time: '08:00' }],
    ]);
  });
});

describe('R26a — both sides of its effective date: a move on Sun 30 Jun 2024 gives nothing; on Mon 1 Jul 2024, notice due Mon 8 Jul 2024', () => {
  const served2023 = servedOrder(order('FA_PO', '2023-07-03'));

  it('computes no duty for a move before 1 Jul 2024', () => {
    const c = compute([...served2023, moved('2024-06-30')], '2024-06-30');
    expect(addressNotices(c)).toEqual([]);
    expect(addressFollowups(c)).toEqual([]);
  });

  it('computes the duty for a move on 1 Jul 2024', () => {
    const c = compute([...served2023, moved('2024-07-01')], '2024-07-01');
    expect(addressNotices(c).map((d) => [d.ruleVersion, d.due])).toEqual([
      ['R26a@2024-07-01', { date: '2024-07-08' }],
    ]);
  });

  it('computes nothing under rule set 2026.1, which has no R26a', () => {
    const c = compute([...served2023, moved('2024-07-01')], '2024-07-01', '2026.1');
    expect(addressNotices(c)).toEqual([]);
  });
});

describe('R26a — AOV final order served Mon 1 Mar 2027; the respondent moved Tue 22 Feb 2028: notice due Tue 29 Feb 2028 (leap day)', () => {
  it('counts the leap day as a calendar day', () => {
    const c = compute(
      [...servedOrder(order('AOV_PO', '2027-03-01')), moved('2028-02-22')],
      '2028-02-22',
    );
    expect(addressNotices(c).map((d) => d.due)).toEqual([{ date: '2028-02-29' }]);
    expect(addressFollowups(c).map((f) => f.actBy)).toEqual(['2028-03-01']);
  });
});

describe('R26a — only while a served order is in effect: FA final order issued Mon 6 Jul 2026, served Wed 8 Jul 2026', () => {
  const events = servedOrder(order('FA_PO', '2026-07-06'), '2026-07-08');

  it('gives no duty for a move on Tue 7 Jul 2026, before service', () => {
    expect(addressNotices(compute([...events, moved('2026-07-07')], '2026-07-07'))).toEqual([]);
  });

  it('gives the duty for a move on Wed 8 Jul 2026, the day of service: due Wed 15 Jul 2026', () => {
    expect(
      addressNotices(compute([...events, moved('2026-07-08')], '2026-07-08')).map((d) => d.due),
    ).toEqual([{ date: '2026-07-15' }]);
  });

  it('gives no duty for a move on Fri 7 Jul 2028, after the order expired Thu 6 Jul 2028 (two-year default)', () => {
    expect(addressNotices(compute([...events, moved('2028-07-07')], '2028-07-07'))).toEqual([]);
  });
});

describe('R26a — FA preliminary order issued and served Mon 2 Mar 2026; the respondent moved Mon 9 Mar 2026', () => {
  const ppo = (extra: Partial<OrderFacts>): CaseEvent[] =>
    servedOrder(order('FA_PPO', '2026-03-02', 'ppo-1', extra));

  it('asks whether the court required notice when the order does not say', () => {
    const c = compute([...ppo({}), moved('2026-03-09')], '2026-03-09');
    expect(addressNotices(c)).toEqual([]);
    expect(c.notices).toContainEqual(
      expect.objectContaining({
        ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
        ruleVersion: 'R26a@2024-07-01',
        kind: 'task',
        orderId: 'ppo-1',
        text: 'Respondent moved Mon 9 Mar 2026 while the preliminary order was in effect: the court may require notice of a change of residence within 7 days; record whether this order does.',
      }),
    );
  });

  it('gives the deadline Mon 16 Mar 2026 when the court required it', () => {
    const c = compute(
      [...ppo({ addressChangeNoticeRequired: true }), moved('2026-03-09')],
      '2026-03-09',
    );
    expect(addressNotices(c).map((d) => [d.orderId, d.due])).toEqual([
      ['ppo-1', { date: '2026-03-16' }],
    ]);
  });

  it('gives nothing when the court did not require it, and refuses the field on a final order', () => {
    const c = compute(
      [...ppo({ addressChangeNoticeRequired: false }), moved('2026-03-09')],
      '2026-03-09',
    );
    expect(addressNotices(c)).toEqual([]);
    expect(c.notices.filter((n) => n.ruleId === 'VA.PO.RESPONDENT_ADDRESS_CHANGE')).toEqual([]);
    expect(
      refusal(() =>
        compute(
          servedOrder(order('FA_PO', '2026-03-02', 'po-1', { addressChangeNoticeRequired: true })),
          '2026-03-02',
        ),
      ).field,
    ).toBe('events[0].order.addressChangeNoticeRequired');
  });
});

describe('R26a — the court received the notice: on Fri 10 Jul 2026 the deadline is met; on Tue 14 Jul 2026 it was late', () => {
  it('marks the deadline met and plans no follow-up when received by Mon 13 Jul 2026', () => {
    const c = compute(
      [...finalOrder2026, moved('2026-07-06', { noticeReceivedOn: '2026-07-10' })],
      '2026-07-20',
    );
    expect(addressNotices(c).map((d) => d.state)).toEqual(['met']);
    expect(addressFollowups(c)).toEqual([]);
  });

  it('keeps the follow-up when the notice came after the deadline', () => {
    const c = compute(
      [...finalOrder2026, moved('2026-07-06', { noticeReceivedOn: '2026-07-14' })],
      '2026-07-20',
    );
    expect(addressNotices(c).map((d) => d.state)).toEqual(['passed']);
    expect(addressFollowups(c)).toHaveLength(1);
  });

  it('refuses a notice received before the move', () => {
    expect(
      refusal(() =>
        compute(
          [...finalOrder2026, moved('2026-07-06', { noticeReceivedOn: '2026-07-05' })],
          '2026-07-06',
        ),
      ).field,
    ).toBe('events[2].noticeReceivedOn');
  });
});

describe('R26a — a missed change-of-address notice (Tue 14 Jul 2026) against a served FA final order: contempt of court, never a § 16.1-253.2 offence', () => {
  const violation: ViolationFacts = {
    orderKind: 'FA_PO',
    occurredOn: '2026-07-14',
    acts: ['failed_to_report_address_change'],
    basedOnActOrThreatOfViolence: false,
    priorConvictions: [],
  };
  const contempt = {
    ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
    ruleVersion: 'R26a@2024-07-01',
    text: 'Failing to tell the court of a change of residence within 7 days is punishable as contempt of court (civil or criminal contempt, as the court decides), not as a criminal violation of the order (§ 16.1-253.2 or § 18.2-60.4).',
    citation: {
      text: 'Va. Code §§ 16.1-253.1, 16.1-279.1, 19.2-152.9, 19.2-152.10 (as amended by 2024 Acts ch. 594)',
      source: 'statute',
    },
  };

  it('identifies no criminal class and classifies the act as contempt of court', () => {
    const r = classifyViolation(violation);
    expect(r).toMatchObject({
      potentialClass: 'none_identified',
      reasons: [],
      contempt: 'available',
      contemptReason: contempt,
      contemptOfCourt: contempt,
      needsAttorneyReview: false,
    });
    expect(r.considered).toEqual([]);
  });

  it('is no third offense however many prior convictions there are', () => {
    const r = classifyViolation({
      ...violation,
      priorConvictions: [
        { convictedOn: '2018-01-10', basedOnActOrThreatOfViolence: true },
        { convictedOn: '2022-05-01', basedOnActOrThreatOfViolence: true },
      ],
    });
    expect(r.potentialClass).toBe('none_identified');
    expect(r.assumptions).not.toContain('A-18');
  });

  it('is contempt for an act-of-violence order too, and a prosecution of other acts does not bar it', () => {
    const r = classifyViolation({ ...violation, orderKind: 'AOV_PO', criminalProsecution: true });
    expect(r).toMatchObject({
      potentialClass: 'none_identified',
      contempt: 'available',
      contemptOfCourt: contempt,
    });
  });

  it('keeps the criminal class of the other acts of the same violation', () => {
    const r = classifyViolation({
      ...violation,
      acts: ['contact', 'failed_to_report_address_change'],
    });
    expect(r.potentialClass).toBe('class_1_misdemeanor');
    expect(r.reasons.map((x) => x.citation.text)).toEqual(['Va. Code § 16.1-253.2(A)']);
    expect(r.contemptOfCourt).toEqual(contempt);
  });

  it('flags for review a failure dated Sun 30 Jun 2024, before the duty existed', () => {
    const r = classifyViolation({ ...violation, occurredOn: '2024-06-30' });
    expect(r.contemptOfCourt).toBeUndefined();
    expect(r.needsAttorneyReview).toBe(true);
    expect(r.considered[0]?.text).toBe(
      'The duty to report a change of residence took effect on Mon 1 Jul 2024; the failure of Sun 30 Jun 2024 is before it: not classified; attorney review.',
    );
  });

  it('classifies it the same inside the whole case', () => {
    const c = compute([...finalOrder2026, { type: 'violation_recorded', violation }], '2026-07-14');
    expect(c.violations[0]?.contemptOfCourt).toEqual(contempt);
  });
});

const GUARD: MilitaryProtectiveOrderFacts = {
  issuingCommand: 'virginia_national_guard',
  issuedOn: '2025-06-27',
};

describe('R09a — a Military Protective Order of Fri 27 Jun 2025 as the basis of a petition filed Mon 30 Jun 2025 or Tue 1 Jul 2025', () => {
  it('is not a statutory basis for a petition filed Mon 30 Jun 2025', () => {
    expect(
      militaryOrderBasis({
        militaryProtectiveOrder: GUARD,
        petitionFiledOn: '2025-06-30',
        sought: 'FA_PPO',
      }),
    ).toEqual({
      accepted: false,
      ruleId: 'VA.FA.PPO.MILITARY_ORDER_BASIS',
      ruleVersion: null,
      citation: {
        text: 'Va. Code §§ 16.1-253.1(A), 16.1-253.2, 19.2-152.9 (as amended by 2025 Acts ch. 208)',
        source: 'statute',
      },
      explanation:
        'Petition filed Mon 30 Jun 2025, before a Military Protective Order became a basis for a preliminary order on Tue 1 Jul 2025: describe the abuse in the affidavit or sworn testimony.',
    });
  });

  it('is accepted for a family-abuse preliminary order petition filed Tue 1 Jul 2025, naming R09a@2025-07-01', () => {
    expect(
      militaryOrderBasis({
        militaryProtectiveOrder: GUARD,
        petitionFiledOn: '2025-07-01',
        sought: 'FA_PPO',
        petitionId: 'pet-1',
      }),
    ).toMatchObject({
      petitionId: 'pet-1',
      accepted: true,
      ruleVersion: 'R09a@2025-07-01',
      explanation:
        'Petition filed Tue 1 Jul 2025 rests on a Military Protective Order issued Fri 27 Jun 2025 by a commanding officer of the Virginia National Guard: accepted as a basis for the preliminary order, next to the affidavit or sworn testimony.',
    });
  });

  it('is accepted for an act-of-violence preliminary order, and not for a final order', () => {
    const basis = (sought: OrderKind) =>
      militaryOrderBasis({ militaryProtectiveOrder: GUARD, petitionFiledOn: '2025-07-01', sought });
    expect(basis('AOV_PPO').accepted).toBe(true);
    expect(basis('FA_PO')).toMatchObject({
      accepted: false,
      ruleVersion: 'R09a@2025-07-01',
      explanation:
        'A Military Protective Order is a basis for a preliminary protective order petition; this petition seeks a family-abuse final order.',
    });
  });

  it('refuses an order dated after the filing, and a command not in the list', () => {
    expect(
      refusal(() =>
        militaryOrderBasis({
          militaryProtectiveOrder: { ...GUARD, issuedOn: '2025-07-02' },
          petitionFiledOn: '2025-07-01',
          sought: 'FA_PPO',
        }),
      ).field,
    ).toBe('militaryProtectiveOrder.issuedOn');
    expect(
      refusal(() =>
        militaryOrderBasis({
          militaryProtectiveOrder: { ...GUARD, issuingCommand: 'navy' as 'us_armed_forces' },
          petitionFiledOn: '2025-07-01',
          sought: 'FA_PPO',
        }),
      ).field,
    ).toBe('militaryProtectiveOrder.issuingCommand');
  });
});

describe('R09a — a case whose petition of Tue 1 Jul 2025 rests on a Military Protective Order in NCIC; the respondent phones the petitioner Wed 2 Jul 2025', () => {
  const petition = (mpo: MilitaryProtectiveOrderFacts): CaseEvent => ({
    type: 'petition_filed',
    petitionId: 'pet-1',
    on: { date: '2025-07-01' },
    sought: 'FA_PPO',
    courtId: 'jdr-fairfax',
    militaryProtectiveOrder: mpo,
  });
  const violationOn = (occurredOn: string): CaseEvent => ({
    type: 'violation_recorded',
    violation: {
      violationId: 'v-1',
      orderKind: 'FA_PPO',
      occurredOn,
      acts: ['contact'],
      basedOnActOrThreatOfViolence: false,
      priorConvictions: [],
    },
  });
  const ppo = servedOrder(order('FA_PPO', '2025-07-01', 'ppo-1'));

  it('records the basis in the case computation', () => {
    const c = compute([petition({ ...GUARD, enteredInNcic: true }), ...ppo], '2025-07-01');
    expect(c.militaryOrderBases).toEqual([
      expect.objectContaining({
        petitionId: 'pet-1',
        accepted: true,
        ruleVersion: 'R09a@2025-07-01',
      }),
    ]);
  });

  it('reminds the advocate that law enforcement must inform the military office that entered it', () => {
    const c = compute(
      [petition({ ...GUARD, enteredInNcic: true }), ...ppo, violationOn('2025-07-02')],
      '2025-07-02',
    );
    expect(c.notices).toContainEqual({
      ruleId: 'VA.FA.PPO.MILITARY_ORDER_BASIS',
      ruleVersion: 'R09a@2025-07-01',
      kind: 'task',
      text: "The respondent's Military Protective Order was entered in NCIC: law enforcement must inform the military law-enforcement office that entered it of this violation (Wed 2 Jul 2025); remind the officer.",
      citation: {
        text: 'Va. Code §§ 16.1-253.1(A), 16.1-253.2, 19.2-152.9 (as amended by 2025 Acts ch. 208)',
        source: 'statute',
      },
      assumptions: [],
      violationId: 'v-1',
    });
    expect(c.violations[0]?.potentialClass).toBe('class_1_misdemeanor');
  });

  it('asks about NCIC when the entry is unknown, and says nothing when it is not there', () => {
    const unknown = compute([petition(GUARD), ...ppo, violationOn('2025-07-02')], '2025-07-02');
    expect(
      unknown.notices.find((n) => n.ruleId === 'VA.FA.PPO.MILITARY_ORDER_BASIS')?.text,
    ).toMatch(/^The respondent has a Military Protective Order: if it was entered in NCIC/);
    const absent = compute(
      [petition({ ...GUARD, enteredInNcic: false }), ...ppo, violationOn('2025-07-02')],
      '2025-07-02',
    );
    expect(absent.notices.filter((n) => n.ruleId === 'VA.FA.PPO.MILITARY_ORDER_BASIS')).toEqual([]);
  });

  it('gives no reminder for a violation on Mon 30 Jun 2025, before the rule', () => {
    expect(
      classifyViolation({
        orderKind: 'FA_PO',
        occurredOn: '2025-06-30',
        acts: ['contact'],
        basedOnActOrThreatOfViolence: false,
        priorConvictions: [],
        militaryProtectiveOrder: { enteredInNcic: true },
      }).tasks,
    ).toEqual([]);
  });

  it('leaves a case without a Military Protective Order as it was', () => {
    expect(compute(ppo, '2025-07-01')).not.toHaveProperty('militaryOrderBases');
  });
});
