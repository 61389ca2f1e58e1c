/** How a computation runs; every field is optional. */
export interface ComputeOptions {
  /**
   * The rule set to compute under, a RULE_SETS label (default the current one, RULES_VERSION). A
   * law-change impact job computes a case under two rule sets and compares (rules-spec §1.12).
   */
  ruleSet?: string;
}
