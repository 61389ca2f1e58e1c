import type { IsoDate } from '../calendar';
import { RulesInputError } from '../errors';
import type { CaseEvent, OrderFacts } from '../model/case-facts';
import { requireArray, requireObject } from '../validation/fields';
import { validateCaseEvent } from '../validation/case-event';
import type { CaseModel, HearingRecord, OrderRecord, PetitionRecord } from './case-model';
import { linkOrderChains, orderRecord } from './order-chain';
import { applyOrderEvent } from './order-events';

/**
 * Validates every event and builds the case model. Events are facts; where two record the same thing
 * (a hearing scheduled again after a continuance) the later one in the list wins.
 */
export function buildCaseModel(eventsValue: unknown): CaseModel {
  const events = requireArray(eventsValue, 'events').map((e, i) =>
    validateCaseEvent(e, `events[${i}]`),
  );
  const ordersById = new Map<string, OrderRecord>();
  // Orders first, so other events may refer to an order recorded later in the list.
  events.forEach((event, i) => {
    if (event.type === 'order_issued') {
      addOrder(ordersById, event.order, `events[${i}].order`);
    }
  });
  events.forEach((event, i) => {
    if (event.type === 'extension_granted') {
      addExtensionOrder(ordersById, event, `events[${i}]`);
    }
  });
  const model: CaseModel = {
    orders: [],
    ordersById,
    hearings: [],
    petitions: [],
    violations: [],
    medicalEvidence: false,
    moves: [],
  };
  const hearings = new Map<string, HearingRecord>();
  const petitions: PetitionRecord[] = [];
  events.forEach((event, i) => {
    const field = `events[${i}]`;
    switch (event.type) {
      case 'order_issued':
      case 'extension_granted':
        return;
      case 'petition_filed':
        petitions.push({
          ...(event.petitionId === undefined ? {} : { petitionId: event.petitionId }),
          on: event.on,
          sought: event.sought,
          courtId: event.courtId,
          field,
          ...(event.militaryProtectiveOrder === undefined
            ? {}
            : { militaryProtectiveOrder: event.militaryProtectiveOrder }),
        });
        return;
      case 'hearing_scheduled':
        scheduleHearing(hearings, ordersById, event, field);
        return;
      case 'hearing_held':
        holdHearing(hearings, event, field);
        return;
      case 'medical_evidence_recorded':
        model.medicalEvidence = true;
        return;
      case 'violation_recorded':
        model.violations.push(event.violation);
        return;
      case 'respondent_moved':
        model.moves.push({
          ...(event.moveId === undefined ? {} : { moveId: event.moveId }),
          on: event.on,
          ...(event.noticeReceivedOn === undefined
            ? {}
            : { noticeReceivedOn: event.noticeReceivedOn }),
          field,
        });
        return;
      case 'order_served':
      case 'service_attempted':
      case 'incapacity_extension_granted':
      case 'unserved_extension_granted':
      case 'extension_motion_filed':
      case 'order_dissolved':
        applyOrderEvent(ordersById, event, field);
    }
  });
  model.orders = linkOrderChains(ordersById);
  model.hearings = [...hearings.values()];
  noteFailedServiceHearings(ordersById, model.hearings);
  model.petitions = petitions;
  return model;
}

function addOrder(orders: Map<string, OrderRecord>, facts: OrderFacts, field: string): void {
  if (orders.has(facts.orderId)) {
    throw new RulesInputError(
      'DUPLICATE_ID',
      `${field}.orderId`,
      `Order ${facts.orderId} is recorded twice.`,
    );
  }
  orders.set(facts.orderId, orderRecord(facts, field));
}

// An extension granted on motion is a new order in the chain (R12, R25, R33). If the new order was
// also recorded with order_issued, the two records must agree on its parent.
function addExtensionOrder(
  orders: Map<string, OrderRecord>,
  event: Extract<CaseEvent, { type: 'extension_granted' }>,
  field: string,
): void {
  const parent = orders.get(event.orderId);
  if (parent === undefined) {
    throw new RulesInputError(
      'UNKNOWN_REFERENCE',
      `${field}.orderId`,
      `No order ${event.orderId} in this case.`,
    );
  }
  const existing = orders.get(event.newOrderId);
  if (existing !== undefined) {
    if (
      existing.facts.parentOrderId !== undefined &&
      existing.facts.parentOrderId !== event.orderId
    ) {
      throw new RulesInputError(
        'INVALID_INPUT',
        `${field}.newOrderId`,
        `Order ${event.newOrderId} is recorded with another parent order.`,
      );
    }
    return;
  }
  const facts: OrderFacts = {
    orderId: event.newOrderId,
    kind: parent.facts.kind,
    issuedAt: { date: event.on },
    issuingCourt: parent.facts.issuingCourt,
    parentOrderId: event.orderId,
    extensionOf: 'motion_to_extend',
    reliefs: parent.facts.reliefs ?? [],
  };
  const copied: Partial<OrderFacts> = {
    calendarCourtId: parent.facts.calendarCourtId,
    statedExpiry: event.statedExpiry,
    statedExpiryOverride: event.statedExpiryOverride,
    petitionerWasFamilyOrHouseholdAtInitialOrder:
      parent.facts.petitionerWasFamilyOrHouseholdAtInitialOrder,
  };
  for (const [key, v] of Object.entries(copied)) {
    if (v !== undefined) {
      (facts as unknown as Record<string, unknown>)[key] = v;
    }
  }
  orders.set(event.newOrderId, orderRecord(facts, field));
}

function scheduleHearing(
  hearings: Map<string, HearingRecord>,
  orders: ReadonlyMap<string, OrderRecord>,
  event: Extract<CaseEvent, { type: 'hearing_scheduled' }>,
  field: string,
): void {
  if (event.orderId !== undefined && !orders.has(event.orderId)) {
    throw new RulesInputError(
      'UNKNOWN_REFERENCE',
      `${field}.orderId`,
      `No order ${event.orderId} in this case.`,
    );
  }
  const existing = hearings.get(event.hearingId);
  if (existing === undefined) {
    hearings.set(event.hearingId, {
      hearingId: event.hearingId,
      kind: event.kind,
      ...(event.orderId === undefined ? {} : { orderId: event.orderId }),
      at: event.at,
      previous: [],
      field,
    });
    return;
  }
  existing.previous.push(existing.at);
  existing.at = event.at;
  // A continuance's outcome belongs to the earlier date; the new date is not yet held.
  if (existing.held?.outcome === 'continued') {
    delete existing.held;
  }
  existing.kind = event.kind;
  if (event.orderId !== undefined) {
    existing.orderId = event.orderId;
  }
}

// R07 counts an FA PPO's six-month extension from the hearing the respondent was not served for
// so each PPO carries the days of its failed hearings; a PPO recorded as the unserved
// extension of another carries those of the PPO it extends.
function noteFailedServiceHearings(
  orders: ReadonlyMap<string, OrderRecord>,
  hearings: readonly HearingRecord[],
): void {
  const failed = hearings
    .filter((h) => h.orderId !== undefined && h.held?.outcome === 'respondent_not_served')
    .sort((a, b) => ((a.held?.on ?? '') < (b.held?.on ?? '') ? -1 : 1));
  for (const record of orders.values()) {
    const { input } = record;
    const heardOn =
      input.extensionOf === 'unserved' && input.parentOrderId !== undefined
        ? input.parentOrderId
        : input.orderId;
    input.failedServiceHearings = failed
      .filter((h) => h.orderId === heardOn)
      .map((h) => h.held?.on)
      .filter((on): on is IsoDate => on !== undefined);
  }
}

function holdHearing(
  hearings: Map<string, HearingRecord>,
  event: Extract<CaseEvent, { type: 'hearing_held' }>,
  field: string,
): void {
  const hearing = hearings.get(event.hearingId);
  if (hearing === undefined) {
    throw new RulesInputError(
      'UNKNOWN_REFERENCE',
      `${field}.hearingId`,
      `Hearing ${event.hearingId} was never scheduled in this case.`,
    );
  }
  hearing.held = { on: event.on, outcome: event.outcome };
}

/** Validates the top level of the case facts. */
export function caseFactsObject(value: unknown): Record<string, unknown> {
  return requireObject(value, 'facts');
}
