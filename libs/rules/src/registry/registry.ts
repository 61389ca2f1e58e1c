import type { IsoDate } from '../calendar';
import { RulesInputError } from '../errors';
import type { Citation } from '../model/citation';
import type { RuleDefinition } from './rule-definition';
import type { RuleId } from './rule-ids';
import { FAMILY_ABUSE_RULES } from './rules-family-abuse';
import { GENERAL_RULES } from './rules-general';
import { VIOLATION_AND_AOV_RULES } from './rules-violence-and-aov';

/** Every rule version, R01–R38 (rules-spec §1). */
export const RULES: readonly RuleDefinition[] = Object.freeze([
  ...FAMILY_ABUSE_RULES,
  ...VIOLATION_AND_AOV_RULES,
  ...GENERAL_RULES,
]);

type TemplatePart = string | { name: string };

// Versions of one id, latest effectiveFrom first; templates split once so rendering is a loop.
const versionsById = new Map<string, RuleDefinition[]>();
const compiledTemplates = new Map<RuleDefinition, Map<string, TemplatePart[]>>();

for (const rule of RULES) {
  const list = versionsById.get(rule.id) ?? [];
  list.push(rule);
  list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  versionsById.set(rule.id, list);
  const templates = new Map<string, TemplatePart[]>();
  for (const [variant, text] of Object.entries(rule.templates)) {
    templates.set(variant, compileTemplate(text));
  }
  compiledTemplates.set(rule, templates);
}

function compileTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    parts.push(text.slice(last, m.index), { name: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The rule version that applies to a trigger on `date`, and whether `date` predates every version. */
export interface RuleInForce {
  rule: RuleDefinition;
  predatesEncoding: boolean;
}

/** The version of rule `id` in force on trigger date `date` (the earliest version if none yet, flagged). */
export function ruleInForce(id: RuleId, date: IsoDate): RuleInForce {
  const versions = versionsById.get(id);
  if (versions === undefined || versions.length === 0) {
    throw new RulesInputError('UNKNOWN_REFERENCE', 'ruleId', `Unknown rule id ${id}.`);
  }
  for (const rule of versions) {
    if (rule.effectiveFrom <= date) {
      return { rule, predatesEncoding: false };
    }
  }
  return { rule: versions[versions.length - 1] as RuleDefinition, predatesEncoding: true };
}

/** The latest version of rule `id`. */
export function getRule(id: RuleId): RuleDefinition {
  const latest = versionsById.get(id)?.[0];
  if (latest === undefined) {
    throw new RulesInputError('UNKNOWN_REFERENCE', 'ruleId', `Unknown rule id ${id}.`);
  }
  return latest;
}

/** The primary citation of `rule` (the first listed). */
export function primaryCitation(rule: RuleDefinition): Citation {
  return rule.citations[0] as Citation;
}

/** Fills the `{name}` placeholders of `rule`'s template `variant`; a missing value is a bug. */
export function renderExplanation(
  rule: RuleDefinition,
  variant: string,
  values: Readonly<Record<string, string>>,
): string {
  const parts = compiledTemplates.get(rule)?.get(variant);
  if (parts === undefined) {
    throw new Error(`Rule ${rule.id} has no explanation template '${variant}'.`);
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
    } else {
      const value = values[part.name];
      if (value === undefined) {
        throw new Error(`Template ${rule.id}#${variant} needs a value for {${part.name}}.`);
      }
      out += value;
    }
  }
  return out;
}
