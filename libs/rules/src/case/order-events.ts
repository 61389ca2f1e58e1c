import { compareLocalDateTimes } from '../calendar';
import { RulesInputError } from '../errors';
import type { CaseEvent } from '../model/case-facts';
import type { PartialDateTime } from '../model/deadline';
import { startInstant } from '../orders/stated-expiry';
import type { OrderRecord } from './case-model';

type OrderEvent = Extract<
  CaseEvent,
  {
    type:
      | 'order_served'
      | 'service_attempted'
      | 'incapacity_extension_granted'
      | 'unserved_extension_granted'
      | 'extension_motion_filed'
      | 'order_dissolved';
  }
>;

function orderFor(
  orders: ReadonlyMap<string, OrderRecord>,
  orderId: string,
  field: string,
): OrderRecord {
  const record = orders.get(orderId);
  if (record === undefined) {
    throw new RulesInputError(
      'UNKNOWN_REFERENCE',
      `${field}.orderId`,
      `No order ${orderId} in this case.`,
    );
  }
  return record;
}

function requireKind(
  record: OrderRecord,
  kinds: readonly string[],
  field: string,
  what: string,
): void {
  if (!kinds.includes(record.facts.kind)) {
    throw new RulesInputError(
      'INVALID_INPUT',
      `${field}.orderId`,
      `${what} applies to ${kinds.join(' and ')} orders, not ${record.facts.kind}.`,
    );
  }
}

function serve(record: OrderRecord, at: OrderRecord['servedAt'], personal: boolean): void {
  // The earliest recorded service is when the order took effect (R26).
  if (at === undefined) {
    return;
  }
  if (
    record.servedAt === undefined ||
    compareLocalDateTimes(startInstant(at), startInstant(record.servedAt)) < 0
  ) {
    record.servedAt = at;
    record.personalService = personal;
  }
}

// Nothing can happen to an order before it was issued; such a date is a data-entry error.
function notBeforeIssuance(record: OrderRecord, at: PartialDateTime, field: string): void {
  const issued = record.facts.issuedAt;
  const sameDayEarlier =
    at.date === issued.date &&
    at.time !== undefined &&
    issued.time !== undefined &&
    compareLocalDateTimes(startInstant(at), startInstant(issued)) < 0;
  if (at.date < issued.date || sameDayEarlier) {
    throw new RulesInputError(
      'INVALID_INPUT',
      field,
      `This date is before order ${record.facts.orderId} was issued (${record.facts.issuedAt.date}).`,
    );
  }
}

function eventDate(event: OrderEvent): { at: PartialDateTime; path: string } {
  switch (event.type) {
    case 'order_served':
    case 'service_attempted':
      return { at: event.at, path: 'at' };
    case 'incapacity_extension_granted':
    case 'extension_motion_filed':
      return { at: event.on, path: 'on' };
    case 'unserved_extension_granted':
    case 'order_dissolved':
      return { at: { date: event.on }, path: 'on' };
  }
}

/** Records an event about an existing order (service, in-place extension, motion, dissolution). */
export function applyOrderEvent(
  orders: ReadonlyMap<string, OrderRecord>,
  event: OrderEvent,
  field: string,
): void {
  const record = orderFor(orders, event.orderId, field);
  const when = eventDate(event);
  notBeforeIssuance(record, when.at, `${field}.${when.path}`);
  switch (event.type) {
    case 'order_served':
      // The successful attempt counts as an attempt too, or a summary reads "served, 0 attempts".
      record.attempts.push({ at: event.at, outcome: 'served' });
      serve(record, event.at, event.personal);
      return;
    case 'service_attempted':
      record.attempts.push({ at: event.at, outcome: event.outcome });
      if (event.outcome === 'served') {
        serve(record, event.at, true);
      }
      return;
    case 'incapacity_extension_granted':
      requireKind(record, ['FA_EPO', 'AOV_EPO'], field, 'An incapacity extension');
      record.input.incapacityGrants.push({
        on: event.on,
        ...(event.statedExpiry === undefined ? {} : { statedExpiry: event.statedExpiry }),
        ...(event.statedExpiryOverride === undefined
          ? {}
          : { statedExpiryOverride: event.statedExpiryOverride }),
        field: `${field}.statedExpiry`,
      });
      return;
    case 'unserved_extension_granted':
      requireKind(record, ['FA_PPO', 'AOV_PPO'], field, 'An extension for an unserved respondent');
      record.input.unservedGrants.push({
        on: event.on,
        ...(event.statedExpiry === undefined ? {} : { statedExpiry: event.statedExpiry }),
        ...(event.statedExpiryOverride === undefined
          ? {}
          : { statedExpiryOverride: event.statedExpiryOverride }),
        field: `${field}.statedExpiry`,
      });
      return;
    case 'extension_motion_filed':
      record.motions.push({
        filedAt: event.on,
        ...(event.motionId === undefined ? {} : { motionId: event.motionId }),
        field,
      });
      return;
    case 'order_dissolved':
      if (record.dissolvedOn === undefined || event.on < record.dissolvedOn) {
        record.dissolvedOn = event.on;
      }
      return;
  }
}
