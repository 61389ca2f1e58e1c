import { addDays, type IsoDate } from '../calendar';
import { RulesInputError } from '../errors';
import type { Citation } from '../model/citation';
import type { ComputeOptions } from '../model/options';
import { requireObject, requireOneOf } from '../validation/fields';
import { RULE_SETS, RULES_VERSION, type RuleDefinition, type RuleText } from './rule-definition';
import type { RuleId, RuleRef } from './rule-ids';
import { FAMILY_ABUSE_RULES } from './rules-family-abuse';
import { GENERAL_RULES } from './rules-general';
import { VIOLATION_AND_AOV_RULES } from './rules-violence-and-aov';

const FIRST_VERSION = 'First version, as encoded from the guide (rules-spec §1).';

function definition(text: RuleText): RuleDefinition {
  return Object.freeze({
    ...text,
    versionId: `${text.ref}@${text.effectiveFrom}`,
    changes: text.changes ?? FIRST_VERSION,
  });
}

/** Every rule version, R01–R38 and the §1.12 amendments, in rules-spec order (versions oldest first). */
export const RULES: readonly RuleDefinition[] = Object.freeze(
  [...FAMILY_ABUSE_RULES, ...VIOLATION_AND_AOV_RULES, ...GENERAL_RULES].map(definition),
);

type TemplatePart = string | { name: string };

// Per rule set, the versions of each id, latest effectiveFrom first; templates split once so
// rendering is a loop. A rule set holds the versions whose release is not later than its own.
const SET_INDEX = new Map(RULE_SETS.map((set, i) => [set, i]));
const versionsBySet = new Map<string, Map<string, RuleDefinition[]>>();
const compiledTemplates = new Map<RuleDefinition, Map<string, TemplatePart[]>>();

for (const set of RULE_SETS) {
  const byId = new Map<string, RuleDefinition[]>();
  const index = SET_INDEX.get(set) as number;
  for (const rule of RULES) {
    if ((SET_INDEX.get(rule.version) ?? Infinity) > index) {
      continue;
    }
    const list = byId.get(rule.id) ?? [];
    list.push(rule);
    list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
    byId.set(rule.id, list);
  }
  versionsBySet.set(set, byId);
}
for (const rule of RULES) {
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

function versionsIn(ruleSet: string): Map<string, RuleDefinition[]> {
  const byId = versionsBySet.get(ruleSet);
  if (byId === undefined) {
    throw new RulesInputError(
      'INVALID_INPUT',
      'ruleSet',
      `Unknown rule set ${ruleSet}: expected one of ${RULE_SETS.join(', ')}.`,
    );
  }
  return byId;
}

function versionsOf(id: RuleId, ruleSet: string): RuleDefinition[] {
  const versions = versionsIn(ruleSet).get(id);
  if (versions === undefined || versions.length === 0) {
    throw new RulesInputError(
      'UNKNOWN_REFERENCE',
      'ruleId',
      `Unknown rule id ${id} in rule set ${ruleSet}.`,
    );
  }
  return versions;
}

/** The rule set `options` ask for (default the current one); refuses one not in RULE_SETS. */
export function ruleSetOf(options: ComputeOptions | undefined): string {
  if (options === undefined) {
    return RULES_VERSION;
  }
  const obj = requireObject(options, 'options');
  if (obj['ruleSet'] === undefined) {
    return RULES_VERSION;
  }
  const ruleSet = requireOneOf(obj['ruleSet'], RULE_SETS, 'options.ruleSet');
  return ruleSet;
}

/** The rule version that applies to a trigger on `date`, and whether `date` predates every version. */
export interface RuleInForce {
  rule: RuleDefinition;
  predatesEncoding: boolean;
}

/**
 * The version of rule `id` in force on trigger date `date` in `ruleSet` (default the current
 * one); the earliest version, flagged, when `date` is before every version.
 */
export function ruleInForce(
  id: RuleId,
  date: IsoDate,
  ruleSet: string = RULES_VERSION,
): RuleInForce {
  const versions = versionsOf(id, ruleSet);
  for (const rule of versions) {
    if (rule.effectiveFrom <= date) {
      return { rule, predatesEncoding: false };
    }
  }
  return { rule: versions[versions.length - 1] as RuleDefinition, predatesEncoding: true };
}

/**
 * The version of rule `id` in force on `date` in `ruleSet`, or undefined when none is: before the
 * first version's effective date, or when the rule set does not hold the rule. For rules that an
 * Act created (rules-spec §1.12), where nothing applies before the Act.
 */
export function ruleEnactedBy(
  id: RuleId,
  date: IsoDate,
  ruleSet: string = RULES_VERSION,
): RuleDefinition | undefined {
  const versions = versionsIn(ruleSet).get(id) ?? [];
  return versions.find((rule) => rule.effectiveFrom <= date);
}

/**
 * The rules of a result without a trigger date of its own: each id's version in force on `on`
 * when the caller gives the day, else its latest version in `ruleSet`.
 */
export function ruleOn(
  on: IsoDate | undefined,
  ruleSet: string = RULES_VERSION,
): (id: RuleId) => RuleDefinition {
  return (id) => (on === undefined ? getRule(id, ruleSet) : ruleInForce(id, on, ruleSet).rule);
}

const byVersionId = new Map(RULES.map((rule) => [rule.versionId, rule]));

/** The rule version named `versionId` ('R26a@2024-07-01'), as results carry it in `ruleVersion`. */
export function ruleVersionById(versionId: string): RuleDefinition | undefined {
  return byVersionId.get(versionId);
}

/** Whether rule set `ruleSet` (default the current one) holds any version of rule `id`. */
export function hasRule(id: RuleId, ruleSet: string = RULES_VERSION): boolean {
  return (versionsIn(ruleSet).get(id)?.length ?? 0) > 0;
}

/** The latest version of rule `id` (in `ruleSet`, default the current one). */
export function getRule(id: RuleId, ruleSet: string = RULES_VERSION): RuleDefinition {
  return versionsOf(id, ruleSet)[0] as RuleDefinition;
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

/** One version of one rule, for a rules reference page or a law-change impact report. */
export interface RuleVersionSummary {
  ruleId: RuleId;
  ref: RuleRef;
  title: string;
  /** 'R10@2025-07-01': what results name as their `ruleVersion`. */
  versionId: string;
  /** The release of the rule texts that brought this version (a RULE_SETS label). */
  version: string;
  effectiveFrom: IsoDate;
  /** The last trigger date this version applies to (the day before the next one); absent if current. */
  effectiveUntil?: IsoDate;
  /** One line: what changed from the version before. */
  changes: string;
  enactedBy?: string;
  citations: readonly Citation[];
}

/** Every version of every rule in `ruleSet` (default the current one), in rules-spec order. */
export function ruleVersions(ruleSet: string = RULES_VERSION): RuleVersionSummary[] {
  const byId = versionsIn(ruleSet);
  const out: RuleVersionSummary[] = [];
  for (const rule of RULES) {
    const versions = byId.get(rule.id);
    if (versions === undefined || !versions.includes(rule)) {
      continue;
    }
    // Versions are latest first: the one before this in the list is the next version in time.
    const next = versions[versions.indexOf(rule) - 1];
    out.push({
      ruleId: rule.id,
      ref: rule.ref,
      title: rule.title,
      versionId: rule.versionId,
      version: rule.version,
      effectiveFrom: rule.effectiveFrom,
      ...(next === undefined ? {} : { effectiveUntil: addDays(next.effectiveFrom, -1) }),
      changes: rule.changes,
      ...(rule.enactedBy === undefined ? {} : { enactedBy: rule.enactedBy }),
      citations: rule.citations,
    });
  }
  return out;
}

/**
 * The rule versions rule set `to` has and rule set `from` has not: what moving a deployment from
 * one to the other changes, for a law-change impact job. Cases whose triggers fall on or after a
 * listed version's `effectiveFrom` may compute differently under `to`.
 */
export function ruleSetChanges(from: string, to: string = RULES_VERSION): RuleVersionSummary[] {
  const before = new Set(ruleVersions(from).map((v) => v.versionId));
  return ruleVersions(to).filter((v) => !before.has(v.versionId));
}
