import { ASSUMPTIONS } from './assumptions';
import { CITATIONS } from './citations';
import { RULES_EFFECTIVE_FROM } from './rule-definition';
import { RULE_IDS } from './rule-ids';
import { getRule, primaryCitation, renderExplanation, ruleInForce, RULES } from './registry';

describe('rule registry', () => {
  it('holds R01–R38 in order, each once, with the ids of rules-spec §1', () => {
    expect(RULES.map((r) => r.ref)).toEqual(
      Array.from({ length: 38 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`),
    );
    expect(RULES.map((r) => r.id)).toEqual(Object.values(RULE_IDS));
    expect(new Set(RULES.map((r) => r.id)).size).toBe(38);
  });

  it('gives every rule a version, an effective-from date, a citation and an explanation template', () => {
    for (const rule of RULES) {
      expect(rule.version).toBe('2026.1');
      expect(rule.effectiveFrom).toBe(RULES_EFFECTIVE_FROM);
      expect(rule.citations.length).toBeGreaterThan(0);
      expect(Object.keys(rule.templates).length).toBeGreaterThan(0);
      expect(rule.assumptions.every((a) => ASSUMPTIONS.some((x) => x.id === a))).toBe(true);
    }
  });

  it('keeps the source citations character for character, inconsistencies included', () => {
    expect(primaryCitation(getRule('VA.FA.EPO.EXPIRY')).text).toBe('Va. Code § 16.1-253.4');
    expect(primaryCitation(getRule('VA.SRO.PETITIONER')).text).toBe('VA Code § 19.2-152.13(A)');
    expect(CITATIONS.FA_PROSECUTION_VENUE.text).toBe(
      'Va. Code §§ 16.1-253.2(E); 18.2\u201360.4(F)',
    );
    expect(CITATIONS.OOS_ENFORCEMENT_VA.text).toBe('Va. Code §16.1-279.1(F)');
    expect(CITATIONS.US_NO_INTERNET.text).toBe('18 USC § 2265(d)(3)');
    expect(CITATIONS.US_FFC_PURPOSE.text).toBe('18 U.S.C. § 2266(5)');
    expect(CITATIONS.AOV_PO_DURATION.text).toBe('Va. Code § 19.2-152.10(B),(G)');
    expect(CITATIONS.POLICE_REPORT.text).toBe('See Va. Code § 19.2-81.3(D)');
  });

  it('lists the 24 ambiguity readings A-01..A-24', () => {
    expect(ASSUMPTIONS.map((a) => a.id)).toEqual(
      Array.from({ length: 24 }, (_, i) => `A-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('renders a template and refuses a missing value rather than printing a placeholder', () => {
    const rule = getRule('VA.FA.EPO.EXPIRY');
    expect(renderExplanation(rule, 'expiry', { issued: 'A', roll: '; B', expires: 'C' })).toBe(
      'Issued A; B; expires C.',
    );
    expect(() => renderExplanation(rule, 'expiry', { issued: 'A' })).toThrow(/\{roll\}/);
    expect(() => renderExplanation(rule, 'nope', {})).toThrow(/no explanation template/);
  });

  it('applies the version in force on the trigger date and flags triggers before any version', () => {
    expect(ruleInForce('VA.FA.EPO.EXPIRY', '2026-11-23').predatesEncoding).toBe(false);
    expect(ruleInForce('VA.FA.EPO.EXPIRY', '2020-12-31').predatesEncoding).toBe(true);
  });
});
