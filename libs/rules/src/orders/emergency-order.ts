import { addDays, formatDayLong, rollForward } from '../calendar';
import { rollClause, whenLong } from '../explain/phrases';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import { END_OF_DAY, type RuleContext } from './context';
import { makeDeadline, rollDates } from './deadline-builder';
import type { StatedTerm } from './preliminary-order';
import { checkStatedAgainstMaximum } from './stated-expiry';

/**
 * R01 / R23: an EPO expires at 23:59 on the third day after issuance (issuance day not counted, Va.
 * Code § 1-210(A)), rolled forward over days the court is not in session. A stated expiry on the
 * order must not be later; when recorded it is the expiry.
 */
export function emergencyOrderExpiry(
  kind: 'FA_EPO' | 'AOV_EPO',
  orderId: string | undefined,
  issuedAt: PartialDateTime,
  ctx: RuleContext,
  term?: StatedTerm,
): DeadlineResult {
  const issuedOn = issuedAt.date;
  const rule = ruleInForce(
    kind === 'FA_EPO' ? 'VA.FA.EPO.EXPIRY' : 'VA.AOV.EPO.EXPIRY',
    issuedOn,
    ctx.ruleSet,
  );
  const citation = primaryCitation(rule.rule);
  const base = addDays(issuedOn, 3);
  const rollover = rollForward(base, ctx.calendar, citation.text, ctx.courtId);
  const limit = { date: rollover === null ? base : rollover.to, time: END_OF_DAY };
  // 23:59 on the third day: whose calendar, day-based test.
  const assumptions = ['A-01', 'A-02', 'A-03'];
  const calendarDates = rollDates(base, rollover);
  if (term?.statedExpiry !== undefined) {
    const check = checkStatedAgainstMaximum({
      stated: term.statedExpiry,
      maximum: limit,
      start: issuedAt,
      citation,
      field: term.field,
      override: term.statedExpiryOverride,
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
          issued: formatDayLong(issuedOn),
          expires: whenLong(check.stated),
          maximum: whenLong(limit),
        }),
        confidence: check.status === 'exceeds_maximum' ? 'interpretation' : 'source_explicit',
        assumptions,
        statedValueCheck: check,
        calendarDates,
      },
      ctx.calendar,
    );
  }
  return makeDeadline(
    {
      rule,
      kind: 'order_expiry',
      orderId,
      due: limit,
      base: { date: base, time: END_OF_DAY },
      rollover,
      explanation: renderExplanation(rule.rule, 'expiry', {
        issued: formatDayLong(issuedOn),
        roll: rollClause('third day', base, rollover),
        expires: whenLong(limit),
      }),
      confidence: 'source_explicit',
      assumptions,
      calendarDates,
    },
    ctx.calendar,
  );
}
