import { compareLocalDateTimes } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { RuleId } from '../registry/rule-ids';
import { getRule, primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import { CITATIONS } from '../registry/citations';
import { startInstant, statedInstant } from '../orders/stated-expiry';
import type { ExtensionMotionResult } from './case-result';
import type { OrderTimeline } from './order-timeline';

const FILE_BY_RULES: Readonly<Record<string, RuleId>> = {
  FA_PO: 'VA.FA.PO.EXTENSION_FILE_BY',
  AOV_PO: 'VA.AOV.PO',
  FSRO: 'VA.SRO.EXTENSION',
};

/**
 * Each motion to extend, judged against its order's expiry: timely only if filed before the order
 * expires (R11, R25, R33; filing on the expiry day counts, A-11). OOS orders: only the issuing state
 * can extend them (R38). Each result names the rule version in force on the day it was filed.
 */
export function extensionMotions(t: OrderTimeline, ruleSet?: string): ExtensionMotionResult[] {
  const { record, computation } = t;
  return record.motions.map((motion) => {
    const base = {
      orderId: record.facts.orderId,
      ...(motion.motionId === undefined ? {} : { motionId: motion.motionId }),
      filedAt: motion.filedAt,
    };
    const filedOn = motion.filedAt.date;
    if (record.facts.kind === 'OOS') {
      const { rule } = ruleInForce('US.FFC.MODIFY_ONLY_IN_ISSUING_STATE', filedOn, ruleSet);
      return {
        ...base,
        status: 'not_available_in_virginia',
        ruleId: rule.id,
        ruleVersion: rule.versionId,
        citation: primaryCitation(rule),
        explanation: renderExplanation(rule, 'extendInIssuingState', {
          state: record.input.issuingState ?? 'the issuing state',
        }),
      };
    }
    const ruleId = FILE_BY_RULES[record.facts.kind];
    const expiry = computation.expiry;
    if (ruleId === undefined || expiry === null) {
      const rule = getRule('VA.SERVICE.EFFECTIVE_ON_SERVICE', ruleSet);
      return {
        ...base,
        status: 'not_applicable',
        ruleId: computation.deadlines[0]?.ruleId ?? rule.id,
        ruleVersion: computation.deadlines[0]?.ruleVersion ?? rule.versionId,
        citation: computation.deadlines[0]?.citation ?? primaryCitation(rule),
        explanation: `No motion to extend applies to a ${record.facts.kind} order; its own extension rules apply.`,
      };
    }
    const { rule } = ruleInForce(ruleId, filedOn, ruleSet);
    const expiresAt = statedInstant(expiry.due);
    const timely = compareLocalDateTimes(startInstant(motion.filedAt), expiresAt) <= 0;
    const fileBy = computation.deadlines.find((d) => d.kind === 'file_by')?.due.date;
    return {
      ...base,
      status: timely ? 'timely' : 'untimely',
      ruleId,
      ruleVersion: rule.versionId,
      citation: record.facts.kind === 'AOV_PO' ? CITATIONS.AOV_PO_EXTENSION : primaryCitation(rule),
      explanation: renderExplanation(rule, timely ? 'timely' : 'untimely', {
        filed: whenLong(motion.filedAt),
        expires: whenLong(expiresAt),
      }),
      expiresAt,
      ...(fileBy === undefined ? {} : { fileBy }),
    };
  });
}
