import { describe, expect, it } from 'vitest';

import { RULES, getRule } from '@haven/rules';

import { assumptionTitle, deadlineStateLabel, ruleTitle } from './rule-labels';

describe('rule labels', () => {
  it('names every rule of the library by its current title, never its id', () => {
    for (const rule of RULES) {
      expect(ruleTitle(rule.id)).toBe(getRule(rule.id).title);
      expect(ruleTitle(rule.id)).not.toContain('VA.');
    }
    expect(ruleTitle('VA.SERVICE.EFFECTIVE_ON_SERVICE')).toBe('Orders take effect on service');
  });

  it('names a rule amended by a later law by its amended title, whichever version came first', () => {
    const versions = RULES.filter((rule) => rule.id === 'VA.FA.PO.MAX_DURATION');
    expect(versions.map((rule) => rule.title)).toEqual([
      'Final order up to two years',
      'Final order up to two years, or four after a prior order',
    ]);
    expect(ruleTitle('VA.FA.PO.MAX_DURATION')).toBe(
      'Final order up to two years, or four after a prior order',
    );
  });

  it('reads an unknown or missing rule as "Rule"', () => {
    expect(ruleTitle('NOT.A.RULE')).toBe('Rule');
    expect(ruleTitle(null)).toBe('Rule');
  });

  it('gives an assumption its title, keeping the number in brackets', () => {
    expect(assumptionTitle('A-05')).toBe('Reissued or continued PPO (assumption A-05)');
    expect(assumptionTitle('A-99')).toBe('Assumption A-99');
  });

  it('writes deadline states as words', () => {
    expect(deadlineStateLabel('moot')).toBe('No longer applies');
    expect(deadlineStateLabel('missed')).toBe('Missed');
  });
});
