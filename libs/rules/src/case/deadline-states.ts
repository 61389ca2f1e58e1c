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

// The order ended (other than by expiring) before the deadline, and has ended by asOf.
function endedFirst(d: DeadlineResult, t: OrderTimeline | undefined, asOf: LocalDateTime): boolean {
  const end = t?.end;
  if (end === undefined || end.status === 'expired') {
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

function nextFriendState(
  d: DeadlineResult,
  t: OrderTimeline | undefined,
  ctx: StateContext,
): DeadlineState {
  const issued = t?.record.facts.issuedAt.date ?? d.due.date;
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
