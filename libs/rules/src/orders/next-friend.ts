import {
  addDays,
  addHours,
  compareLocalDateTimes,
  formatDayLong,
  rollBackward,
  type LocalDateTime,
} from '../calendar';
import { rollClause, whenLong } from '../explain/phrases';
import type { DeadlineResult } from '../model/deadline';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';
import type { RuleContext } from './context';
import { makeDeadline } from './deadline-builder';

/**
 * R03: a next-friend petition may be filed until 24 hours after the EPO's actual expiry. Across a
 * DST change the earlier of 24 elapsed hours and the same clock time next day is used; `actBy` is
 * the last court day on or before the deadline date.
 */
export function nextFriendDeadline(
  orderId: string | undefined,
  epoExpiry: LocalDateTime,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.FA.EPO.NEXT_FRIEND', epoExpiry.date, ctx.ruleSet);
  const citation = primaryCitation(rule.rule);
  const elapsed = addHours(epoExpiry, 24);
  const sameClock = { date: addDays(epoExpiry.date, 1), time: epoExpiry.time };
  const dstShifted = compareLocalDateTimes(elapsed, sameClock) !== 0;
  const due = compareLocalDateTimes(elapsed, sameClock) < 0 ? elapsed : sameClock;
  const rollover = rollBackward(due.date, ctx.calendar, citation.text, ctx.courtId);
  const actBy = rollover === null ? undefined : rollover.to;
  const explanation = renderExplanation(rule.rule, 'deadline', {
    epoExpires: whenLong(epoExpiry),
    due: whenLong(due),
    roll: rollClause(null, due.date, rollover),
    actBy: actBy === undefined ? '' : `; file by ${formatDayLong(actBy)}`,
  });
  return makeDeadline(
    {
      rule,
      kind: 'next_friend_file_by',
      orderId,
      due,
      actBy,
      base: due,
      rollover,
      explanation,
      confidence: rollover !== null || dstShifted ? 'interpretation' : 'source_explicit',
      assumptions: ['A-13'],
      calendarDates: rollover === null ? [due.date] : [rollover.from, rollover.to],
    },
    ctx.calendar,
  );
}
