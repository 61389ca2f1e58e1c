import type { NoticeKind, CaseNotice } from '../model/notice';
import type { RuleId } from '../registry/rule-ids';
import type { RuleDefinition } from '../registry/rule-definition';
import { getRule, primaryCitation, renderExplanation } from '../registry/registry';

/** A notice raised by rule `ruleId`, its text rendered from the rule's template `variant`. */
export function notice(
  ruleId: RuleId,
  kind: NoticeKind,
  variant: string,
  values: Readonly<Record<string, string>>,
  refs: { orderId?: string; hearingId?: string; violationId?: string; assumptions?: string[] } = {},
): CaseNotice {
  const rule = getRule(ruleId);
  const result: CaseNotice = {
    ruleId,
    kind,
    text: renderExplanation(rule, variant, values),
    citation: primaryCitation(rule),
    assumptions: refs.assumptions ?? [],
  };
  if (refs.orderId !== undefined) {
    result.orderId = refs.orderId;
  }
  if (refs.hearingId !== undefined) {
    result.hearingId = refs.hearingId;
  }
  if (refs.violationId !== undefined) {
    result.violationId = refs.violationId;
  }
  return result;
}

/** A notice raised by one version of a rule, naming that version (`ruleVersion`). */
export function versionNotice(
  rule: RuleDefinition,
  kind: NoticeKind,
  variant: string,
  values: Readonly<Record<string, string>>,
  refs: { orderId?: string; hearingId?: string; violationId?: string; assumptions?: string[] } = {},
): CaseNotice {
  const result: CaseNotice = {
    ruleId: rule.id,
    ruleVersion: rule.versionId,
    kind,
    text: renderExplanation(rule, variant, values),
    citation: primaryCitation(rule),
    assumptions: refs.assumptions ?? [],
  };
  if (refs.orderId !== undefined) {
    result.orderId = refs.orderId;
  }
  if (refs.hearingId !== undefined) {
    result.hearingId = refs.hearingId;
  }
  if (refs.violationId !== undefined) {
    result.violationId = refs.violationId;
  }
  return result;
}
