import { calendarCoverage, type CourtCalendarData, type IsoDate, type Rollover } from '../calendar';
import type { Citation } from '../model/citation';
import type {
  Confidence,
  DeadlineKind,
  DeadlineResult,
  PartialDateTime,
  StatedValueCheck,
} from '../model/deadline';
import { primaryCitation, type RuleInForce } from '../registry/registry';

/** What a rule computation decided; makeDeadline adds version, coverage and A-01 where needed. */
export interface DeadlineSpec {
  rule: RuleInForce;
  kind: DeadlineKind;
  orderId?: string;
  hearingId?: string;
  petitionId?: string;
  due: PartialDateTime;
  actBy?: IsoDate;
  base: PartialDateTime;
  rollover: Rollover | null;
  citation?: Citation;
  explanation: string;
  confidence: Confidence;
  assumptions: readonly string[];
  statedValueCheck?: StatedValueCheck;
  /** Dates whose court-day status the result relied on ([] when no calendar was used). */
  calendarDates: IsoDate[];
}

function sortedUnique(ids: readonly string[]): string[] {
  // Callers mostly pass constant, already sorted lists: copy those without a Set and a sort.
  for (let i = 1; i < ids.length; i += 1) {
    if ((ids[i - 1] as string) >= (ids[i] as string)) {
      return [...new Set(ids)].sort();
    }
  }
  return ids.slice();
}

/** Builds a DeadlineResult; a trigger before the rule's effective-from date adds A-01 (rules-spec A-01). */
export function makeDeadline(spec: DeadlineSpec, calendar: CourtCalendarData): DeadlineResult {
  const { rule } = spec;
  const assumptions = rule.predatesEncoding
    ? sortedUnique([...spec.assumptions, 'A-01'])
    : sortedUnique(spec.assumptions);
  const confidence: Confidence =
    rule.predatesEncoding && spec.confidence === 'source_explicit'
      ? 'interpretation'
      : spec.confidence;
  const result: DeadlineResult = {
    ruleId: rule.rule.id,
    ruleVersion: rule.rule.versionId,
    kind: spec.kind,
    due: spec.due,
    base: spec.base,
    rollover: spec.rollover,
    citation: spec.citation ?? primaryCitation(rule.rule),
    explanation: spec.explanation,
    confidence,
    assumptions,
    calendarCoverage: calendarCoverage(spec.calendarDates, calendar),
  };
  if (spec.orderId !== undefined) {
    result.orderId = spec.orderId;
  }
  if (spec.hearingId !== undefined) {
    result.hearingId = spec.hearingId;
  }
  if (spec.petitionId !== undefined) {
    result.petitionId = spec.petitionId;
  }
  if (spec.actBy !== undefined && spec.actBy !== spec.due.date) {
    result.actBy = spec.actBy;
  }
  if (spec.statedValueCheck !== undefined) {
    result.statedValueCheck = spec.statedValueCheck;
  }
  return result;
}

/** The dates a roll looked at: the start, and the court day it ended on. */
export function rollDates(start: IsoDate, rollover: Rollover | null): IsoDate[] {
  return rollover === null ? [start] : [rollover.from, rollover.to];
}

/** The weaker of two confidences (advisory < interpretation < source_explicit). */
export function weakerConfidence(a: Confidence, b: Confidence): Confidence {
  const rank: Record<Confidence, number> = { advisory: 0, interpretation: 1, source_explicit: 2 };
  return rank[a] <= rank[b] ? a : b;
}
