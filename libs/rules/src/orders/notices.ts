import type { NoticeKind, CaseNotice } from '../model/notice';
import type { RuleDefinition } from '../registry/rule-definition';
import { primaryCitation, renderExplanation } from '../registry/registry';

/**
 * A notice raised by one version of a rule, naming that version (`ruleVersion`): the version in
 * force on the day of the fact that raised it (rules-spec §1.12), which the caller picks.
 */
export function notice(
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
