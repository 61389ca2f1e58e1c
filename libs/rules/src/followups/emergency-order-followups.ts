import { formatDayLong, type LocalDateTime } from '../calendar';
import type { OrderStatusResult } from '../case/case-result';
import { whenLong } from '../explain/phrases';
import type { OrderKind } from '../model/order-kind';
import { courtDayOnOrBefore } from './followup-dates';
import type { PlannedFollowup } from './followup-types';
import { childrenOf, deadlineOf, type PlanContext } from './plan-context';

const ANSWERS_EMERGENCY: Readonly<Record<'FA_EPO' | 'AOV_EPO', readonly OrderKind[]>> = {
  FA_EPO: ['FA_PPO', 'FA_PO'],
  AOV_EPO: ['AOV_PPO', 'AOV_PO'],
};

// "At issuance": an order recorded without a time is treated as issued at the start of its day,
// so the task is there as soon as the order is recorded.
function issuance(order: OrderStatusResult): LocalDateTime {
  return { date: order.issuedAt.date, time: order.issuedAt.time ?? '00:00' };
}

// An incapacity extension recorded as a new EPO (R02, the only EPO a child EPO can be) continues
// the first order: the chain is the first EPO and every extension of it, and a petition filed, or
// a preliminary order issued, for any of them answers them all.
function emergencyChain(ctx: PlanContext, order: OrderStatusResult): OrderStatusResult[] {
  let first = order;
  for (let hops = 0; hops < ctx.computation.orders.length; hops += 1) {
    const parent = ctx.computation.orders.find((o) => o.orderId === first.parentOrderId);
    if (parent === undefined || parent.kind !== order.kind) {
      break;
    }
    first = parent;
  }
  const chain = [first];
  for (let i = 0; i < chain.length; i += 1) {
    chain.push(
      ...childrenOf(ctx, chain[i] as OrderStatusResult).filter((c) => c.kind === order.kind),
    );
  }
  return chain;
}

/**
 * Emergency orders (R01, R23): at issuance, file the petition for a preliminary order before the
 * emergency order expires; for a minor protected against a parent through a next friend (R03), the
 * next-friend filing deadline. A petition or preliminary order recorded answers them.
 */
export function emergencyFollowups(ctx: PlanContext, order: OrderStatusResult): PlannedFollowup[] {
  if ((order.kind !== 'FA_EPO' && order.kind !== 'AOV_EPO') || order.status === 'dissolved') {
    return [];
  }
  const answers = ANSWERS_EMERGENCY[order.kind];
  const chain = emergencyChain(ctx, order);
  const firstIssuedOn = (chain[0] as OrderStatusResult).issuedAt.date;
  const answered =
    chain.some((o) => childrenOf(ctx, o).some((c) => answers.includes(c.kind))) ||
    (ctx.facts.petitions ?? []).some(
      (p) => answers.includes(p.sought) && p.filedOn >= firstIssuedOn,
    );
  // Extended by a later EPO: the petition is due before the extension expires, and its task is
  // the extension's; this order's would name a day that no longer counts.
  const extended = chain.some((o) => o.parentOrderId === order.orderId);
  const courtId = order.courtId;
  const court = courtId === undefined ? {} : { courtId };
  const out: PlannedFollowup[] = [];
  const expiry = deadlineOf(ctx, order.orderId, 'order_expiry');
  if (!answered && !extended && order.expiresAt !== null) {
    const actBy = courtDayOnOrBefore(order.expiresAt.date, ctx.calendar, courtId);
    out.push({
      key: `epo.petition:${order.orderId}`,
      kind: 'emergency_petition',
      due: issuance(order),
      actBy,
      title: `File the petition for a preliminary order before the emergency order expires on ${formatDayLong(order.expiresAt.date)}`,
      ruleId: expiry?.ruleId ?? order.expiryRuleId ?? order.statusRuleId,
      citation: expiry?.citation.text ?? '',
      explanation: `At issuance: the emergency order protects only until ${whenLong(order.expiresAt)}; file for a preliminary order while the court is open, by ${formatDayLong(actBy)}.${expiry === undefined ? '' : ` ${expiry.explanation}`}`,
      audience: 'advocate',
      orderId: order.orderId,
      // Magistrates issue emergency orders at any hour; the day to act (actBy) is the court day.
      onCourtDay: false,
      ...court,
    });
  }
  const nextFriend = deadlineOf(ctx, order.orderId, 'next_friend_file_by');
  // Moot: an incapacity extension recorded as a new order carries the deadline now (R03).
  if (nextFriend !== undefined && nextFriend.state !== 'met' && nextFriend.state !== 'moot') {
    const actBy = nextFriend.actBy ?? nextFriend.due.date;
    out.push({
      key: `epo.next_friend:${order.orderId}`,
      kind: 'next_friend_deadline',
      due: issuance(order),
      actBy,
      title: `File the next-friend petition for the minor by ${whenLong(nextFriend.due)}${nextFriend.actBy === undefined ? '' : ` (court open until ${formatDayLong(nextFriend.actBy)})`}`,
      ruleId: nextFriend.ruleId,
      citation: nextFriend.citation.text,
      explanation: `At issuance: ${nextFriend.explanation}`,
      audience: 'advocate',
      orderId: order.orderId,
      onCourtDay: false,
      ...court,
    });
  }
  return out;
}
