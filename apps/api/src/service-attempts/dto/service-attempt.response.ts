import type {
  RecordServiceAttemptResponse,
  ServiceAttemptOrderState,
  ServiceAttemptResponse,
} from '@haven/contracts';
import type { OrderStatusResult } from '@haven/rules';

import type { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';

import type { ServiceAttemptEntity } from '../service-attempt.entity';

/** PostgreSQL answers 'HH:MM:SS'; the wire carries 'HH:MM'. */
function hhmm(time: string | null): string | null {
  return time?.slice(0, 5) ?? null;
}

/**
 * Allow-list of what an attempt shows. The notes never leave through here, only whether there are
 * any: `hasNotes` comes from the repository, which alone touches the sealed column.
 */
export function toServiceAttemptResponse(
  row: ServiceAttemptEntity,
  hasNotes: boolean,
): ServiceAttemptResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    orderId: row.orderId,
    attemptedOn: row.attemptedOn,
    attemptedTime: hhmm(row.attemptedTime),
    servedBy: row.servedBy,
    method: row.method,
    outcome: row.outcome,
    hasNotes,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The recorded attempt with the order's service as stored and its status as the rules compute it. */
export function toRecordServiceAttemptResponse(
  row: ServiceAttemptEntity,
  hasNotes: boolean,
  order: ProtectiveOrderEntity,
  computed: OrderStatusResult | undefined,
): RecordServiceAttemptResponse {
  const state: ServiceAttemptOrderState = {
    id: order.id,
    servedOn: order.servedOn,
    servedTime: hhmm(order.servedTime),
    recordedStatus: order.status,
    computedStatus: computed?.status ?? null,
  };
  return { ...toServiceAttemptResponse(row, hasNotes), order: state };
}
