import { addDays, isCourtDay } from '../calendar';
import { whenLong } from '../explain/phrases';
import type { StatedExpiryOverride } from '../model/case-facts';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import { END_OF_DAY, type RuleContext } from './context';
import { makeDeadline } from './deadline-builder';
import { checkStatedAgainstMaximum } from './stated-expiry';

/** One recorded incapacity extension (R02). */
export interface IncapacityGrant {
  on: PartialDateTime;
  statedExpiry?: PartialDateTime;
  statedExpiryOverride?: StatedExpiryOverride;
  /** Field path of the stated expiry, for refusals. */
  field: string;
}

/**
 * R02: at most 3 days after the EPO's actual (rolled) expiry, at 23:59, not rolled again.
 * A stated extended expiry is validated against that maximum and then used.
 */
export function incapacityExtension(
  orderId: string | undefined,
  original: DeadlineResult,
  issuedAt: PartialDateTime,
  grant: IncapacityGrant,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.FA.EPO.INCAPACITY_EXT', grant.on.date, ctx.ruleSet);
  const citation = primaryCitation(rule.rule);
  const maximum = { date: addDays(original.due.date, 3), time: END_OF_DAY };
  const originalText = whenLong(original.due);
  if (grant.statedExpiry !== undefined) {
    const check = checkStatedAgainstMaximum({
      stated: grant.statedExpiry,
      maximum,
      start: issuedAt,
      citation,
      field: grant.field,
      override: grant.statedExpiryOverride,
      ruleVersion: rule.rule.versionId,
    });
    return makeDeadline(
      {
        rule,
        kind: 'order_expiry',
        orderId,
        due: check.stated,
        base: check.stated,
        rollover: null,
        explanation: renderExplanation(rule.rule, 'stated', {
          original: originalText,
          maximum: whenLong(maximum),
          expires: whenLong(check.stated),
        }),
        confidence: check.status === 'exceeds_maximum' ? 'interpretation' : 'source_explicit',
        assumptions: ['A-12'],
        statedValueCheck: check,
        calendarDates: [],
      },
      ctx.calendar,
    );
  }
  // only when the extended day is closed does "no second rollover" decide the answer.
  const closed = !isCourtDay(maximum.date, ctx.calendar, ctx.courtId);
  return makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId,
      due: maximum,
      base: maximum,
      rollover: null,
      explanation: renderExplanation(rule.rule, 'computed', {
        original: originalText,
        expires: whenLong(maximum),
      }),
      confidence: closed ? 'interpretation' : 'source_explicit',
      assumptions: ['A-12'],
      calendarDates: [],
    },
    ctx.calendar,
  );
}
