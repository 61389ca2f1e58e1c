import type { CourtCalendarData } from '../calendar';
import type { CaseComputation, CaseDeadline, OrderStatusResult } from '../case/case-result';
import type { DeadlineKind } from '../model/deadline';
import type { OrderKind } from '../model/order-kind';
import type { FollowupFacts, FollowupLeadTimes } from './followup-types';

/** Everything one planning pass reads. */
export interface PlanContext {
  computation: CaseComputation;
  facts: FollowupFacts;
  leads: FollowupLeadTimes;
  calendar: CourtCalendarData;
}

export const FINAL_KINDS: readonly OrderKind[] = ['FA_PO', 'AOV_PO', 'FSRO'];
export const PRELIMINARY_KINDS: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];

/** The order's deadline of `kind` (the last one, should a recomputation list several). */
export function deadlineOf(
  ctx: PlanContext,
  orderId: string,
  kind: DeadlineKind,
): CaseDeadline | undefined {
  return ctx.computation.deadlines.filter((d) => d.orderId === orderId && d.kind === kind).at(-1);
}

/** Orders recorded as following `order` (extension, reissue, PPO after an EPO, final after a PPO). */
export function childrenOf(ctx: PlanContext, order: OrderStatusResult): OrderStatusResult[] {
  return ctx.computation.orders.filter((o) => o.parentOrderId === order.orderId);
}

/**
 * Whether a recorded fact ended the order other than by running out: dissolved, replaced by a
 * later order of its kind, or (a preliminary order) decided at its full hearing. These are facts
 * already recorded, so the answer does not wait for a clock.
 */
export function endedByAFact(ctx: PlanContext, order: OrderStatusResult): boolean {
  if (
    order.status === 'dissolved' ||
    order.status === 'superseded' ||
    order.status === 'ended_at_hearing'
  ) {
    return true;
  }
  const preliminary = PRELIMINARY_KINDS.includes(order.kind) || order.kind === 'ESRO';
  const replaced = childrenOf(ctx, order).some(
    (c) => c.kind === order.kind || (preliminary && FINAL_KINDS.includes(c.kind)),
  );
  const decided =
    preliminary &&
    ctx.computation.hearings.some(
      (h) =>
        h.orderId === order.orderId &&
        (h.held?.outcome === 'granted' || h.held?.outcome === 'denied'),
    );
  return replaced || decided;
}
