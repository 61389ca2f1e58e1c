import { addDays, formatDayLong, nextCourtDay } from '../calendar';
import { getRule, renderExplanation, ruleVersionById } from '../registry/registry';
import { reminderOn } from './followup-dates';
import type { PlannedFollowup } from './followup-types';
import type { PlanContext } from './plan-context';

/**
 * R26a (rules-spec §1.12): after the respondent's written notice of a change of residence was due
 * (the move + 7 days), ask the advocate on the next court day whether the court received it. None
 * once the notice is recorded as received in time (the deadline is then met).
 */
export function addressChangeFollowups(ctx: PlanContext): PlannedFollowup[] {
  const out: PlannedFollowup[] = [];
  for (const d of ctx.computation.deadlines) {
    if (d.kind !== 'notice_by' || d.moveId === undefined || d.state === 'met') {
      continue;
    }
    const order = ctx.computation.orders.find((o) => o.orderId === d.orderId);
    const courtId = order?.courtId;
    const day = nextCourtDay(d.due.date, ctx.calendar, courtId);
    const rule = ruleVersionById(d.ruleVersion) ?? getRule('VA.PO.RESPONDENT_ADDRESS_CHANGE');
    const text = renderExplanation(rule, 'followUp', {
      moved: formatDayLong(addDays(d.due.date, -7)),
      due: formatDayLong(d.due.date),
    });
    out.push({
      key: `address.notice_check:${d.moveId}`,
      kind: 'address_change_notice_check',
      due: reminderOn(day),
      actBy: day,
      title: "Ask the court whether it received the respondent's change-of-address notice",
      ruleId: d.ruleId,
      citation: d.citation.text,
      explanation: `${text} Asked on the first court day after the due date: ${formatDayLong(day)}.`,
      audience: 'advocate',
      ...(d.orderId === undefined ? {} : { orderId: d.orderId }),
      onCourtDay: true,
      ...(courtId === undefined ? {} : { courtId }),
    });
  }
  return out;
}
