import type { ViolationFacts } from '../model/violation';
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
