// rules-spec §5, examples 30–35: medical-records notice (R13), eligibility and court (R15, R16),
// venue (R17).
import {
  computeDeadlines,
  eligibility,
  STATEWIDE_CALENDAR,
  venue,
  type CaseDeadline,
  type CaseEvent,
  type CourtRef,
  type EligibilityResult,
  type PartialDateTime,
} from '../index';

const JDR: CourtRef = { courtId: 'jdr-fairfax', kind: 'JDR', locality: 'Fairfax County' };

function medicalNotice(
  kind: 'final_trial' | 'ppo_full_hearing',
  at: PartialDateTime,
): CaseDeadline {
  const events: CaseEvent[] = [
    {
      type: 'order_issued',
      order: {
        orderId: 'ppo-1',
        kind: 'FA_PPO',
        issuedAt: { date: '2026-03-02' },
        issuingCourt: JDR,
      },
    },
    { type: 'hearing_scheduled', hearingId: 'h-1', kind, at, orderId: 'ppo-1' },
    { type: 'medical_evidence_recorded' },
  ];
  const c = computeDeadlines({ events }, STATEWIDE_CALENDAR, '2026-03-02');
  const found = c.deadlines.find((d) => d.kind === 'notice_by');
  if (found === undefined) {
    throw new Error('no notice deadline');
  }
  return found;
}

function courts(r: EligibilityResult): string[] {
  return r.orders.filter((o) => !o.alternative).map((o) => `${o.kind}:${o.court}`);
}

describe('Example 30 — final trial Thu 22 Oct 2026 with medical records: notice due Mon 12 Oct, act by Fri 9 Oct', () => {
  it('is due H − 10 and, that day being Columbus Day, acts by the previous court day (A-14)', () => {
    const n = medicalNotice('final_trial', { date: '2026-10-22' });
    expect(n).toMatchObject({
      ruleId: 'VA.FA.MEDICAL_NOTICE',
      hearingId: 'h-1',
      due: { date: '2026-10-12' },
      actBy: '2026-10-09',
      citation: { text: 'Va. Code § 16.1-245.1' },
    });
    expect(n.assumptions).toEqual(['A-14']);
    expect(n.explanation).toBe(
      'Final trial Thu 22 Oct 2026; notice of medical records due 10 days before: Mon 12 Oct 2026; Mon 12 Oct is Columbus Day and Yorktown Victory Day; court closed 10–12 Oct; give it by Fri 9 Oct 2026.',
    );
  });

  it('for a trial Fri 20 Mar 2026 it is due Tue 10 Mar, with no roll', () => {
    const n = medicalNotice('final_trial', { date: '2026-03-20' });
    expect(n.due).toEqual({ date: '2026-03-10' });
    expect(n.actBy).toBeUndefined();
    expect(n.rollover).toBeNull();
  });
});

describe('Example 31 — PPO hearing Tue 17 Mar 2026 at 09:30 with medical records: notice by Mon 16 Mar 09:30 (A-15)', () => {
  it('is due 24 hours before the hearing', () => {
    const n = medicalNotice('ppo_full_hearing', { date: '2026-03-17', time: '09:30' });
    expect(n.due).toEqual({ date: '2026-03-16', time: '09:30' });
    expect(n.assumptions).toEqual([]);
  });

  it('assumes the 08:00 opening time when the hearing time is not recorded, and says so', () => {
    const n = medicalNotice('ppo_full_hearing', { date: '2026-03-17' });
    expect(n.due).toEqual({ date: '2026-03-16', time: '08:00' });
    expect(n.assumptions).toEqual(['A-15']);
    expect(n.confidence).toBe('interpretation');
  });
});

describe('Example 32 — former intimate cohabitant, ended Wed 30 Apr 2025, last act Wed 15 Apr 2026: family member, JDR', () => {
  it('is within 12 months of the act (and of the filing), so family-abuse orders in JDR and AOV in JDR', () => {
    const r = eligibility({
      relationship: 'former_cohabitant',
      livesWithRespondent: false,
      cohabitationEndedOn: '2025-04-30',
      lastActOfAbuseOn: '2026-04-15',
      petitionFiledOn: '2026-04-20',
    });
    expect(r.familyOrHouseholdMember).toBe(true);
    expect(r.borderline).toBe(false);
    expect(courts(r)).toEqual([
      'FA_EPO:MAGISTRATE',
      'FA_PPO:JDR',
      'FA_PO:JDR',
      'AOV_EPO:MAGISTRATE',
      'AOV_PPO:JDR',
      'AOV_PO:JDR',
    ]);
    expect(r.reasons[0]?.citation.text).toBe('Va. Code § 16.1-228');
  });
});

describe('Example 33 — former cohabitant, ended Sat 1 Mar 2025, act Fri 27 Feb 2026, filed Wed 4 Mar 2026: eligible, borderline (A-17)', () => {
  it('is within 12 months of the act but not of the filing date: eligible, flagged for attorney review', () => {
    const r = eligibility({
      relationship: 'former_cohabitant',
      livesWithRespondent: false,
      cohabitationEndedOn: '2025-03-01',
      lastActOfAbuseOn: '2026-02-27',
      petitionFiledOn: '2026-03-04',
    });
    expect(r.familyOrHouseholdMember).toBe(true);
    expect(r.borderline).toBe(true);
    expect(r.needsAttorneyReview).toBe(true);
    expect(r.assumptions).toContain('A-17');
    expect(courts(r)).toContain('FA_PPO:JDR');
  });
});

describe('Example 34 — sister-in-law in a different home: not a family member, AOV order in General District Court', () => {
  const base = { relationship: 'sister_in_law', lastActOfAbuseOn: '2026-03-01' } as const;

  it('offers only act-of-violence orders, in General District Court', () => {
    const r = eligibility({ ...base, livesWithRespondent: false });
    expect(r.familyOrHouseholdMember).toBe(false);
    expect(courts(r)).toEqual(['AOV_EPO:MAGISTRATE', 'AOV_PPO:GDC', 'AOV_PO:GDC']);
    expect(r.orders.find((o) => o.kind === 'AOV_PPO')?.citation.text).toBe(
      'See “Protective Orders: What does the new legislation mean?”',
    );
    expect(r.assumptions).toContain('A-20');
  });

  it('the same person living in the same home qualifies: family abuse in JDR', () => {
    const r = eligibility({ ...base, livesWithRespondent: true });
    expect(r.familyOrHouseholdMember).toBe(true);
    expect(courts(r)).toContain('FA_PO:JDR');
    expect(courts(r)).toContain('AOV_PO:JDR');
  });
});

describe('Example 35 — father of the petitioner’s child, never married or cohabiting: FA in JDR, four venues', () => {
  it('is a family or household member', () => {
    const r = eligibility({
      relationship: 'child_in_common',
      livesWithRespondent: false,
      lastActOfAbuseOn: '2026-03-01',
    });
    expect(r.familyOrHouseholdMember).toBe(true);
    expect(courts(r)).toContain('FA_PPO:JDR');
  });

  it('may file where the petitioner lives, the respondent lives, the abuse happened or an order is in effect', () => {
    const r = venue({
      petitionerResidence: 'Fairfax County',
      respondentResidence: 'Arlington County',
      placeOfAbuse: 'City of Alexandria',
      existingOrderLocalities: ['Prince William County'],
    });
    expect(r.options.map((o) => [o.locality, o.reason])).toEqual([
      ['Fairfax County', 'petitioner_residence'],
      ['Arlington County', 'respondent_residence'],
      ['City of Alexandria', 'place_of_abuse'],
      ['Prince William County', 'existing_order'],
    ]);
    expect(new Set(r.options.map((o) => o.citation.text))).toEqual(
      new Set(['Va. Code § 16.1-243(A)(3)']),
    );
  });
});
