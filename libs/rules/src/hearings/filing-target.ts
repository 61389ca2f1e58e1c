import { addDays, formatDayLong, rollForward } from '../calendar';
import { rollClause } from '../explain/phrases';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import type { RuleContext } from '../orders/context';
import { makeDeadline, rollDates } from '../orders/deadline-builder';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';

/**
 * R06: a family-abuse hearing is generally within 15 days of filing: an advisory target, rolled
 * forward like R05 and flagged advisory; when a PPO exists its R05 limit governs.
 */
export function filingHearingTarget(
  petitionId: string | undefined,
  filedAt: PartialDateTime,
  ppoExists: boolean,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.FA.HEARING.WITHIN_15_OF_FILING', filedAt.date, ctx.ruleSet);
  const base = addDays(filedAt.date, 15);
  const rollover = rollForward(base, ctx.calendar, primaryCitation(rule.rule).text, ctx.courtId);
  const due = { date: rollover === null ? base : rollover.to };
  return makeDeadline(
    {
      rule,
      kind: 'advisory_target',
      petitionId,
      due,
      base: { date: base },
      rollover,
      explanation: renderExplanation(rule.rule, ppoExists ? 'targetWithPpo' : 'target', {
        filed: formatDayLong(filedAt.date),
        roll: rollClause('15th day', base, rollover),
        due: formatDayLong(due.date),
      }),
      confidence: 'advisory',
      assumptions: ['A-04'],
      calendarDates: rollDates(base, rollover),
    },
    ctx.calendar,
  );
}
