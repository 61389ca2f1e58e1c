// rules-spec §5, examples 36–40: violations (R18–R20) and out-of-state orders (R36–R38).
import {
  classifyViolation,
  computeDeadlines,
  fullFaithAndCredit,
  STATEWIDE_CALENDAR,
  type CaseEvent,
  type OrderFacts,
} from '../index';

describe('Example 36 — served FA final order, respondent phones the petitioner: Class 1 misdemeanor', () => {
  const r = classifyViolation({
    orderKind: 'FA_PO',
    occurredOn: '2026-05-04',
    acts: ['contact'],
    basedOnActOrThreatOfViolence: false,
    priorConvictions: [],
  });

  it('is a potential Class 1 misdemeanor under the contact provision', () => {
    expect(r.potentialClass).toBe('class_1_misdemeanor');
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({
      ruleId: 'VA.FA.VIOLATION.CLASSIFICATION',
      citation: { text: 'Va. Code § 16.1-253.2(A)' },
    });
  });

  it('leaves contempt available and names the three prosecution venues', () => {
    expect(r.contempt).toBe('available');
    expect(r.prosecutionVenues).toEqual([
      'issuing_locality',
      'violation_locality',
      'petitioner_residence_at_violation',
    ]);
    expect(r.prosecutionVenueCitation?.text).toBe('Va. Code §§ 16.1-253.2(E); 18.2–60.4(F)');
  });
});

describe('Example 37 — served FA final order, respondent stalks the petitioner: Class 6 felony', () => {
  it('is a potential Class 6 felony, citing (B), (C) with the footnote note', () => {
    const r = classifyViolation({
      orderKind: 'FA_PO',
      occurredOn: '2026-12-02',
      acts: ['stalking'],
      basedOnActOrThreatOfViolence: true,
      priorConvictions: [],
    });
    expect(r.potentialClass).toBe('class_6_felony');
    expect(r.reasons[0]?.citation.text).toBe('Va. Code § 16.1-253.2(B), (C)');
    expect(r.reasons[0]?.citation.note).toBeDefined();
  });

  it('is the same when violating any provision while knowingly armed', () => {
    const r = classifyViolation({
      orderKind: 'FA_PO',
      occurredOn: '2026-12-02',
      acts: ['contact', 'knowingly_armed'],
      basedOnActOrThreatOfViolence: true,
      priorConvictions: [],
    });
    expect(r.potentialClass).toBe('class_6_felony');
    expect(r.reasons.map((x) => x.citation.text)).toEqual([
      'Va. Code § 16.1-253.2(B), (C)',
      'Va. Code § 16.1-253.2(A)',
    ]);
  });
});

describe('Example 38 — AOV final order, texts Sun 1 Mar 2026, priors 2010 (threat) and 2018: Class 6 felony (third offense)', () => {
  it('is a third offense within 20 years of the first conviction (to 1 May 2030), one based on a threat', () => {
    const r = classifyViolation({
      orderKind: 'AOV_PO',
      occurredOn: '2026-03-01',
      acts: ['contact'],
      basedOnActOrThreatOfViolence: false,
      priorConvictions: [
        { convictedOn: '2010-05-01', basedOnActOrThreatOfViolence: true },
        { convictedOn: '2018-01-10', basedOnActOrThreatOfViolence: false },
      ],
    });
    expect(r.potentialClass).toBe('class_6_felony');
    expect(r.reasons[0]).toMatchObject({
      ruleId: 'VA.AOV.VIOLATION.CLASSIFICATION',
      citation: { text: 'Va. Code § 18.2-60.4(A)' },
    });
    expect(r.reasons[0]?.text).toContain('Sat 1 May 2010');
    expect(r.assumptions).toContain('A-18');
    expect(r.alternativeReading).toBeUndefined();
  });
});

describe('Example 39 — AOV final order, texts 1 Mar 2026, priors 2004 (violent) and 2015, prosecuted: misdemeanor, contempt barred', () => {
  const r = classifyViolation({
    orderKind: 'AOV_PO',
    occurredOn: '2026-03-01',
    acts: ['contact'],
    basedOnActOrThreatOfViolence: false,
    priorConvictions: [
      { convictedOn: '2004-02-01', basedOnActOrThreatOfViolence: true },
      { convictedOn: '2015-06-01', basedOnActOrThreatOfViolence: false },
    ],
    criminalProsecution: true,
    contemptSought: true,
  });

  it('is a Class 1 misdemeanor: 1 Feb 2004 + 20 years is before the offense (same under the sliding window)', () => {
    expect(r.potentialClass).toBe('class_1_misdemeanor');
    expect(r.alternativeReading).toBeUndefined();
    expect(r.considered[0]?.text).toContain('Sun 1 Feb 2004');
  });

  it('bars contempt for the same act because the Commonwealth is prosecuting', () => {
    expect(r.contempt).toBe('barred_by_prosecution');
    expect(r.contemptReason.citation.text).toBe('Va. Code § 18.2-60.4(A)');
  });
});

describe('Example 40 — Maryland final order, respondent served and heard; petitioner asks Virginia to extend it', () => {
  const maryland = {
    issuingState: 'Maryland',
    issuedToPrevent: true,
    issuingCourtHadJurisdiction: true,
    respondentHadNoticeAndOpportunity: true,
    exParte: false,
  };

  it('is entitled to full faith and credit (conditions 1–3 met; 4 is for ex parte orders)', () => {
    const r = fullFaithAndCredit(maryland);
    expect(r.entitled).toBe('yes');
    expect(r.conditions.map((c) => [c.id, c.status, c.citation.text])).toEqual([
      ['purpose', 'met', '18 U.S.C. § 2266(5)'],
      ['jurisdiction', 'met', '18 U.S.C. § 2265(a), (b)'],
      ['notice_and_hearing', 'met', '18 U.S.C. § 2265(a), (b)'],
      ['ex_parte_hearing_before_expiry', 'not_applicable', '18 U.S.C. § 2265(a), (b)'],
    ]);
  });

  it('is enforceable without registration; optional registration at any JDR, no fee, VCIN, respondent not told', () => {
    const r = fullFaithAndCredit(maryland);
    expect(r.enforcement.map((e) => e.citation.text)).toContain('Va. Code §16.1-279.1(F)');
    expect(r.registration).toMatchObject({
      optional: true,
      court: 'any JDR court',
      fee: 0,
      registry: 'VCIN',
      respondentNotifiedOnlyIfRequested: true,
    });
    expect(r.registration?.citations.map((c) => c.text)).toEqual(
      expect.arrayContaining(['VA Code § 16.1-279.1(I)', '18 USC § 2265(d)']),
    );
    expect(r.modifyOnlyIn).toBe('Maryland');
  });

  it('computes no Virginia extension deadline: expiry is the stated date and a motion in Virginia is not available', () => {
    const order: OrderFacts = {
      orderId: 'md-1',
      kind: 'OOS',
      issuedAt: { date: '2025-09-10' },
      issuingCourt: {
        courtId: 'md-circuit',
        kind: 'CIRCUIT',
        locality: 'Montgomery County, Maryland',
      },
      statedExpiry: { date: '2026-09-10' },
      outOfState: { issuingState: 'Maryland' },
    };
    const events: CaseEvent[] = [
      { type: 'order_issued', order },
      { type: 'extension_motion_filed', orderId: 'md-1', on: { date: '2026-08-03' } },
    ];
    const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-08-03');
    expect(c.deadlines.map((d) => [d.kind, d.ruleId, d.due.date])).toEqual([
      ['order_expiry', 'US.FFC.MODIFY_ONLY_IN_ISSUING_STATE', '2026-09-10'],
    ]);
    expect(c.extensionMotions[0]).toMatchObject({
      status: 'not_available_in_virginia',
      ruleVersion: 'R38@2021-01-01',
    });
    expect(c.notices.map((n) => n.text)).toContain(
      'Extension must be sought in Maryland: a Virginia court cannot change, extend or cancel this order.',
    );
    expect(c.orders[0]?.status).toBe('in_effect');
  });

  it('variant: a Maryland ex parte order with no hearing scheduled before it expires is not entitled', () => {
    const exParte = { ...maryland, exParte: true, respondentHadNoticeAndOpportunity: undefined };
    expect(fullFaithAndCredit({ ...exParte, hearingScheduledBeforeExpiry: false }).entitled).toBe(
      'no',
    );
    expect(fullFaithAndCredit(exParte).entitled).toBe('needs_review');
  });
});
