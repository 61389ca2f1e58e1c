import { addCourtDays, compareLocalDateTimes, formatDayLong, type IsoDate } from '../calendar';
import type { HearingResult, OrderStatusResult } from '../case/case-result';
import { CITATIONS } from '../registry/citations';
import { getRule, primaryCitation } from '../registry/registry';
import { reminderOn } from './followup-dates';
import type { PlannedFollowup } from './followup-types';
import { PRELIMINARY_KINDS, deadlineOf, endedByAFact, type PlanContext } from './plan-context';

// With no hearing recorded and no date to bound the series, stop after this many checks: the
// next recorded fact (a hearing, service) replans the series anyway. A bounded series runs to its
// bound: a hearing continued for months still gets a check every few court days.
const MAX_SERVICE_CHECKS = 20;

const SERVICE_RULE = getRule('VA.SERVICE.EFFECTIVE_ON_SERVICE');

/** The hearing the series runs up to: the next one not yet held, or the date a hearing is due by. */
function hearingBound(
  ctx: PlanContext,
  order: OrderStatusResult,
): { date: IsoDate; hearing?: HearingResult; expected: boolean } | undefined {
  const hearings = ctx.computation.hearings.filter((h) => h.orderId === order.orderId);
  const upcoming = hearings
    .filter((h) => h.held === undefined)
    .sort((a, b) => (a.scheduledFor.date < b.scheduledFor.date ? -1 : 1))[0];
  if (upcoming !== undefined) {
    return { date: upcoming.scheduledFor.date, hearing: upcoming, expected: false };
  }
  const held = hearings.flatMap((h) => (h.held === undefined ? [] : [h.held.on])).sort();
  const last = held.at(-1);
  if (last !== undefined) {
    // Every hearing recorded has been held: the series ended at the last one.
    return { date: last, expected: false };
  }
  const by =
    deadlineOf(ctx, order.orderId, 'hearing_by') ??
    deadlineOf(ctx, order.orderId, 'advisory_target');
  const date = by?.due.date ?? order.expiresAt?.date;
  return date === undefined ? undefined : { date, expected: true };
}

function servedPersonally(order: OrderStatusResult): boolean {
  return order.service.status === 'served' && order.service.personal === true;
}

/**
 * Preliminary orders while no personal service is recorded (R26; R07/R24): "Check service with the
 * sheriff" a set number of court days after issuance and every few court days until the hearing,
 * then, a few court days before the hearing, ask the court to extend the order for up to 6 months.
 */
export function preliminaryFollowups(
  ctx: PlanContext,
  order: OrderStatusResult,
): PlannedFollowup[] {
  if (
    !PRELIMINARY_KINDS.includes(order.kind) ||
    endedByAFact(ctx, order) ||
    servedPersonally(order)
  ) {
    return [];
  }
  const extendedOn = unservedExtensionOn(ctx, order);
  if (extendedOn !== undefined) {
    const bound = boundAfterExtension(ctx, order, extendedOn);
    return [
      ...catchUp(ctx, extendedServiceChecks(ctx, order, extendedOn, bound?.date)),
      ...furtherExtensionReview(ctx, order, extendedOn, bound),
    ];
  }
  const bound = hearingBound(ctx, order);
  return [...serviceChecks(ctx, order, bound?.date), ...extensionRequest(ctx, order, bound)];
}

/**
 * R07/R24: the day the court extended this order (in place, or as this new order) because the
 * respondent had not been served; its service follow-up deadline is due that day.
 */
function unservedExtensionOn(ctx: PlanContext, order: OrderStatusResult): IsoDate | undefined {
  return deadlineOf(ctx, order.orderId, 'service_follow_up')?.due.date;
}

/**
 * After an unserved extension the series runs to the next hearing set on or after the grant (on
 * this order, or on the order it extends), else to the extended expiry: never to the hearing that
 * failed, which is over.
 */
function boundAfterExtension(
  ctx: PlanContext,
  order: OrderStatusResult,
  extendedOn: IsoDate,
): { date: IsoDate; hearing?: HearingResult } | undefined {
  const chain = [
    order.orderId,
    ...(order.parentOrderId === undefined ? [] : [order.parentOrderId]),
  ];
  const next = ctx.computation.hearings
    .filter(
      (h) =>
        h.orderId !== undefined &&
        chain.includes(h.orderId) &&
        h.held === undefined &&
        h.scheduledFor.date >= extendedOn,
    )
    .sort((a, b) => (a.scheduledFor.date < b.scheduledFor.date ? -1 : 1))[0];
  if (next !== undefined) {
    return { date: next.scheduledFor.date, hearing: next };
  }
  const expires = order.expiresAt?.date;
  return expires === undefined ? undefined : { date: expires };
}

/**
 * "The extended protective order shall be served as soon as possible" (R07): a task the day of
 * the grant, then a check every few court days until the bound. Keys carry the grant day, so a
 * series after a second extension is new work rather than checks already done.
 */
function extendedServiceChecks(
  ctx: PlanContext,
  order: OrderStatusResult,
  extendedOn: IsoDate,
  until: IsoDate | undefined,
): PlannedFollowup[] {
  const { leads, calendar } = ctx;
  const courtId = order.courtId;
  const rule = unservedExtensionRule(order);
  const granted = formatDayLong(extendedOn);
  const serveNow: PlannedFollowup = {
    key: `service.check:${order.orderId}@${extendedOn}:1`,
    kind: 'service_check',
    due: reminderOn(extendedOn),
    actBy: extendedOn,
    title: 'Have the extended order served as soon as possible',
    ruleId: rule.id,
    citation: unservedExtensionCitation(order).text,
    explanation: `The court extended the order on ${granted} because the respondent had not been served; the extended order is to be served as soon as possible: ask the sheriff to serve it now.`,
    audience: 'advocate',
    orderId: order.orderId,
    // "As soon as possible" is the grant day itself, whatever the calendar says of it.
    onCourtDay: false,
    ...(courtId === undefined ? {} : { courtId }),
  };
  const hearing = until === undefined ? '' : ` until ${formatDayLong(until)}`;
  const first = addCourtDays(extendedOn, leads.serviceCheckEveryCourtDays, calendar, courtId);
  // The task of the grant day counts as check 1 (and toward an unbounded series' limit).
  const days = checkDays(ctx, order, first, until).slice(0, until === undefined ? -1 : undefined);
  const checks = days.map((day, i): PlannedFollowup => ({
    key: `service.check:${order.orderId}@${extendedOn}:${i + 2}`,
    kind: 'service_check',
    due: reminderOn(day),
    actBy: day,
    title: 'Check service with the sheriff',
    ruleId: SERVICE_RULE.id,
    citation: primaryCitation(SERVICE_RULE).text,
    explanation: `Check ${i + 2}, ${formatDayLong(day)}: ${leads.serviceCheckEveryCourtDays} court days after the previous one. The order extended on ${granted} is still not personally served, and it protects only once served; checks repeat${hearing}.`,
    audience: 'advocate',
    orderId: order.orderId,
    onCourtDay: true,
    ...(courtId === undefined ? {} : { courtId }),
  }));
  return [serveNow, ...checks];
}

/**
 * whether a preliminary order may be extended again is not stated, so ahead of the next
 * hearing (or of the extended expiry) with the respondent still unserved, the task is an
 * attorney's question, not a motion.
 */
function furtherExtensionReview(
  ctx: PlanContext,
  order: OrderStatusResult,
  extendedOn: IsoDate,
  bound: { date: IsoDate; hearing?: HearingResult } | undefined,
): PlannedFollowup[] {
  if (bound === undefined) {
    return [];
  }
  const { leads, calendar } = ctx;
  const courtId = order.courtId;
  const n = leads.extendPreliminaryCourtDaysBeforeHearing;
  const date = addCourtDays(bound.date, -n, calendar, courtId);
  const rule = unservedExtensionRule(order);
  const before =
    bound.hearing === undefined
      ? `the extended order expires on ${formatDayLong(bound.date)}`
      : `the hearing on ${formatDayLong(bound.date)}`;
  return [
    {
      key: `ppo.extend_again:${order.orderId}@${extendedOn}`,
      kind: 'preliminary_extension',
      due: reminderOn(date < extendedOn ? extendedOn : date),
      actBy: bound.date,
      title: 'Respondent still not served: ask an attorney about a further extension',
      ruleId: rule.id,
      citation: unservedExtensionCitation(order).text,
      explanation: `${n} court days before ${before}, the order extended on ${formatDayLong(extendedOn)} is still not personally served. The source does not say a preliminary order can be extended again (A-06): an attorney decides what to ask the court.`,
      audience: 'both',
      orderId: order.orderId,
      ...(bound.hearing === undefined ? {} : { hearingId: bound.hearing.hearingId }),
      onCourtDay: date >= extendedOn,
      ...(courtId === undefined ? {} : { courtId }),
    },
  ];
}

function unservedExtensionRule(order: OrderStatusResult) {
  return getRule(order.kind === 'FA_PPO' ? 'VA.FA.PPO.UNSERVED_EXT' : 'VA.AOV.PPO');
}

function unservedExtensionCitation(order: OrderStatusResult) {
  return order.kind === 'FA_PPO'
    ? primaryCitation(unservedExtensionRule(order))
    : CITATIONS.AOV_PPO_UNSERVED;
}

/**
 * The days of a series of service checks: `first`, then every few court days, on the court days
 * before `until` (on that day the hearing, or the expiry, decides); at most MAX_SERVICE_CHECKS when
 * nothing bounds it.
 */
function checkDays(ctx: PlanContext, order: OrderStatusResult, first: IsoDate, until?: IsoDate) {
  const every = ctx.leads.serviceCheckEveryCourtDays;
  const limit = until === undefined ? MAX_SERVICE_CHECKS : Number.POSITIVE_INFINITY;
  const days: IsoDate[] = [];
  for (let next = first; (until === undefined || next < until) && days.length < limit;) {
    days.push(next);
    next = addCourtDays(next, every, ctx.calendar, order.courtId);
  }
  return days;
}

// Catching up (an order recorded late, a worker that was down): of the checks already due, only
// the latest is still worth a task; earlier ones would only repeat it.
function catchUp(ctx: PlanContext, checks: PlannedFollowup[]): PlannedFollowup[] {
  const asOf = ctx.computation.asOf;
  return checks.filter((c, i) => {
    const later = checks[i + 1];
    return later === undefined || compareLocalDateTimes(later.due, asOf) > 0;
  });
}

function serviceChecks(
  ctx: PlanContext,
  order: OrderStatusResult,
  until: IsoDate | undefined,
): PlannedFollowup[] {
  const { leads, calendar } = ctx;
  const courtId = order.courtId;
  const first = addCourtDays(
    order.issuedAt.date,
    leads.firstServiceCheckCourtDays,
    calendar,
    courtId,
  );
  const dates = checkDays(ctx, order, first, until);
  const hearing = until === undefined ? '' : ` until the hearing on ${formatDayLong(until)}`;
  const checks = dates.map((date, i): PlannedFollowup => {
    const step =
      i === 0
        ? `${leads.firstServiceCheckCourtDays} court days after the order was issued on ${formatDayLong(order.issuedAt.date)}`
        : `${leads.serviceCheckEveryCourtDays} court days after the previous check`;
    return {
      key: `service.check:${order.orderId}:${i + 1}`,
      kind: 'service_check',
      due: reminderOn(date),
      actBy: date,
      title: 'Check service with the sheriff',
      ruleId: SERVICE_RULE.id,
      citation: primaryCitation(SERVICE_RULE).text,
      explanation: `Check ${i + 1}, ${formatDayLong(date)}: ${step}. No personal service is recorded, and the order takes effect and the hearing can go ahead only once the respondent is served; checks repeat${hearing}.`,
      audience: 'advocate',
      orderId: order.orderId,
      onCourtDay: true,
      ...(courtId === undefined ? {} : { courtId }),
    };
  });
  return catchUp(ctx, checks);
}

function extensionRequest(
  ctx: PlanContext,
  order: OrderStatusResult,
  bound: { date: IsoDate; hearing?: HearingResult; expected: boolean } | undefined,
): PlannedFollowup[] {
  // Only ahead of a hearing still to come (scheduled, or expected by the R05/R24 date).
  if (bound === undefined || (bound.hearing === undefined && !bound.expected)) {
    return [];
  }
  const { leads, calendar } = ctx;
  const courtId = order.courtId;
  const n = leads.extendPreliminaryCourtDaysBeforeHearing;
  const date = addCourtDays(bound.date, -n, calendar, courtId);
  const rule = unservedExtensionRule(order);
  const hearing = bound.hearing === undefined ? 'the hearing due by' : 'the hearing on';
  return [
    {
      key: `ppo.extend:${order.orderId}`,
      kind: 'preliminary_extension',
      due: reminderOn(date),
      actBy: bound.date,
      title:
        'Ask the court to extend the preliminary order: respondent not served (up to 6 months)',
      ruleId: rule.id,
      citation: unservedExtensionCitation(order).text,
      explanation: `${n} court days before ${hearing} ${formatDayLong(bound.date)}, no personal service is recorded: a respondent not personally served cannot be heard, and the court may extend the preliminary order for up to 6 months.`,
      audience: 'both',
      orderId: order.orderId,
      ...(bound.hearing === undefined ? {} : { hearingId: bound.hearing.hearingId }),
      onCourtDay: true,
      ...(courtId === undefined ? {} : { courtId }),
    },
  ];
}
