import type { IsoDate } from '../calendar';
import type { Citation } from '../model/citation';
import type { OrderKind } from '../model/order-kind';
import type { RuleId, RuleRef } from './rule-ids';

/** One version of one rule: what API, worker and web show for a rule id (rules-spec §4, §1.12). */
export interface RuleDefinition {
  id: RuleId;
  ref: RuleRef;
  title: string;
  /** The release of the rule texts (a RULE_SETS label) that brought this version, e.g. '2026.1'. */
  version: string;
  /** This version's name in results (`ruleVersion`): rule number and effective date, 'R10@2025-07-01'. */
  versionId: string;
  /** First civil date (trigger date) this version applies to. */
  effectiveFrom: IsoDate;
  /** One line: what this version changed from the one before it. */
  changes: string;
  /** The Act that made this version law, when it is an amendment (rules-spec §1.12). */
  enactedBy?: string;
  appliesTo: readonly OrderKind[];
  /** Primary citation first, as in the source. */
  citations: readonly Citation[];
  /** Ambiguity readings (rules-spec §3) the rule's computations can depend on. */
  assumptions: readonly string[];
  /** Explanation templates by variant; `{name}` placeholders are filled by the computation. */
  templates: Readonly<Record<string, string>>;
}

/** A rule version as written in the registry files; the registry adds `versionId` and `changes`. */
export type RuleText = Omit<RuleDefinition, 'versionId' | 'changes'> & { changes?: string };

/** Release label of the rule texts encoded from the guide (rules-spec §1.1–§1.11). */
export const GUIDE_RULES_VERSION = '2026.1';

/** Release label of the current rule texts: the guide's rules and the law changes of rules-spec §1.12. */
export const RULES_VERSION = '2026.2';

/** Every release of the rule texts, oldest first: the rule sets a computation can be run under. */
export const RULE_SETS: readonly string[] = Object.freeze([GUIDE_RULES_VERSION, RULES_VERSION]);

// Not an enactment date: the guide gives none. It is the first year for which the encoded
// § 2.2-3300 holiday list is asserted (calendar: HOLIDAY_RULES_IN_FORCE_FROM_YEAR). Earlier triggers
// are still computed but carry A-01 and an attorney-review notice.
/** Effective-from date of the first version of every rule encoded from the guide. */
export const RULES_EFFECTIVE_FROM: IsoDate = '2021-01-01';

/** All kinds of protective order under Virginia law (not OOS). */
export const VIRGINIA_KINDS: readonly OrderKind[] = [
  'FA_EPO',
  'FA_PPO',
  'FA_PO',
  'AOV_EPO',
  'AOV_PPO',
  'AOV_PO',
  'ESRO',
  'FSRO',
];

/** Every order kind. */
export const ALL_KINDS: readonly OrderKind[] = [...VIRGINIA_KINDS, 'OOS'];
