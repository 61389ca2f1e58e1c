import { formatDayLong } from '../calendar';
import { RulesInputError } from '../errors';
import type {
  MilitaryCommand,
  MilitaryOrderBasisInput,
  MilitaryOrderBasisResult,
} from '../model/military-order';
import type { ComputeOptions } from '../model/options';
import { ORDER_KINDS, type OrderKind } from '../model/order-kind';
import {
  getRule,
  hasRule,
  primaryCitation,
  renderExplanation,
  ruleEnactedBy,
  ruleSetOf,
} from '../registry/registry';
import { validateMilitaryOrder } from '../validation/military-order';
import { optionalText, requireDate, requireObject, requireOneOf } from '../validation/fields';

const RULE_ID = 'VA.FA.PPO.MILITARY_ORDER_BASIS';
const PRELIMINARY: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];

const COMMANDS: Readonly<Record<MilitaryCommand, string>> = {
  us_armed_forces: 'the U.S. Armed Forces',
  virginia_national_guard: 'the Virginia National Guard',
  other_state_national_guard: "another state's National Guard",
};

const KINDS: Readonly<Record<OrderKind, string>> = {
  FA_EPO: 'a family-abuse emergency order',
  FA_PPO: 'a family-abuse preliminary order',
  FA_PO: 'a family-abuse final order',
  AOV_EPO: 'an act-of-violence emergency order',
  AOV_PPO: 'an act-of-violence preliminary order',
  AOV_PO: 'an act-of-violence final order',
  ESRO: 'an emergency substantial risk order',
  FSRO: 'a substantial risk order',
  OOS: 'an out-of-state order',
};

/**
 * R09a (rules-spec §1.12): whether a Military Protective Order is accepted as a basis of a petition,
 * next to the affidavit or sworn testimony: for a preliminary-order petition (family abuse or act of
 * violence) filed on or after 2025-07-01 (2025 Acts ch. 208). Refuses an order dated after the filing.
 */
export function militaryOrderBasis(
  input: MilitaryOrderBasisInput,
  options?: ComputeOptions,
): MilitaryOrderBasisResult {
  const ruleSet = ruleSetOf(options);
  const obj = requireObject(input, 'input');
  const mpo = validateMilitaryOrder(obj['militaryProtectiveOrder'], 'militaryProtectiveOrder');
  const filed = requireDate(obj['petitionFiledOn'], 'petitionFiledOn');
  const sought = requireOneOf(obj['sought'], ORDER_KINDS, 'sought');
  const petitionId = optionalText(obj['petitionId'], 'petitionId');
  const rule = ruleEnactedBy(RULE_ID, filed, ruleSet);
  if (mpo.issuedOn > filed) {
    throw new RulesInputError(
      'INVALID_INPUT',
      'militaryProtectiveOrder.issuedOn',
      'A Military Protective Order recorded as a basis of the petition must be issued on or before the filing date.',
      primaryCitation(rule ?? getRule(RULE_ID)).text,
      rule?.versionId,
    );
  }
  const ids = petitionId === undefined ? {} : { petitionId };
  if (rule === undefined) {
    const latest = getRule(RULE_ID);
    return {
      ...ids,
      accepted: false,
      ruleId: RULE_ID,
      ruleVersion: null,
      citation: primaryCitation(latest),
      // A rule set without R09a (a law-change comparison) knows no such basis at all.
      explanation: hasRule(RULE_ID, ruleSet)
        ? renderExplanation(latest, 'beforeInForce', { filed: formatDayLong(filed) })
        : `Rule set ${ruleSet} has no rule on a Military Protective Order as a basis of a petition.`,
    };
  }
  const accepted = PRELIMINARY.includes(sought);
  return {
    ...ids,
    accepted,
    ruleId: RULE_ID,
    ruleVersion: rule.versionId,
    citation: primaryCitation(rule),
    explanation: accepted
      ? renderExplanation(rule, 'accepted', {
          filed: formatDayLong(filed),
          mpoIssued: formatDayLong(mpo.issuedOn),
          command: COMMANDS[mpo.issuingCommand],
        })
      : renderExplanation(rule, 'notPreliminary', { kind: KINDS[sought] }),
  };
}
