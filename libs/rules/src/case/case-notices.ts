import { whenLong } from '../explain/phrases';
import type { DeadlineResult } from '../model/deadline';
import type { CaseNotice } from '../model/notice';
import type { ViolationClassification } from '../model/violation';
import type { IsoDate } from '../calendar';
import { notice } from '../orders/notices';
import { ruleInForce } from '../registry/registry';
import type { CaseModel } from './case-model';

/**
 * R12: extension on motion needs the petitioner to have been family or household at the first
 * order; once for the first order, whose extensions inherit the fact and need no notice of their own.
 */
export function familyMembershipNotices(model: CaseModel, ruleSet: string): CaseNotice[] {
  return model.orders
    .filter(
      (o) =>
        o.facts.kind === 'FA_PO' &&
        o.facts.petitionerWasFamilyOrHouseholdAtInitialOrder === false &&
        o.facts.extensionOf !== 'motion_to_extend',
    )
    .map((o) =>
      notice(
        ruleInForce('VA.FA.PO.EXTENSION', o.facts.issuedAt.date, ruleSet).rule,
        'attorney_review',
        'notFamily',
        {},
        { orderId: o.facts.orderId },
      ),
    );
}

/** a stated date past the maximum is accepted only with a supervisor override, then reviewed. */
export function overrideNotices(
  deadlines: readonly DeadlineResult[],
  model: CaseModel,
): CaseNotice[] {
  const out: CaseNotice[] = [];
  for (const d of deadlines) {
    const check = d.statedValueCheck;
    if (check === undefined || check.status !== 'exceeds_maximum' || d.kind === 'hearing_by') {
      continue;
    }
    const record = d.orderId === undefined ? undefined : model.ordersById.get(d.orderId);
    const reason = record?.facts.statedExpiryOverride?.reason ?? 'supervisor override recorded';
    out.push({
      ruleId: d.ruleId,
      ruleVersion: d.ruleVersion,
      kind: 'attorney_review',
      text: `Stated expiry ${whenLong(check.stated)} is after the maximum ${whenLong(check.maximum)}; accepted on a supervisor override (${reason}).`,
      citation: d.citation,
      assumptions: ['A-10'],
      ...(d.orderId === undefined ? {} : { orderId: d.orderId }),
    });
  }
  return out;
}

/** R21 tasks and A-18 reviews from classified violations. */
export function violationNotices(violations: readonly ViolationClassification[]): CaseNotice[] {
  const out: CaseNotice[] = [];
  for (const v of violations) {
    const refs = v.violationId === undefined ? {} : { violationId: v.violationId };
    for (const task of v.tasks) {
      out.push({
        ruleId: task.ruleId,
        ruleVersion: task.ruleVersion,
        kind: 'task',
        text: task.text,
        citation: task.citation,
        assumptions: [],
        ...refs,
      });
    }
    const alt = v.alternativeReading?.reasons[0];
    if (alt !== undefined) {
      out.push({
        ruleId: alt.ruleId,
        ruleVersion: alt.ruleVersion,
        kind: 'attorney_review',
        text: alt.text,
        citation: alt.citation,
        assumptions: ['A-18'],
        ...refs,
      });
    }
  }
  return out;
}

/** R35: firearms advisory (never a legal conclusion about a respondent), as the law stands on `on`. */
export function firearmsNotice(on: IsoDate, ruleSet: string): CaseNotice {
  return notice(ruleInForce('VA.FIREARMS.ADVISORY', on, ruleSet).rule, 'warning', 'warning', {});
}
