import { RULE_SETS, RULES_VERSION } from './rule-definition';

/**
 * Corrections to the library's computations that do not come from a change in the law (a fixed
 * follow-up, a deadline computed wrongly). Cases already stored were computed before the fix, so a
 * deployment that brings a new revision has every open case recomputed and, where a date moved,
 * reviewed by its advocate, as a law change is (the API's law-change sweep).
 *
 * Bump it whenever the computed results change: `src/determinism.spec.ts` compares the results'
 * fingerprint with RULES_REVISION_FINGERPRINT and fails, naming the new fingerprint, until both
 * are updated together.
 */
export const RULES_REVISION = 1;

/** SHA-256 of the fingerprint of computed results (src/determinism.spec.ts) at RULES_REVISION. */
export const RULES_REVISION_FINGERPRINT =
  'c88ad9a0603e0cc859e7095510b00e6e9e061214ee4a6f7d260e599dfa185a9d';

/** A deployment of the rules: a rule set (a RULE_SETS label) and the library's revision. */
export interface RulesDeployment {
  ruleSet: string;
  revision: number;
}

/** The key a deployment is stored and swept under: '2026.2', or '2026.2+r1' from revision 1. */
export function deploymentKey({ ruleSet, revision }: RulesDeployment): string {
  return revision === 0 ? ruleSet : `${ruleSet}+r${revision}`;
}

/** Reads a deployment key; null for anything that is not a known rule set with a revision. */
export function parseDeploymentKey(key: string): RulesDeployment | null {
  const match = /^(.+?)(?:\+r([1-9]\d{0,5}))?$/.exec(key);
  const ruleSet = match?.[1];
  if (ruleSet === undefined || !RULE_SETS.includes(ruleSet)) return null;
  const revision = match?.[2];
  return { ruleSet, revision: revision === undefined ? 0 : Number(revision) };
}

/** A deployment key as a person reads it: '2026.2', or '2026.2, revision 1'. */
export function deploymentLabel(key: string): string {
  const parsed = parseDeploymentKey(key);
  if (!parsed) return key;
  return parsed.revision === 0 ? parsed.ruleSet : `${parsed.ruleSet}, revision ${parsed.revision}`;
}

/** What this build of the library brings: the current rule set at the current revision. */
export const RULES_DEPLOYMENT = deploymentKey({
  ruleSet: RULES_VERSION,
  revision: RULES_REVISION,
});
