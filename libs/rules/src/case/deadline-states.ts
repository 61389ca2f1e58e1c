import { compareLocalDateTimes, type LocalDateTime } from '../calendar';
import type { DeadlineResult } from '../model/deadline';
import { startInstant, statedInstant } from '../orders/stated-expiry';
import { addressNoticeMet } from './address-change';
import type { CaseModel } from './case-model';
import type { DeadlineState, ExtensionMotionResult } from './case-result';
import type { OrderTimeline } from './order-timeline';

/** What deadline states are judged against. */
export interface StateContext {
  asOf: LocalDateTime;
  model: CaseModel;
  timelines: ReadonlyMap<string, OrderTimeline>;
  motions: readonly ExtensionMotionResult[];
}

const FINAL_KINDS = ['FA_PO', 'AOV_PO', 'FSRO'];

function isPast(d: DeadlineResult, asOf: LocalDateTime): boolean {
  return d.due.time === undefined
    ? asOf.date > d.due.date
    : compareLocalDateTimes(asOf, { date: d.due.date, time: d.due.time }) > 0;
}

// The order ended (other than by running out) before the deadline, and has ended by asOf. A
// preliminary order that expired because the petitioner missed the hearing (R08) ended that way.
function endedFirst(d: DeadlineResult, t: OrderTimeline | undefined, asOf: LocalDateTime): boolean {
  const end = t?.end;
  if (end === undefined || (end.status === 'expired' && end.hearing === undefined)) {
    return false;
  }
  const at = startInstant(end.at);
  return (
    compareLocalDateTimes(at, statedInstant(d.due)) <= 0 && compareLocalDateTimes(asOf, at) >= 0
  );
}

function openOr(d: DeadlineResult, asOf: LocalDateTime, passed: DeadlineState): DeadlineState {
  return isPast(d, asOf) ? passed : 'open';
}

function fileByState(
  d: DeadlineResult,
  t: OrderTimeline | undefined,
  ctx: StateContext,
): DeadlineState {
  const timely = ctx.motions.some((m) => m.orderId === d.orderId && m.status === 'timely');
  const extended = t?.record.childIds.some((id) => {
    const child = ctx.model.ordersById.get(id);
    return child !== undefined && child.facts.kind === t.record.facts.kind;
  });
  if (timely || extended === true) {
    return 'met';
  }
  return endedFirst(d, t, ctx.asOf) ? 'moot' : openOr(d, ctx.asOf, 'missed');
}

// The EPO an incapacity extension (R02) recorded as a new order extends, else the order itself.
function firstEmergencyOrder(t: OrderTimeline, ctx: StateContext): OrderTimeline['record'] {
  let record = t.record;
  for (let hops = 0; hops < ctx.model.orders.length; hops += 1) {
    const parent =
      record.facts.extensionOf === 'incapacity' && record.facts.parentOrderId !== undefined
        ? ctx.model.ordersById.get(record.facts.parentOrderId)
        : undefined;
    if (parent === undefined) {
      break;
    }
    record = parent;
  }
  return record;
}

function nextFriendState(
  d: DeadlineResult,
  t: OrderTimeline | undefined,
  ctx: StateContext,
): DeadlineState {
  // R03 counts from the EPO's actual expiry "after any R02 extension": an EPO extended by a new
  // order has its deadline on that order, so its own earlier one is not missed but replaced.
  const extended = t?.record.childIds.some(
    (id) => ctx.model.ordersById.get(id)?.facts.extensionOf === 'incapacity',
  );
  if (extended === true) {
    return 'moot';
  }
  // A petition filed while the first EPO was in force answers the extended order's deadline too.
  const issued =
    (t === undefined ? undefined : firstEmergencyOrder(t, ctx).facts.issuedAt.date) ?? d.due.date;
  const due = statedInstant(d.due);
  const filed =
    ctx.model.petitions.some(
      (p) =>
        (p.sought === 'FA_PPO' || p.sought === 'FA_PO') &&
        p.on.date >= issued &&
        compareLocalDateTimes(startInstant(p.on), due) <= 0,
    ) ||
    ctx.model.orders.some(
      (o) =>
        o.facts.kind === 'FA_PPO' &&
        o.facts.issuedAt.date >= issued &&
        compareLocalDateTimes(startInstant(o.facts.issuedAt), due) <= 0,
    );
  if (filed) {
    return 'met';
  }
  return t?.end?.status === 'dissolved' && endedFirst(d, t, ctx.asOf)
    ? 'moot'
    : openOr(d, ctx.asOf, 'missed');
}

function hearingByState(
  d: DeadlineResult,
  t: OrderTimeline | undefined,
  ctx: StateContext,
): DeadlineState {
  const held = ctx.model.hearings.some(
    (h) =>
      h.orderId === d.orderId &&
      h.held !== undefined &&
      h.held.outcome !== 'continued' &&
      h.held.on <= d.due.date,
  );
  const end = t?.end;
  const finalFollowed =
    (end?.status === 'superseded' || end?.status === 'ended_at_hearing') &&
    FINAL_KINDS.includes(ctx.model.ordersById.get(end.supersededBy ?? '')?.facts.kind ?? '');
  if (held || (finalFollowed && endedFirst(d, t, ctx.asOf))) {
    return 'met';
  }
  return endedFirst(d, t, ctx.asOf) ? 'moot' : openOr(d, ctx.asOf, 'missed');
}

/** Where deadline `d` stands on `asOf`, given everything recorded in the case. */
export function deadlineState(d: DeadlineResult, ctx: StateContext): DeadlineState {
  const t = d.orderId === undefined ? undefined : ctx.timelines.get(d.orderId);
  switch (d.kind) {
    case 'order_expiry':
    case 'max_expiry':
      // A later computation (stated date, extension) replaced this one as the order's expiry.
      if (t !== undefined && t.computation.expiry !== d) {
        return 'moot';
      }
      return endedFirst(d, t, ctx.asOf) ? 'moot' : openOr(d, ctx.asOf, 'passed');
    case 'file_by':
      return fileByState(d, t, ctx);
    case 'next_friend_file_by':
      return nextFriendState(d, t, ctx);
    case 'hearing_by':
      return hearingByState(d, t, ctx);
    case 'service_follow_up':
      if (t?.record.servedAt !== undefined) {
        return 'met';
      }
      return endedFirst(d, t, ctx.asOf) ? 'moot' : 'open';
    case 'notice_by':
      // R26a: the respondent's duty outlives the order; met once the court received the notice.
      if (d.moveId !== undefined) {
        return addressNoticeMet(d, ctx.model) ? 'met' : openOr(d, ctx.asOf, 'passed');
      }
      return endedFirst(d, t, ctx.asOf) ? 'moot' : openOr(d, ctx.asOf, 'passed');
    case 'advisory_target':
      return endedFirst(d, t, ctx.asOf) ? 'moot' : openOr(d, ctx.asOf, 'passed');
  }
}
