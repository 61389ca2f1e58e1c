import {
  addDays,
  addHours,
  compareLocalDateTimes,
  formatDayLong,
  formatTime12h,
  rollBackward,
  type IsoTime,
  type LocalDateTime,
} from '../calendar';
import { rollClause, whenLong } from '../explain/phrases';
import type { DeadlineResult, PartialDateTime } from '../model/deadline';
import type { RuleContext } from '../orders/context';
import { makeDeadline } from '../orders/deadline-builder';
import { primaryCitation, renderExplanation, ruleInForce } from '../registry/registry';

/** Default court opening time assumed for a hearing with no recorded time. */
export const DEFAULT_COURT_OPENING_TIME: IsoTime = '08:00';

/**
 * R13, final trial on H: copy of the records and written notice at least 10 days before, due H − 10
 * (Va. Code § 1-210(A)); `actBy` rolls back to the previous court day, never forward.
 */
export function trialMedicalNotice(
  hearingId: string,
  orderId: string | undefined,
  trialOn: string,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.FA.MEDICAL_NOTICE', trialOn, ctx.ruleSet);
  const citation = primaryCitation(rule.rule);
  const due = addDays(trialOn, -10);
  const rollover = rollBackward(due, ctx.calendar, citation.text, ctx.courtId);
  const actBy = rollover === null ? undefined : rollover.to;
  return makeDeadline(
    {
      rule,
      kind: 'notice_by',
      orderId,
      hearingId,
      due: { date: due },
      actBy,
      base: { date: due },
      rollover,
      explanation: renderExplanation(rule.rule, 'trial', {
        hearing: formatDayLong(trialOn),
        due: formatDayLong(due),
        roll: rollClause(null, due, rollover),
        actBy: actBy === undefined ? '' : `; give it by ${formatDayLong(actBy)}`,
      }),
      confidence: rollover === null ? 'source_explicit' : 'interpretation',
      assumptions: ['A-14'],
      calendarDates: rollover === null ? [due] : [rollover.from, rollover.to],
    },
    ctx.calendar,
  );
}

/**
 * R13, PPO hearing at T: notice 24 hours before. Across a DST change the earlier of 24 elapsed hours
 * and the same clock time the day before is used; an unknown time is the court's opening.
 */
export function ppoHearingMedicalNotice(
  hearingId: string,
  orderId: string | undefined,
  hearing: PartialDateTime,
  openingTime: IsoTime,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.FA.MEDICAL_NOTICE', hearing.date, ctx.ruleSet);
  const assumed = hearing.time === undefined;
  const at: LocalDateTime = { date: hearing.date, time: hearing.time ?? openingTime };
  const elapsed = addHours(at, -24);
  const sameClock = { date: addDays(at.date, -1), time: at.time };
  const due = compareLocalDateTimes(elapsed, sameClock) <= 0 ? elapsed : sameClock;
  const assumptions = assumed ? ['A-15'] : [];
  return makeDeadline(
    {
      rule,
      kind: 'notice_by',
      orderId,
      hearingId,
      due,
      base: due,
      rollover: null,
      explanation: renderExplanation(rule.rule, 'ppoHearing', {
        hearing: assumed ? formatDayLong(at.date) : whenLong(at),
        assumed: assumed ? ` (no time recorded; ${formatTime12h(at.time)} assumed)` : '',
        due: whenLong(due),
      }),
      confidence: assumed ? 'interpretation' : 'source_explicit',
      assumptions,
      calendarDates: [],
    },
    ctx.calendar,
  );
}
