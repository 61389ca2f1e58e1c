import { formatDayLong } from '../calendar';
import { whenLong } from '../explain/phrases';
import { courtDayLeadBefore, reminderOn } from './followup-dates';
import type { PlannedFollowup } from './followup-types';
import type { PlanContext } from './plan-context';

/**
 * R13: when the case holds medical evidence, the notice of intent to use the records (10 days
 * before a final trial, 24 hours before a PPO hearing). The rules library only computes the notice
 * deadline when medical evidence is recorded; the task appears a few days ahead of it, on a court
 * day, and goes away once the hearing is held.
 */
export function medicalNoticeFollowups(ctx: PlanContext): PlannedFollowup[] {
  const out: PlannedFollowup[] = [];
  for (const notice of ctx.computation.deadlines) {
    if (notice.kind !== 'notice_by' || notice.hearingId === undefined || notice.state === 'moot') {
      continue;
    }
    const hearing = ctx.computation.hearings.find((h) => h.hearingId === notice.hearingId);
    if (hearing === undefined || hearing.held !== undefined) {
      continue;
    }
    const order = ctx.computation.orders.find((o) => o.orderId === notice.orderId);
    const courtId = order?.courtId;
    const actBy = notice.actBy ?? notice.due.date;
    const days = ctx.leads.medicalNoticeReminderDays;
    const date = courtDayLeadBefore(actBy, days, ctx.calendar, courtId);
    const by = notice.actBy === undefined ? whenLong(notice.due) : formatDayLong(notice.actBy);
    out.push({
      key: `hearing.medical_notice:${notice.hearingId}`,
      kind: 'medical_notice',
      due: reminderOn(date),
      actBy,
      title: `Give the respondent notice of the medical records (copy and written notice) by ${by}`,
      ruleId: notice.ruleId,
      citation: notice.citation.text,
      explanation: `${days} day${days === 1 ? '' : 's'} ahead, on a court day: ${notice.explanation}`,
      audience: 'advocate',
      ...(notice.orderId === undefined ? {} : { orderId: notice.orderId }),
      hearingId: notice.hearingId,
      onCourtDay: true,
      ...(courtId === undefined ? {} : { courtId }),
    });
  }
  return out;
}
