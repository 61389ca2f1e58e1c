import { formatDayLong } from '../calendar';
import { RulesInputError } from '../errors';
import type { Citation } from '../model/citation';
import type { CourtKind, OrderKind } from '../model/order-kind';
import { CITATIONS as C } from '../registry/citations';
import type { RuleId } from '../registry/rule-ids';
import type { ComputeOptions } from '../model/options';
import {
  getRule,
  primaryCitation,
  renderExplanation,
  ruleInForce,
  ruleSetOf,
} from '../registry/registry';
import {
  optionalBoolean,
  optionalDate,
  requireBoolean,
  requireDate,
  requireObject,
  requireOneOf,
} from '../validation/fields';
import {
  RELATIONSHIPS,
  type EligibilityInput,
  type EligibilityResult,
  type EligibleOrder,
} from './eligibility-types';
import { familyOrHouseholdMember, type MembershipFacts } from './family-or-household';

function validate(input: unknown): MembershipFacts & { minor: boolean; againstParent: boolean } {
  const obj = requireObject(input, 'input');
  const relationship = requireOneOf(obj['relationship'], RELATIONSHIPS, 'relationship');
  const lastActOfAbuseOn = requireDate(obj['lastActOfAbuseOn'], 'lastActOfAbuseOn');
  const cohabitationEndedOn = optionalDate(obj['cohabitationEndedOn'], 'cohabitationEndedOn');
  const petitionFiledOn = optionalDate(obj['petitionFiledOn'], 'petitionFiledOn');
  if (relationship === 'former_cohabitant' && cohabitationEndedOn === undefined) {
    // R15: a former cohabitant is a family or household member only within 12 months of it.
    throw new RulesInputError(
      'INVALID_INPUT',
      'cohabitationEndedOn',
      'A former cohabitant needs the date cohabitation ended (A-17).',
      primaryCitation(getRule('VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER')).text,
    );
  }
  if (petitionFiledOn !== undefined && petitionFiledOn < lastActOfAbuseOn) {
    throw new RulesInputError(
      'INVALID_INPUT',
      'petitionFiledOn',
      'The petition cannot be filed before the act it describes.',
    );
  }
  return {
    relationship,
    livesWithRespondent: requireBoolean(obj['livesWithRespondent'], 'livesWithRespondent'),
    lastActOfAbuseOn,
    ...(cohabitationEndedOn === undefined ? {} : { cohabitationEndedOn }),
    ...(petitionFiledOn === undefined ? {} : { petitionFiledOn }),
    minor: optionalBoolean(obj['petitionerIsMinor'], 'petitionerIsMinor') === true,
    againstParent:
      optionalBoolean(obj['respondentIsParentOrGuardian'], 'respondentIsParentOrGuardian') === true,
  };
}

function order(
  kind: OrderKind,
  court: CourtKind,
  reason: string,
  citation: Citation,
  alternative = false,
): EligibleOrder {
  return { kind, court, reason, citation, alternative };
}

type Reason = EligibilityResult['reasons'][number];

/** Reasons under the rule versions in force on `on` (rules-spec §1.12: every result names its version). */
function reasonsOn(on: string, ruleSet: string) {
  return (
    ruleId: RuleId,
    variant: string,
    values: Record<string, string> = {},
    citation?: Citation,
  ): Reason => {
    const rule = ruleInForce(ruleId, on, ruleSet).rule;
    return {
      ruleId,
      ruleVersion: rule.versionId,
      text: renderExplanation(rule, variant, values),
      citation: citation ?? primaryCitation(rule),
    };
  };
}

// R16: family abuse in the JDR court (circuit court as the A-23 alternative); EPO through a magistrate;
// act-of-violence orders in JDR for a family or household member, otherwise General District Court.
function orders(member: boolean): EligibleOrder[] {
  const aovCourt: CourtKind = member ? 'JDR' : 'GDC';
  const aovCite = member ? C.JDR_PUBLICATION : C.GDC_PUBLICATION;
  const aovReason = member
    ? 'act-of-violence order against a family or household member: Juvenile and Domestic Relations District Court'
    : 'act-of-violence order against someone who is not a family or household member: General District Court';
  const aov = [
    order(
      'AOV_EPO',
      'MAGISTRATE',
      'emergency order from a judge or magistrate, usually orally, no written petition',
      C.AOV_EPO_GROUNDS,
    ),
    order('AOV_PPO', aovCourt, aovReason, aovCite),
    order('AOV_PO', aovCourt, aovReason, aovCite),
  ];
  if (!member) {
    return aov;
  }
  return [
    order(
      'FA_EPO',
      'MAGISTRATE',
      'magistrate at the Court Service Unit of a juvenile and domestic relations court (or General District or Circuit Court), or through law enforcement',
      C.FA_EPO,
    ),
    order(
      'FA_PPO',
      'JDR',
      'written petition at the juvenile and domestic relations court intake office',
      C.FA_PPO,
    ),
    order('FA_PPO', 'CIRCUIT', 'the guide also names circuit court (Step 1)', C.GUIDE_STEP_1, true),
    order(
      'FA_PO',
      'JDR',
      'final order after a full hearing in the juvenile and domestic relations court',
      C.FA_PO,
    ),
    order('FA_PO', 'CIRCUIT', 'the guide also names circuit court (Step 1)', C.GUIDE_STEP_1, true),
    ...aov,
  ];
}

/**
 * R14–R16: whether the respondent is a family or household member (each R15 test, the 12-month
 * cohabitation window with its borderline flag, A-17), which orders are available and in which court.
 */
export function eligibility(input: EligibilityInput, options?: ComputeOptions): EligibilityResult {
  const f = validate(input);
  // The law of the petition's day, or of the act's when no petition is filed yet.
  const reason = reasonsOn(f.petitionFiledOn ?? f.lastActOfAbuseOn, ruleSetOf(options));
  const test = familyOrHouseholdMember(f);
  const reasons = [
    reason('VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER', test.member ? 'member' : 'notMember', {
      relationship: test.label,
      condition: test.condition,
    }),
  ];
  if (test.borderline && test.window !== undefined) {
    reasons.push(
      reason('VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER', 'borderline', {
        ended: formatDayLong(test.window.ended),
        act: formatDayLong(test.window.act),
        filed: test.window.filed === undefined ? '' : formatDayLong(test.window.filed),
      }),
    );
  }
  reasons.push(
    test.member
      ? reason('VA.FA.DEFINITION', 'summary')
      : reason('VA.AOV.DEFINITION_AND_ELIGIBILITY', 'summary'),
  );
  const nextFriendAvailable = test.member && f.minor && f.againstParent;
  if (nextFriendAvailable) {
    reasons.push(
      reason('VA.FA.ELIGIBILITY.FAMILY_OR_HOUSEHOLD_MEMBER', 'nextFriend', {}, C.FA_NEXT_FRIEND),
    );
  }
  const available = orders(test.member);
  for (const o of available) {
    reasons.push(
      reason(
        'VA.COURT.SELECTION',
        'court',
        { order: o.kind, court: o.court, reason: o.reason },
        o.citation,
      ),
    );
  }
  const assumptions = [...new Set([...test.assumptions, ...(test.member ? ['A-23'] : [])])].sort();
  return {
    familyOrHouseholdMember: test.member,
    borderline: test.borderline,
    orders: available,
    nextFriendAvailable,
    reasons,
    assumptions,
    needsAttorneyReview: test.borderline,
  };
}
