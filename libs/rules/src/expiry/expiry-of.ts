import type { CourtCalendarData, LocalDateTime } from '../calendar';
import { buildCaseModel } from '../case/build-case-model';
import { computeOrders } from '../case/compute-orders';
import { orderRecord } from '../case/order-chain';
import type { CaseEvent, OrderFacts } from '../model/case-facts';
import type { DeadlineResult, StatedValueCheck } from '../model/deadline';
import type { ComputeOptions } from '../model/options';
import { finalOrderMaximumOn } from '../orders/final-order';
import { computeOrder } from '../orders/order-computation';
import type { OrderComputation } from '../orders/order-input';
import { ruleSetOf } from '../registry/registry';
import { statedInstant } from '../orders/stated-expiry';
import { validateOrderFacts } from '../validation/order-facts';
import { requireArray } from '../validation/fields';

function computeOne(
  order: OrderFacts,
  calendar: CourtCalendarData,
  events: readonly CaseEvent[],
  ruleSet: string,
): OrderComputation {
  const list = requireArray(events, 'events') as readonly CaseEvent[];
  if (list.length === 0 && order?.parentOrderId === undefined) {
    // The hot path (one order, no history): no case model.
    const record = orderRecord(validateOrderFacts(order, 'order'), 'order');
    return computeOrder({ order: record.input, parent: undefined, calendar, ruleSet });
  }
  // The order asked about is these facts, even when the events record it too: maxExpiry asks
  // about the order without its stated expiry, which the recorded event still holds.
  const isThis = (e: CaseEvent) => e.type === 'order_issued' && e.order.orderId === order.orderId;
  const all: readonly CaseEvent[] = list.some(isThis)
    ? list.map((e) => (isThis(e) ? { ...e, order } : e))
    : [...list, { type: 'order_issued', order }];
  const computation = computeOrders(buildCaseModel(all), calendar, ruleSet).get(order.orderId);
  if (computation === undefined) {
    throw new Error(`Order ${order.orderId} was not computed.`);
  }
  return computation;
}

// An order granted on a motion to extend, or recorded after a final order of its kind (R12, R25, R33).
function extendsFinalOrder(facts: OrderFacts, events: readonly CaseEvent[]): boolean {
  if (facts.extensionOf === 'motion_to_extend') {
    return true;
  }
  return (requireArray(events, 'events') as readonly (CaseEvent | undefined)[]).some(
    (e) =>
      (e?.type === 'extension_granted' && e.newOrderId === facts.orderId) ||
      (e?.type === 'order_issued' &&
        facts.parentOrderId !== undefined &&
        e.order?.orderId === facts.parentOrderId &&
        e.order.kind === facts.kind),
  );
}

/**
 * The effective expiry of one order (R01/R02, R05/R07, R10/R12, R23–R25, R32/R33, R38), or null
 * while it lasts until a hearing (AOV PPO, ESRO) or states none (OOS). `events` supply its chain
 * and in-place extensions when it has any.
 */
export function expiryOf(
  order: OrderFacts,
  calendar: CourtCalendarData,
  events: readonly CaseEvent[] = [],
  options?: ComputeOptions,
): DeadlineResult | null {
  return computeOne(order, calendar, events, ruleSetOf(options)).expiry;
}

/**
 * The statutory maximum expiry of an order, ignoring what it states: R01/R23 and R05 with rollover,
 * two years (R10, R12, R25) or 180 days (R32, R33) from issuance or grant, four years for a
 * family-abuse final order issued from 2025-07-01 with the court's prior-order finding (R10
 * version 2); null where none exists.
 */
export function maxExpiry(
  order: OrderFacts,
  calendar: CourtCalendarData,
  events: readonly CaseEvent[] = [],
  options?: ComputeOptions,
): LocalDateTime | null {
  const ruleSet = ruleSetOf(options);
  const facts = validateOrderFacts(order, 'order');
  if (facts.kind === 'FA_PO' || facts.kind === 'AOV_PO' || facts.kind === 'FSRO') {
    return finalOrderMaximumOn(
      facts.kind,
      facts.issuedAt.date,
      extendsFinalOrder(facts, events),
      facts.priorFamilyAbuseOrderFinding === true,
      ruleSet,
    );
  }
  if (facts.kind === 'AOV_PPO' || facts.kind === 'ESRO' || facts.kind === 'OOS') {
    return null;
  }
  const unstated: OrderFacts = { ...facts };
  delete unstated.statedExpiry;
  delete unstated.statedExpiryOverride;
  const expiry = computeOne(unstated, calendar, events, ruleSet).expiry;
  return expiry === null ? null : statedInstant(expiry.due);
}

/**
 * Checks an order's stated expiry against its statutory maximum: 'matches' or 'earlier'; throws
 * RulesInputError STATED_EXPIRY_EXCEEDS_MAXIMUM (field, citation) when later unless overridden.
 * Null when the order states none or its kind has no maximum.
 */
export function checkStatedExpiry(
  order: OrderFacts,
  calendar: CourtCalendarData,
  events: readonly CaseEvent[] = [],
  options?: ComputeOptions,
): StatedValueCheck | null {
  const ruleSet = ruleSetOf(options);
  if (order?.statedExpiry === undefined) {
    return null;
  }
  return computeOne(order, calendar, events, ruleSet).expiry?.statedValueCheck ?? null;
}
