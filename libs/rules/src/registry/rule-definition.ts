import type { IsoDate } from '../calendar';
import type { Citation } from '../model/citation';
import type { OrderKind } from '../model/order-kind';
import type { RuleId, RuleRef } from './rule-ids';

/** One version of one rule: what API, worker and web show for a rule id (rules-spec §4). */
export interface RuleDefinition {
  id: RuleId;
  ref: RuleRef;
  title: string;
  /** Version of this text; a future amendment is a new entry with a later `effectiveFrom`. */
  version: string;
  /** First civil date (trigger date) this version applies to. */
  effectiveFrom: IsoDate;
  appliesTo: readonly OrderKind[];
  /** Primary citation first, as in the source. */
  citations: readonly Citation[];
  /** Ambiguity readings (rules-spec §3) the rule's computations can depend on. */
  assumptions: readonly string[];
  /** Explanation templates by variant; `{name}` placeholders are filled by the computation. */
  templates: Readonly<Record<string, string>>;
}

/** Version label of the rule texts encoded from the guide and rules-spec. */
export const RULES_VERSION = '2026.1';

// Not an enactment date: the guide gives none. It is the first year for which the encoded
// § 2.2-3300 holiday list is asserted (calendar: HOLIDAY_RULES_IN_FORCE_FROM_YEAR). Earlier triggers
// are still computed but carry A-01 and an attorney-review notice.
/** Effective-from date of every rule version in RULES_VERSION. */
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
