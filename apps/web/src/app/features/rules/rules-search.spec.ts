import { describe, expect, it } from 'vitest';

import { RULES } from '@haven/rules';

import { RULE_ENTRIES, readableTemplate, searchRules, variantLabel } from './rules-search';

describe('rules reference search', () => {
  it('lists every rule version the library applies', () => {
    expect(RULE_ENTRIES).toHaveLength(RULES.length);
    expect(RULE_ENTRIES.map((e) => e.rule.ref)).toContain('R38');
  });

  it('finds a rule by its number, its id, its citation or a word of its explanation', () => {
    const refs = (query: string) => searchRules(RULE_ENTRIES, query).map((e) => e.rule.ref);

    expect(refs('R01')).toEqual(['R01']);
    expect(refs('va.fa.epo.expiry')).toEqual(['R01']);
    expect(refs('16.1-253.4')).toContain('R01');
    expect(refs('incapacitated petitioner')).toContain('R02');
    expect(refs('no such words anywhere')).toEqual([]);
  });

  it('writes template blanks and variant names as words', () => {
    expect(readableTemplate('Served {servedAt}: enforceable.')).toBe(
      'Served [served at]: enforceable.',
    );
    expect(variantLabel('notForKind')).toBe('Not for kind');
  });
});
