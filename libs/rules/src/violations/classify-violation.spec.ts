import type {
  ClassificationReason,
  ViolationClassification,
  ViolationFacts,
} from '../model/violation';
import type { RuleId } from '../registry/rule-ids';
import { ruleInForce, ruleVersionById } from '../registry/registry';
import { classifyViolation } from './classify-violation';

const base: ViolationFacts = {
  orderKind: 'AOV_PO',
  occurredOn: '2026-03-01',
  acts: ['contact'],
  basedOnActOrThreatOfViolence: false,
  priorConvictions: [],
};

describe('classifyViolation (R18–R21)', () => {
  it('returns both readings and flags review when the sliding window disagrees (A-18)', () => {
    const r = classifyViolation({
      ...base,
      priorConvictions: [
        { convictedOn: '2004-02-01', basedOnActOrThreatOfViolence: false },
        { convictedOn: '2015-06-01', basedOnActOrThreatOfViolence: true },
        { convictedOn: '2020-01-15', basedOnActOrThreatOfViolence: false },
      ],
    });
    expect(r.potentialClass).toBe('class_1_misdemeanor');
    expect(r.alternativeReading?.potentialClass).toBe('class_6_felony');
    expect(r.needsAttorneyReview).toBe(true);
    expect(r.assumptions).toEqual(['A-19', 'A-18']);
  });

  it('needs an act or threat of violence in one of the offenses for the third-offense felony', () => {
    const r = classifyViolation({
      ...base,
      priorConvictions: [
        { convictedOn: '2015-06-01', basedOnActOrThreatOfViolence: false },
        { convictedOn: '2020-01-15', basedOnActOrThreatOfViolence: false },
      ],
    });
    expect(r.potentialClass).toBe('class_1_misdemeanor');
  });

  it('does not bar contempt for a family-abuse order even when prosecuted (A-19)', () => {
    const r = classifyViolation({
      ...base,
      orderKind: 'FA_PPO',
      criminalProsecution: true,
      contemptSought: true,
    });
    expect(r.contempt).toBe('available');
  });

  it('treats another provision of a family-abuse order as not in the Class 1 list, without guessing', () => {
    const r = classifyViolation({ ...base, orderKind: 'FA_EPO', acts: ['other_provision'] });
    expect(r.potentialClass).toBe('none_identified');
    expect(r.considered[0]?.text).toContain('any knowing violation');
  });

  it('classifies any knowing violation of an AOV order as a potential Class 1 misdemeanor', () => {
    expect(classifyViolation({ ...base, acts: ['other_provision'] }).potentialClass).toBe(
      'class_1_misdemeanor',
    );
  });

  it('gives no classification for a substantial risk or out-of-state order, for review', () => {
    const r = classifyViolation({ ...base, orderKind: 'FSRO' });
    expect(r).toMatchObject({
      potentialClass: 'none_identified',
      needsAttorneyReview: true,
      prosecutionVenues: [],
    });
  });

  it('creates the police-report task when the violation was reported (R21)', () => {
    const r = classifyViolation({ ...base, reportedToPolice: true });
    expect(r.tasks).toEqual([
      expect.objectContaining({
        ruleId: 'VA.VIOLATION.POLICE_REPORT',
        citation: expect.objectContaining({ text: 'See Va. Code § 19.2-81.3(D)' }),
      }),
    ]);
  });

  it('refuses an unknown act naming the field', () => {
    expect(() => classifyViolation({ ...base, acts: ['shouting' as never] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'violation.acts[0]',
      }),
    );
  });
});

describe('classifyViolation: rule versions (rules-spec §1.12)', () => {
  const everyReason = (r: ViolationClassification): ClassificationReason[] => [
    ...r.reasons,
    ...r.considered,
    r.contemptReason,
    ...(r.contemptOfCourt ? [r.contemptOfCourt] : []),
    ...(r.alternativeReading?.reasons ?? []),
    ...r.tasks,
  ];
  const cases: Array<[string, ViolationFacts]> = [
    [
      'a family-abuse order, every reason kind',
      {
        ...base,
        orderKind: 'FA_PO',
        acts: ['contact', 'stalking', 'failed_to_report_address_change'],
        reportedToPolice: true,
        militaryProtectiveOrder: { enteredInNcic: true },
        priorConvictions: [
          { convictedOn: '2004-02-01', basedOnActOrThreatOfViolence: false },
          { convictedOn: '2015-06-01', basedOnActOrThreatOfViolence: true },
          { convictedOn: '2020-01-15', basedOnActOrThreatOfViolence: false },
        ],
      },
    ],
    ['an act-of-violence order prosecuted', { ...base, criminalProsecution: true }],
    ['an order the rules do not classify', { ...base, orderKind: 'FSRO' }],
    [
      'a missed address notice before R26a',
      {
        ...base,
        orderKind: 'FA_PO',
        occurredOn: '2024-06-30',
        acts: ['failed_to_report_address_change'],
      },
    ],
  ];

  it.each(cases)('names on every reason of %s the version of its own rule', (_, facts) => {
    const reasons = everyReason(classifyViolation(facts));
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      expect(ruleVersionById(r.ruleVersion)?.id).toBe(r.ruleId);
    }
  });

  it('uses the versions in force on the day of the violation', () => {
    const r = classifyViolation({
      ...base,
      orderKind: 'FA_PO',
      acts: ['contact', 'failed_to_report_address_change'],
      reportedToPolice: true,
    });
    expect(r.reasons.map((x) => x.ruleVersion)).toEqual(['R18@2021-01-01']);
    expect(r.contemptOfCourt?.ruleVersion).toBe('R26a@2024-07-01');
    expect(r.tasks.map((x) => x.ruleVersion)).toEqual(['R21@2021-01-01']);
    for (const x of everyReason(r)) {
      expect(ruleInForce(x.ruleId as RuleId, base.occurredOn).rule.versionId).toBe(x.ruleVersion);
    }
  });

  it('names R26a, not yet in force, on the address notice it considered before 1 July 2024', () => {
    const r = classifyViolation({
      ...base,
      orderKind: 'FA_PO',
      occurredOn: '2024-06-30',
      acts: ['failed_to_report_address_change'],
    });
    expect(r.considered).toContainEqual(
      expect.objectContaining({
        ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
        ruleVersion: 'R26a@2024-07-01',
      }),
    );
    expect(r.contemptOfCourt).toBeUndefined();
  });
});

describe('classifyViolation: R20 and R21 whatever the classification', () => {
  it.each(['OOS', 'FSRO', 'ESRO'] as const)(
    'gives the police-report task (R21) on a violation of an order it does not classify (%s)',
    (orderKind) => {
      const r = classifyViolation({ ...base, orderKind, reportedToPolice: true });
      expect(r.potentialClass).toBe('none_identified');
      expect(r.tasks).toEqual([
        expect.objectContaining({
          ruleId: 'VA.VIOLATION.POLICE_REPORT',
          ruleVersion: 'R21@2021-01-01',
        }),
      ]);
      expect(classifyViolation({ ...base, orderKind }).tasks).toEqual([]);
    },
  );

  it.each(['FA_PO', 'AOV_PO'] as const)(
    'names no prosecution venue for a missed address notice alone, which is contempt only (R26a, %s)',
    (orderKind) => {
      const alone = classifyViolation({
        ...base,
        orderKind,
        acts: ['failed_to_report_address_change'],
      });
      expect(alone.contemptOfCourt).toBeDefined();
      expect(alone.prosecutionVenues).toEqual([]);
      expect(alone.prosecutionVenueCitation).toBeUndefined();
      const withContact = classifyViolation({
        ...base,
        orderKind,
        acts: ['failed_to_report_address_change', 'contact'],
      });
      expect(withContact.prosecutionVenues).toEqual([
        'issuing_locality',
        'violation_locality',
        'petitioner_residence_at_violation',
      ]);
    },
  );
});
