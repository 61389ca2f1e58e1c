import { formatDayLong } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import { renderExplanation, ruleInForce } from '../registry/registry';
import type { RuleContext } from './context';
import { makeDeadline } from './deadline-builder';
import { checkStatedAfterStart } from './stated-expiry';

/**
 * R38: an out-of-state order expires on the date it states; Virginia computes no maximum and no
 * extension deadline (only the issuing state can extend it).
 */
export function outOfStateExpiry(
  orderId: string | undefined,
  issuingState: string,
  issuedAt: PartialDateTime,
  statedExpiry: PartialDateTime,
  field: string,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('US.FFC.MODIFY_ONLY_IN_ISSUING_STATE', issuedAt.date, ctx.ruleSet);
  const due = checkStatedAfterStart(statedExpiry, issuedAt, field, rule.rule.versionId);
  return makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId,
      due,
      base: due,
      rollover: null,
      explanation: renderExplanation(rule.rule, 'expiry', {
        state: issuingState,
        issued: formatDayLong(issuedAt.date),
        expires: whenLong(due),
      }),
      confidence: 'source_explicit',
      assumptions: [],
      calendarDates: [],
    },
    ctx.calendar,
  );
}
