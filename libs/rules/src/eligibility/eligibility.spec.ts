import type { RuleId } from '../registry/rule-ids';
import { ruleInForce } from '../registry/registry';
import { eligibility } from './eligibility';
import type { EligibilityInput, Relationship } from './eligibility-types';

const base = { livesWithRespondent: false, lastActOfAbuseOn: '2026-03-01' };

describe('eligibility (R14–R16)', () => {
  it.each<[Relationship, boolean, boolean]>([
    ['spouse', false, true],
    ['former_spouse', false, true],
    ['grandparent', false, true],
    ['half_sister', false, true],
    ['stepchild', false, true],
    ['mother_in_law', false, false],
    ['mother_in_law', true, true],
    ['child_in_common', false, true],
    ['cohabitant', true, true],
    ['cohabitants_child_in_home', true, true],
    ['cohabitants_child_in_home', false, false],
    ['none', true, false],
  ])(
    '%s (living together: %s) is a family or household member: %s',
    (relationship, lives, member) => {
      expect(
        eligibility({ ...base, relationship, livesWithRespondent: lives }).familyOrHouseholdMember,
      ).toBe(member);
    },
  );

  it('includes the boundary day of the 12-month cohabitation window (A-17)', () => {
    const input: EligibilityInput = {
      ...base,
      relationship: 'former_cohabitant',
      cohabitationEndedOn: '2025-03-01',
    };
    expect(eligibility(input).familyOrHouseholdMember).toBe(true);
    expect(
      eligibility({ ...input, cohabitationEndedOn: '2025-02-28' }).familyOrHouseholdMember,
    ).toBe(false);
  });

  it('offers a next-friend petition for a minor protected against a parent', () => {
    const r = eligibility({
      ...base,
      relationship: 'parent',
      petitionerIsMinor: true,
      respondentIsParentOrGuardian: true,
    });
    expect(r.nextFriendAvailable).toBe(true);
    expect(r.reasons.map((x) => x.citation.text)).toContain('Va. Code § 16.1-253.1(D)');
  });

  it('offers circuit court as the alternative for FA PPO and final orders (A-23)', () => {
    const r = eligibility({ ...base, relationship: 'spouse' });
    expect(r.orders.filter((o) => o.alternative).map((o) => `${o.kind}:${o.court}`)).toEqual([
      'FA_PPO:CIRCUIT',
      'FA_PO:CIRCUIT',
    ]);
  });

  it('refuses a former cohabitant without the date cohabitation ended', () => {
    expect(() => eligibility({ ...base, relationship: 'former_cohabitant' })).toThrow(
      expect.objectContaining({ field: 'cohabitationEndedOn' }),
    );
  });

  it('cites the statute whose 12-month window needs the date cohabitation ended', () => {
    expect(() => eligibility({ ...base, relationship: 'former_cohabitant' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', citation: 'Va. Code § 16.1-228' }),
    );
  });
});

describe('eligibility: rule versions (rules-spec §1.12)', () => {
  it('names on every reason the version of its rule in force on the petition day', () => {
    const r = eligibility({
      ...base,
      relationship: 'former_cohabitant',
      cohabitationEndedOn: '2025-03-01',
      petitionFiledOn: '2026-03-10',
      petitionerIsMinor: true,
      respondentIsParentOrGuardian: true,
    });
    expect(r.reasons.length).toBeGreaterThan(3);
    for (const reason of r.reasons) {
      expect(reason.ruleVersion).toBe(
        ruleInForce(reason.ruleId as RuleId, '2026-03-10').rule.versionId,
      );
    }
    expect(r.reasons[0]?.ruleVersion).toBe('R15@2021-01-01');
  });

  it('refuses a rule set it does not know, naming the option', () => {
    expect(() => eligibility({ ...base, relationship: 'spouse' }, { ruleSet: '1999.1' })).toThrow(
      expect.objectContaining({ field: 'options.ruleSet' }),
    );
  });
});
