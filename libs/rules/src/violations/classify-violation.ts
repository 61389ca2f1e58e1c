import { formatDayLong } from '../calendar';
import type { Citation } from '../model/citation';
import { orderFamily } from '../model/order-kind';
import type {
  ClassificationReason,
  PotentialClass,
  ViolationAct,
  ViolationClassification,
  ViolationFacts,
} from '../model/violation';
import { CITATIONS as C } from '../registry/citations';
import type { RuleId } from '../registry/rule-ids';
import type { ComputeOptions } from '../model/options';
import type { RuleDefinition } from '../registry/rule-definition';
import {
  getRule,
  hasRule,
  primaryCitation,
  renderExplanation,
  ruleEnactedBy,
  ruleInForce,
  ruleSetOf,
} from '../registry/registry';
import { validateViolationFacts } from '../validation/violation-facts';
import { thirdOffenseFromFirstConviction, thirdOffenseInWindow } from './third-offense';

// R18 (A): the four provisions whose violation is a Class 1 misdemeanor for family-abuse orders.
const FA_MISDEMEANOR_ACTS: Partial<Record<ViolationAct, string>> = {
  entered_premises: 'going or remaining upon land, buildings or premises',
  family_abuse: 'family abuse',
  criminal_offense: 'committing a criminal offense',
  contact: 'contact with the petitioner or family or household members',
};

// R18 items 1–5 / R19 (B), (C).
const FELONY_ACTS: Partial<Record<ViolationAct, string>> = {
  furtive_entry_present: "furtively entered the petitioner's home while the petitioner was there",
  furtive_entry_remained:
    "furtively entered the petitioner's home while the petitioner was away and remained until the petitioner arrived",
  assault_battery_bodily_injury: 'assault and battery on the petitioner resulting in bodily injury',
  stalking: 'stalked the petitioner',
  knowingly_armed:
    'violated a provision while knowingly armed with a firearm or other deadly weapon',
};

const ACT_LABELS: Readonly<Record<ViolationAct, string>> = {
  entered_premises: 'going or remaining on premises',
  family_abuse: 'family abuse',
  criminal_offense: 'criminal offense',
  contact: 'contact',
  furtive_entry_present: 'furtive entry',
  furtive_entry_remained: 'furtive entry',
  assault_battery_bodily_injury: 'assault and battery',
  stalking: 'stalking',
  knowingly_armed: 'armed violation',
  other_provision: 'another provision',
  failed_to_report_address_change: 'another provision',
};

// R26a: the acts punishable only as contempt of court, never as a criminal violation of the order.
const ADDRESS_CHANGE: ViolationAct = 'failed_to_report_address_change';

// Every reason names the rule version in force on the day of the violation (rules-spec §1.12).
function reason(
  rule: RuleDefinition,
  variant: string,
  values: Record<string, string>,
  citation: Citation,
): ClassificationReason {
  return {
    ruleId: rule.id,
    ruleVersion: rule.versionId,
    text: renderExplanation(rule, variant, values),
    citation,
  };
}

// R09a: on a violation of a Virginia order, the reminder that law enforcement must inform the
// military law-enforcement office that entered the respondent's Military Protective Order in NCIC.
function militaryOrderReminder(
  facts: ViolationFacts,
  ruleSet: string,
): ClassificationReason | undefined {
  const mpo = facts.militaryProtectiveOrder;
  const rule = ruleEnactedBy('VA.FA.PPO.MILITARY_ORDER_BASIS', facts.occurredOn, ruleSet);
  if (mpo === undefined || mpo.enteredInNcic === false || rule === undefined) {
    return undefined;
  }
  const variant = mpo.enteredInNcic === true ? 'ncicReminder' : 'ncicUnknown';
  return reason(rule, variant, { on: formatDayLong(facts.occurredOn) }, primaryCitation(rule));
}

function unclassified(facts: ViolationFacts, ruleSet: string): ViolationClassification {
  const r = reason(
    ruleInForce('VA.FA.VIOLATION.CLASSIFICATION', facts.occurredOn, ruleSet).rule,
    'noRule',
    { kind: facts.orderKind },
    C.GUIDE_VIOLATION,
  );
  return {
    ...(facts.violationId === undefined ? {} : { violationId: facts.violationId }),
    potentialClass: 'none_identified',
    reasons: [],
    considered: [r],
    contempt: 'available',
    contemptReason: r,
    prosecutionVenues: [],
    tasks: policeReportTask(facts, ruleSet),
    assumptions: [],
    needsAttorneyReview: true,
  };
}

// R21: whatever the order, police must write a report of a violation reported to them.
function policeReportTask(facts: ViolationFacts, ruleSet: string): ClassificationReason[] {
  if (facts.reportedToPolice !== true) return [];
  const rule = ruleInForce('VA.VIOLATION.POLICE_REPORT', facts.occurredOn, ruleSet).rule;
  return [reason(rule, 'task', { on: formatDayLong(facts.occurredOn) }, C.POLICE_REPORT)];
}

function getRuleIn(id: RuleId, ruleSet: string): RuleDefinition | undefined {
  return hasRule(id, ruleSet) ? getRule(id, ruleSet) : undefined;
}

/**
 * R18–R21: the highest potential classification of a violation with every reason that triggered it,
 * the AOV contempt bar, prosecution venues and the police-report task. Charging is for the prosecutor.
 * A missed change-of-address notice is contempt of court only (R26a, `contemptOfCourt`); a
 * respondent with a Military Protective Order adds the NCIC reminder to `tasks` (R09a).
 */
export function classifyViolation(
  input: ViolationFacts,
  options?: ComputeOptions,
): ViolationClassification {
  const ruleSet = ruleSetOf(options);
  const facts = validateViolationFacts(input, 'violation');
  const family = orderFamily(facts.orderKind);
  if (family !== 'family_abuse' && family !== 'act_of_violence') {
    return unclassified(facts, ruleSet);
  }
  // R26a: a missed change-of-address notice is contempt only. A rule set without R26a reads the
  // act as another provision of the order; before R26a took effect there was no such duty.
  const addressRule = facts.acts.includes(ADDRESS_CHANGE)
    ? ruleEnactedBy('VA.PO.RESPONDENT_ADDRESS_CHANGE', facts.occurredOn, ruleSet)
    : undefined;
  const knowsAddressRule = getRuleIn('VA.PO.RESPONDENT_ADDRESS_CHANGE', ruleSet) !== undefined;
  const contemptOnly = (act: ViolationAct): boolean => act === ADDRESS_CHANGE && knowsAddressRule;
  const criminalActs = facts.acts.filter((a) => !contemptOnly(a));
  const addressOnly = criminalActs.length === 0 && facts.acts.length > 0;
  const fa = family === 'family_abuse';
  const ruleId: RuleId = fa ? 'VA.FA.VIOLATION.CLASSIFICATION' : 'VA.AOV.VIOLATION.CLASSIFICATION';
  const rule = ruleInForce(ruleId, facts.occurredOn, ruleSet).rule;
  const citeA = fa ? C.FA_VIOLATION_A : C.AOV_VIOLATION_A;
  const citeBC = fa ? C.FA_VIOLATION_BC : C.AOV_VIOLATION_BC;
  const misdemeanors: ClassificationReason[] = [];
  const felonies: ClassificationReason[] = [];
  const considered: ClassificationReason[] = [];
  for (const act of [...new Set(criminalActs)]) {
    const felonyText = FELONY_ACTS[act];
    if (felonyText !== undefined) {
      felonies.push(reason(rule, 'felony', { act: felonyText }, citeBC));
    }
    if (fa) {
      const provision = FA_MISDEMEANOR_ACTS[act];
      if (provision !== undefined) {
        misdemeanors.push(reason(rule, 'misdemeanor', { act: provision }, citeA));
      } else if (act === 'other_provision' || act === ADDRESS_CHANGE) {
        considered.push(reason(rule, 'otherProvision', {}, citeA));
      }
    } else {
      misdemeanors.push(reason(rule, 'misdemeanor', { act: ACT_LABELS[act] }, citeA));
    }
  }
  const assumptions = ['A-19'];
  const primary = thirdOffenseFromFirstConviction(
    facts.occurredOn,
    facts.basedOnActOrThreatOfViolence,
    facts.priorConvictions,
  );
  const window = thirdOffenseInWindow(
    facts.occurredOn,
    facts.basedOnActOrThreatOfViolence,
    facts.priorConvictions,
  );
  const first = primary.anchor === undefined ? '' : formatDayLong(primary.anchor);
  const thirdReason = reason(
    rule,
    primary.felony ? 'thirdOffense' : 'notThirdOffense',
    { first },
    citeA,
  );
  // A contempt-only act is no offence of violating the order: no third offense (R26a).
  const thirdOffenseCounts = facts.priorConvictions.length >= 2 && !addressOnly;
  if (thirdOffenseCounts) {
    assumptions.push('A-18');
    (primary.felony ? felonies : considered).push(thirdReason);
  }
  const classOf = (felony: boolean): PotentialClass =>
    felony ? 'class_6_felony' : misdemeanors.length > 0 ? 'class_1_misdemeanor' : 'none_identified';
  const potentialClass = classOf(felonies.length > 0);
  const result: ViolationClassification = {
    ...(facts.violationId === undefined ? {} : { violationId: facts.violationId }),
    potentialClass,
    reasons: [...felonies, ...misdemeanors],
    considered,
    contempt: 'available',
    contemptReason: reason(rule, 'contempt', {}, fa ? C.GUIDE_VIOLATION : citeA),
    prosecutionVenues: [],
    tasks: [],
    assumptions,
    needsAttorneyReview: false,
  };
  // R20: where a violation of the order may be prosecuted; a contempt-only act is no such offence.
  if (!addressOnly) {
    result.prosecutionVenues = [
      'issuing_locality',
      'violation_locality',
      'petitioner_residence_at_violation',
    ];
    result.prosecutionVenueCitation = fa ? C.FA_PROSECUTION_VENUE : C.AOV_PROSECUTION_VENUE;
  }
  // when the sliding-window reading disagrees, return both and flag.
  const altClass = classOf(felonies.length - (primary.felony ? 1 : 0) > 0 || window.felony);
  if (thirdOffenseCounts && window.felony !== primary.felony) {
    const text = `Sliding-window reading (A-18): ${window.text}, so ${window.felony ? 'a' : 'not a'} third offense within 20 years.`;
    result.alternativeReading = {
      potentialClass: altClass,
      reasons: [{ ruleId, ruleVersion: rule.versionId, text, citation: citeA }],
    };
    result.needsAttorneyReview = true;
  }
  // R19: a criminal prosecution bars contempt for the same act (not applied to FA orders, A-19);
  // a missed change-of-address notice cannot be prosecuted as a violation, so it is never barred.
  if (!fa && facts.criminalProsecution === true && !addressOnly) {
    result.contempt = 'barred_by_prosecution';
    result.contemptReason = reason(rule, 'contemptBarred', {}, citeA);
  }
  if (facts.acts.includes(ADDRESS_CHANGE) && knowsAddressRule) {
    if (addressRule === undefined) {
      const latest = getRuleIn('VA.PO.RESPONDENT_ADDRESS_CHANGE', ruleSet) as RuleDefinition;
      considered.push({
        ruleId: latest.id,
        ruleVersion: latest.versionId,
        text: renderExplanation(latest, 'beforeInForce', { on: formatDayLong(facts.occurredOn) }),
        citation: primaryCitation(latest),
      });
      result.needsAttorneyReview = true;
    } else {
      const contempt = reason(addressRule, 'contempt', {}, primaryCitation(addressRule));
      result.contemptOfCourt = contempt;
      if (addressOnly) {
        result.contemptReason = contempt;
      }
    }
  }
  const mpoReminder = militaryOrderReminder(facts, ruleSet);
  if (mpoReminder !== undefined) {
    result.tasks.push(mpoReminder);
  }
  result.tasks.push(...policeReportTask(facts, ruleSet));
  return result;
}
