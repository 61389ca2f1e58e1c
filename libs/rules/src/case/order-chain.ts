import { compareLocalDateTimes } from '../calendar';
import { RulesInputError } from '../errors';
import type { OrderFacts } from '../model/case-facts';
import type { OrderKind } from '../model/order-kind';
import { startInstant } from '../orders/stated-expiry';
import type { OrderRecord } from './case-model';

/** A fresh record for validated order facts (in-place extensions and service are added later). */
export function orderRecord(facts: OrderFacts, field: string): OrderRecord {
  const record: OrderRecord = {
    facts,
    field,
    attempts: [],
    motions: [],
    childIds: [],
    input: {
      orderId: facts.orderId,
      kind: facts.kind,
      issuedAt: facts.issuedAt,
      // whose court days; the caller names the court when it is not the issuing one.
      courtId: facts.calendarCourtId ?? facts.issuingCourt.courtId,
      statedField: `${field}.statedExpiry`,
      extensionDepth: 0,
      protectsMinorAgainstParent: facts.protectsMinorAgainstParent === true,
      priorOrderFinding: facts.priorFamilyAbuseOrderFinding === true,
      incapacityGrants: [],
      unservedGrants: [],
      failedServiceHearings: [],
    },
  };
  const { input } = record;
  if (facts.statedExpiry !== undefined) {
    input.statedExpiry = facts.statedExpiry;
  }
  if (facts.statedExpiryOverride !== undefined) {
    input.statedExpiryOverride = facts.statedExpiryOverride;
  }
  if (facts.parentOrderId !== undefined) {
    input.parentOrderId = facts.parentOrderId;
  }
  if (facts.extensionOf !== undefined) {
    input.extensionOf = facts.extensionOf;
  }
  if (facts.outOfState !== undefined) {
    input.issuingState = facts.outOfState.issuingState;
  }
  if (facts.priorFamilyAbuseOrderIssuedOn !== undefined) {
    input.priorOrderIssuedOn = facts.priorFamilyAbuseOrderIssuedOn;
  }
  if (facts.servedAt !== undefined) {
    record.servedAt = facts.servedAt;
    record.personalService = true;
  }
  return record;
}

const SAME_KIND_EXTENSIONS: Readonly<Record<string, readonly OrderKind[]>> = {
  incapacity: ['FA_EPO', 'AOV_EPO'],
  unserved: ['FA_PPO', 'AOV_PPO'],
  motion_to_extend: ['FA_PO', 'AOV_PO', 'FSRO'],
};

function checkLink(record: OrderRecord, parent: OrderRecord): void {
  const { extensionOf } = record.facts;
  if (extensionOf === undefined) {
    return;
  }
  const kinds = SAME_KIND_EXTENSIONS[extensionOf] ?? [];
  if (!kinds.includes(record.facts.kind) || parent.facts.kind !== record.facts.kind) {
    throw new RulesInputError(
      'INVALID_INPUT',
      `${record.field}.extensionOf`,
      `An extension '${extensionOf}' must be an order of the same kind as its parent, one of ${kinds.join(', ')}.`,
    );
  }
  if (
    compareLocalDateTimes(
      startInstant(record.facts.issuedAt),
      startInstant(parent.facts.issuedAt),
    ) < 0
  ) {
    throw new RulesInputError(
      'INVALID_INPUT',
      `${record.field}.issuedAt`,
      `Order ${record.facts.orderId} is dated before the order it extends (${parent.facts.orderId}).`,
    );
  }
}

function byIssuance(a: OrderRecord, b: OrderRecord): number {
  const order = compareLocalDateTimes(
    startInstant(a.facts.issuedAt),
    startInstant(b.facts.issuedAt),
  );
  return order !== 0
    ? order
    : a.facts.orderId < b.facts.orderId
      ? -1
      : a.facts.orderId > b.facts.orderId
        ? 1
        : 0;
}

/**
 * Links each order to its parent, checks the chain (known parent, same kind for extensions, no
 * cycle) and returns the orders parents first, then by issuance and id.
 */
export function linkOrderChains(orders: ReadonlyMap<string, OrderRecord>): OrderRecord[] {
  const roots: OrderRecord[] = [];
  for (const record of orders.values()) {
    const parentId = record.facts.parentOrderId;
    if (parentId === undefined) {
      roots.push(record);
      continue;
    }
    const parent = orders.get(parentId);
    if (parent === undefined || parent === record) {
      throw new RulesInputError(
        'UNKNOWN_REFERENCE',
        `${record.field}.parentOrderId`,
        `No other order ${parentId} in this case.`,
      );
    }
    checkLink(record, parent);
    parent.childIds.push(record.facts.orderId);
  }
  const sorted: OrderRecord[] = [];
  const visit = (record: OrderRecord, depth: number): void => {
    record.input.extensionDepth = depth;
    sorted.push(record);
    const children = record.childIds.map((id) => orders.get(id) as OrderRecord).sort(byIssuance);
    record.childIds = children.map((c) => c.facts.orderId);
    for (const child of children) {
      const extends_ =
        child.facts.extensionOf === 'motion_to_extend' ||
        (child.facts.kind === record.facts.kind &&
          ['FA_PO', 'AOV_PO', 'FSRO'].includes(child.facts.kind));
      visit(child, extends_ ? depth + 1 : 0);
    }
  };
  roots.sort(byIssuance).forEach((r) => visit(r, 0));
  if (sorted.length !== orders.size) {
    const inCycle = [...orders.values()].find((r) => !sorted.includes(r));
    throw new RulesInputError(
      'INVALID_INPUT',
      `${inCycle?.field ?? 'events'}.parentOrderId`,
      "The orders' parent links form a cycle.",
    );
  }
  return sorted;
}
