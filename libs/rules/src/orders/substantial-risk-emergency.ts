import { addDays, formatDayLong, rollForward, type IsoDate } from '../calendar';
import { rollClause } from '../explain/phrases';
import type { DeadlineResult } from '../model/deadline';
import { CITATIONS } from '../registry/citations';
import { renderExplanation, ruleInForce } from '../registry/registry';
import type { RuleContext } from './context';
import { makeDeadline, rollDates } from './deadline-builder';

/**
 * R31: the ESRO's final hearing is due within 14 days of issuance; a closed 14th day rolls forward
 * under Va. Code § 1-210(B), which the guide does not state, on the circuit court's calendar.
 */
export function emergencySubstantialRiskHearingBy(
  orderId: string | undefined,
  issuedOn: IsoDate,
  ctx: RuleContext,
): DeadlineResult {
  const rule = ruleInForce('VA.SRO.EMERGENCY', issuedOn, ctx.ruleSet);
  const base = addDays(issuedOn, 14);
  const rollover = rollForward(base, ctx.calendar, CITATIONS.COMPUTATION_OF_TIME.text, ctx.courtId);
  const due = { date: rollover === null ? base : rollover.to };
  return makeDeadline(
    {
      rule,
      kind: 'hearing_by',
      orderId,
      due,
      base: { date: base },
      rollover,
      explanation: renderExplanation(rule.rule, 'hearingBy', {
        issued: formatDayLong(issuedOn),
        roll: rollClause('14th day', base, rollover),
        due: formatDayLong(due.date),
      }),
      confidence: rollover === null ? 'source_explicit' : 'interpretation',
      assumptions: ['A-02', 'A-16', 'A-21'],
      calendarDates: rollDates(base, rollover),
    },
    ctx.calendar,
  );
}
