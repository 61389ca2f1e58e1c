import { ASSUMPTIONS } from './assumptions';
import { CITATIONS } from './citations';
import { RULE_SETS, RULES_EFFECTIVE_FROM, RULES_VERSION } from './rule-definition';
import { RULE_IDS } from './rule-ids';
import {
  getRule,
  primaryCitation,
  renderExplanation,
  ruleEnactedBy,
  ruleInForce,
  RULES,
  ruleSetChanges,
  ruleSetOf,
  ruleVersions,
} from './registry';

// The versions rules-spec §1.12 adds, by the Acts after the guide.
const AMENDMENTS = ['R09a@2025-07-01', 'R10@2025-07-01', 'R12@2025-07-01', 'R26a@2024-07-01'];

describe('rule registry', () => {
  it('holds R01–R38 and the rules of rules-spec §1.12 in order, the versions of one rule together', () => {
    const refs = [...new Set(RULES.map((r) => r.ref))];
    expect(refs).toEqual(Object.keys(RULE_IDS));
    expect(refs).toHaveLength(40);
    expect([...new Set(RULES.map((r) => r.id))]).toEqual(Object.values(RULE_IDS));
    expect(new Set(RULES.map((r) => r.versionId)).size).toBe(RULES.length);
    expect(RULES.filter((r) => r.ref === 'R10').map((r) => r.versionId)).toEqual([
      'R10@2021-01-01',
      'R10@2025-07-01',
    ]);
  });

  it('gives every rule a version, an effective-from date, a citation and an explanation template', () => {
    for (const rule of RULES) {
      const amendment = AMENDMENTS.includes(rule.versionId);
      expect(rule.version).toBe(amendment ? RULES_VERSION : '2026.1');
      expect(rule.versionId).toBe(`${rule.ref}@${rule.effectiveFrom}`);
      expect(amendment ? rule.enactedBy : rule.effectiveFrom).toEqual(
        amendment ? expect.stringMatching(/^20\d\d Acts ch\. \d+/) : RULES_EFFECTIVE_FROM,
      );
      expect(rule.changes).not.toBe('');
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

  it('chooses R10 version 1 for a trigger on 30 Jun 2025 and version 2 from 1 Jul 2025', () => {
    expect(ruleInForce('VA.FA.PO.MAX_DURATION', '2025-06-30').rule.versionId).toBe(
      'R10@2021-01-01',
    );
    expect(ruleInForce('VA.FA.PO.MAX_DURATION', '2025-07-01').rule.versionId).toBe(
      'R10@2025-07-01',
    );
    expect(ruleInForce('VA.FA.PO.EXTENSION', '2025-06-30').rule.versionId).toBe('R12@2021-01-01');
    expect(ruleInForce('VA.FA.PO.EXTENSION', '2025-07-01').rule.versionId).toBe('R12@2025-07-01');
  });

  it('knows only the guide versions in rule set 2026.1, and the amendments from 2026.2', () => {
    expect(RULE_SETS).toEqual(['2026.1', '2026.2']);
    expect(RULES_VERSION).toBe('2026.2');
    expect(ruleInForce('VA.FA.PO.MAX_DURATION', '2027-01-01', '2026.1').rule.versionId).toBe(
      'R10@2021-01-01',
    );
    expect(
      ruleEnactedBy('VA.PO.RESPONDENT_ADDRESS_CHANGE', '2027-01-01', '2026.1'),
    ).toBeUndefined();
    expect(() => getRule('VA.FA.PPO.MILITARY_ORDER_BASIS', '2026.1')).toThrow(/rule set 2026\.1/);
  });

  it('gives no version of a rule an Act created before the Act took effect', () => {
    expect(ruleEnactedBy('VA.PO.RESPONDENT_ADDRESS_CHANGE', '2024-06-30')).toBeUndefined();
    expect(ruleEnactedBy('VA.PO.RESPONDENT_ADDRESS_CHANGE', '2024-07-01')?.versionId).toBe(
      'R26a@2024-07-01',
    );
    expect(ruleEnactedBy('VA.FA.PPO.MILITARY_ORDER_BASIS', '2025-06-30')).toBeUndefined();
    expect(ruleEnactedBy('VA.FA.PPO.MILITARY_ORDER_BASIS', '2025-07-01')?.versionId).toBe(
      'R09a@2025-07-01',
    );
  });

  it("lists each rule's versions with effective dates and what changed, for the reference page", () => {
    const r10 = ruleVersions().filter((v) => v.ruleId === 'VA.FA.PO.MAX_DURATION');
    expect(r10).toEqual([
      expect.objectContaining({
        versionId: 'R10@2021-01-01',
        version: '2026.1',
        effectiveFrom: '2021-01-01',
        effectiveUntil: '2025-06-30',
        changes: expect.stringMatching(/^First version/),
      }),
      expect.objectContaining({
        versionId: 'R10@2025-07-01',
        version: '2026.2',
        effectiveFrom: '2025-07-01',
        enactedBy: '2025 Acts ch. 161 (HB 2123)',
        changes: expect.stringContaining('Up to 4 years'),
      }),
    ]);
    expect(r10[1]).not.toHaveProperty('effectiveUntil');
    expect(ruleVersions()).toHaveLength(RULES.length);
    expect(ruleVersions('2026.1')).toHaveLength(38);
    expect(ruleVersions('2026.1').find((v) => v.ref === 'R10')).not.toHaveProperty(
      'effectiveUntil',
    );
  });

  it('names what a move from rule set 2026.1 to 2026.2 brings, for the law-change impact job', () => {
    expect(ruleSetChanges('2026.1', '2026.2').map((v) => v.versionId)).toEqual(AMENDMENTS);
    expect(ruleSetChanges('2026.2', '2026.2')).toEqual([]);
  });

  it('refuses a rule set it does not know, naming the option', () => {
    expect(ruleSetOf(undefined)).toBe('2026.2');
    expect(ruleSetOf({ ruleSet: '2026.1' })).toBe('2026.1');
    expect(() => ruleSetOf({ ruleSet: '2025.9' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'options.ruleSet' }),
    );
  });
});
