import { addDays, formatDayLong } from '../calendar';
import type { OrderStatusResult } from '../case/case-result';
import { whenLong } from '../explain/phrases';
import { courtDayLeadBefore, reminderOn } from './followup-dates';
import type { PlannedFollowup } from './followup-types';
import {
  FINAL_KINDS,
  PRELIMINARY_KINDS,
  deadlineOf,
  endedByAFact,
  type PlanContext,
} from './plan-context';

const MOTION_WORDS = {
  talk: 'Talk to the client about extending',
  file: 'File the motion to extend',
  lastDay: 'Last day to file the motion to extend',
  who: '',
};

// R30/R33: only the Commonwealth's attorney or law enforcement may move to extend a substantial
// risk order; the client and the advocate cannot, so the tasks ask them to.
const SRO_WORDS = {
  talk: 'Talk to the client about asking law enforcement to extend the order',
  file: "Ask law enforcement or the Commonwealth's attorney to file the motion to extend",
  lastDay:
    "Last day for law enforcement or the Commonwealth's attorney to file the motion to extend",
  who: "Only the Commonwealth's attorney or law enforcement may file it (R33). ",
};

/**
 * Final orders (R11, R25, R33): the motion to extend must be filed by the last court day on or
 * before expiry. While no motion is recorded: talk to the client, file the motion, escalate to the
 * supervisor, and an alert on the deadline day. A motion recorded (or the order ended) drops them.
 */
export function extensionFollowups(ctx: PlanContext, order: OrderStatusResult): PlannedFollowup[] {
  if (!FINAL_KINDS.includes(order.kind) || order.expiresAt === null || endedByAFact(ctx, order)) {
    return [];
  }
  const fileBy = deadlineOf(ctx, order.orderId, 'file_by');
  const motionRecorded = ctx.computation.extensionMotions.some((m) => m.orderId === order.orderId);
  if (fileBy === undefined || motionRecorded) {
    return [];
  }
  const { leads, calendar } = ctx;
  const courtId = order.courtId;
  const deadline = fileBy.due.date;
  const expires = whenLong(order.expiresAt);
  const base = {
    actBy: deadline,
    ruleId: fileBy.ruleId,
    citation: fileBy.citation.text,
    orderId: order.orderId,
    onCourtDay: true,
    ...(courtId === undefined ? {} : { courtId }),
  };
  const lead = (days: number, from: string) =>
    `${days} day${days === 1 ? '' : 's'} before ${from}, on the last court day on or before`;
  const talk = courtDayLeadBefore(
    order.expiresAt.date,
    leads.talkToClientDaysBeforeExpiry,
    calendar,
    courtId,
  );
  const file = courtDayLeadBefore(deadline, leads.fileMotionDaysBeforeDeadline, calendar, courtId);
  const escalate = courtDayLeadBefore(
    deadline,
    leads.escalateDaysBeforeDeadline,
    calendar,
    courtId,
  );
  const filingDeadline = `the extension-filing deadline ${formatDayLong(deadline)}`;
  const words = order.kind === 'FSRO' ? SRO_WORDS : MOTION_WORDS;
  return [
    {
      ...base,
      key: `extend.talk:${order.orderId}`,
      kind: 'extension_talk_to_client',
      due: reminderOn(talk),
      title: words.talk,
      explanation: `${lead(leads.talkToClientDaysBeforeExpiry, `the order expires at ${expires}`)}: ${formatDayLong(talk)}. ${words.who}${fileBy.explanation}`,
      audience: 'advocate',
    },
    {
      ...base,
      key: `extend.file:${order.orderId}`,
      kind: 'extension_file_motion',
      due: reminderOn(file),
      title: words.file,
      explanation: `${lead(leads.fileMotionDaysBeforeDeadline, filingDeadline)}: ${formatDayLong(file)}. ${words.who}${fileBy.explanation}`,
      audience: 'advocate',
    },
    {
      ...base,
      key: `extend.escalate:${order.orderId}`,
      kind: 'extension_escalation',
      due: reminderOn(escalate),
      title: `No motion to extend recorded: the filing deadline is ${formatDayLong(deadline)}`,
      explanation: `${lead(leads.escalateDaysBeforeDeadline, filingDeadline)}: ${formatDayLong(escalate)}, because no motion to extend is recorded. ${words.who}${fileBy.explanation}`,
      audience: 'supervisor',
    },
    {
      ...base,
      key: `extend.deadline:${order.orderId}`,
      kind: 'extension_deadline_day',
      due: reminderOn(deadline),
      title: `${words.lastDay}: ${formatDayLong(deadline)}`,
      explanation: `No motion to extend is recorded and today is the deadline. ${words.who}${fileBy.explanation}`,
      audience: 'both',
    },
  ];
}

/**
 * An order that runs out with nothing after it (no extension, no reissue, no final order, not
 * dissolved): the day after it expires, confirm with the client. Emergency orders are left out:
 * they are meant to lapse within days, and their follow-up is the petition for a preliminary order.
 */
export function expiredOrderFollowup(
  ctx: PlanContext,
  order: OrderStatusResult,
): PlannedFollowup[] {
  const watched = FINAL_KINDS.includes(order.kind) || PRELIMINARY_KINDS.includes(order.kind);
  if (!watched || endedByAFact(ctx, order)) {
    return [];
  }
  const end = order.status === 'expired' && order.endedAt ? order.endedAt : order.expiresAt;
  if (end === null || end === undefined) {
    return [];
  }
  const expiry =
    deadlineOf(ctx, order.orderId, 'order_expiry') ?? deadlineOf(ctx, order.orderId, 'max_expiry');
  const day = addDays(end.date, 1);
  return [
    {
      key: `order.expired:${order.orderId}`,
      kind: 'order_expired',
      due: reminderOn(day),
      actBy: day,
      title: 'Order expired: confirm with the client',
      ruleId: order.expiryRuleId ?? order.statusRuleId,
      citation: expiry?.citation.text ?? '',
      explanation: `The order ended at ${whenLong(end)} and no extension, reissue or later order is recorded.${expiry === undefined ? '' : ` ${expiry.explanation}`}`,
      audience: 'advocate',
      orderId: order.orderId,
      onCourtDay: false,
      ...(order.courtId === undefined ? {} : { courtId: order.courtId }),
    },
  ];
}
