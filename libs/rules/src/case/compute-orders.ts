import type { CourtCalendarData } from '../calendar';
import { computeOrder } from '../orders/order-computation';
import type { OrderComputation } from '../orders/order-input';
import type { CaseModel } from './case-model';

/** Computes every order of the case, parents first (an extension needs its parent's expiry). */
export function computeOrders(
  model: CaseModel,
  calendar: CourtCalendarData,
  ruleSet: string,
): Map<string, OrderComputation> {
  const computations = new Map<string, OrderComputation>();
  for (const record of model.orders) {
    const parentId = record.facts.parentOrderId;
    const parentRecord = parentId === undefined ? undefined : model.ordersById.get(parentId);
    const parentComputation = parentId === undefined ? undefined : computations.get(parentId);
    const parent =
      parentRecord === undefined || parentComputation === undefined
        ? undefined
        : { input: parentRecord.input, computation: parentComputation };
    computations.set(
      record.facts.orderId,
      computeOrder({ order: record.input, parent, calendar, ruleSet }),
    );
  }
  return computations;
}
