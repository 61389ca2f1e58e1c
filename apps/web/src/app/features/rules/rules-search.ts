import type { OrderKind } from '@haven/contracts';
import { ASSUMPTIONS, RULES, type Assumption, type RuleDefinition } from '@haven/rules';

import { orderKindLabel } from '../../shared/labels/case-labels';

/** One rule version as the reference page shows it. */
export interface RuleEntry {
  rule: RuleDefinition;
  appliesTo: string[];
  assumptions: Assumption[];
  /** Explanation templates with their `{placeholders}` written as readable blanks. */
  explanations: { variant: string; text: string }[];
  /** Everything a search may match, lower-cased. */
  haystack: string;
}

const ASSUMPTION_BY_ID = new Map(ASSUMPTIONS.map((a) => [a.id, a]));

/** 'servedAt' → '[served at]': a template's blank, as a person reads it. */
export function readableTemplate(text: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `[${words}]`;
  });
}

/** 'notForKind' → 'Not for kind'. */
export function variantLabel(variant: string): string {
  const words = variant.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function toEntry(rule: RuleDefinition): RuleEntry {
  const appliesTo = rule.appliesTo.map((kind) => orderKindLabel(kind as OrderKind));
  const assumptions = rule.assumptions.flatMap((id) => {
    const found = ASSUMPTION_BY_ID.get(id);
    return found ? [found] : [{ id, title: '', reading: '' }];
  });
  const explanations = Object.entries(rule.templates).map(([variant, text]) => ({
    variant: variantLabel(variant),
    text: readableTemplate(text),
  }));
  const haystack = [
    rule.id,
    rule.ref,
    rule.title,
    rule.version,
    ...rule.appliesTo,
    ...appliesTo,
    ...rule.citations.flatMap((c) => [c.text, c.note ?? '']),
    ...assumptions.flatMap((a) => [a.id, a.title, a.reading]),
    ...explanations.map((e) => e.text),
  ]
    .join(' \n ')
    .toLowerCase();
  return { rule, appliesTo, assumptions, explanations, haystack };
}

/** Every rule version the library applies, in rules-spec order. */
export const RULE_ENTRIES: readonly RuleEntry[] = RULES.map(toEntry);

/** The entries matching every word of `query` (any field, any case); all of them for a blank query. */
export function searchRules(entries: readonly RuleEntry[], query: string): RuleEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => words.every((word) => entry.haystack.includes(word)));
}
