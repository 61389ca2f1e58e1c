import { ASSUMPTIONS, RULES, getRule } from '@haven/rules';

// One place that turns the rules library's codes into words, so no page shows a bare rule id,
// assumption number or state code; the citation stays beside the words wherever it is shown.

// RULES holds every version of a rule; a page names a rule by its current version's title.
const RULE_TITLES = new Map(RULES.map((rule) => [rule.id as string, getRule(rule.id).title]));
const ASSUMPTION_TITLES = new Map(ASSUMPTIONS.map((a) => [a.id, a.title]));

const DEADLINE_STATES: Readonly<Record<string, string>> = {
  open: 'Open',
  met: 'Met',
  missed: 'Missed',
  passed: 'Passed',
  moot: 'No longer applies',
};

/** The rule's current title ("Orders take effect on service"); an unknown id reads as "Rule". */
export function ruleTitle(ruleId: string | null | undefined): string {
  return (ruleId && RULE_TITLES.get(ruleId)) || 'Rule';
}

/** An assumption's title ("Reissued or continued PPO") with its number for the rules page. */
export function assumptionTitle(id: string): string {
  const title = ASSUMPTION_TITLES.get(id);
  return title ? `${title} (assumption ${id})` : `Assumption ${id}`;
}

/** A deadline's state in words. */
export function deadlineStateLabel(state: string): string {
  return DEADLINE_STATES[state] ?? state.replace(/_/g, ' ');
}
