import type { KnownOrderFacts } from '@api/case-computation/case-record';

import type { CaseOrderRows } from './orders.repository';

/**
 * The rules library's facts of a case's orders, taken from the rows the orders list has read (so
 * the computation does not read them again). The same columns case-record.reader.ts selects:
 * civil dates and times are the entities' 'YYYY-MM-DD' and 'HH:MM:SS' text, as its casts give.
 */
export function toKnownOrderFacts(rows: CaseOrderRows): KnownOrderFacts {
  return {
    orders: rows.orders.map((o) => ({
      id: o.id,
      kind: o.kind,
      issuedOn: o.issuedOn,
      issuedTime: o.issuedTime,
      issuingCourtId: o.issuingCourtId,
      issuingCourtKind: o.issuingCourtKind,
      issuingLocality: o.issuingLocality,
      statedExpiryOn: o.statedExpiryOn,
      statedExpiryTime: o.statedExpiryTime,
      statedExpiryOverrideReason: o.statedExpiryOverrideReason,
      reliefs: o.reliefs,
      parentOrderId: o.parentOrderId,
      extensionOf: o.extensionOf,
      protectsMinorAgainstParent: o.protectsMinorAgainstParent,
      petitionerHouseholdAtInitial: o.petitionerHouseholdAtInitial,
      priorFaOrderFinding: o.priorFaOrderFinding,
      priorFaOrderIssuedOn: o.priorFaOrderIssuedOn,
      issuingState: o.issuingState,
      registeredOn: o.registeredOn,
      registeredCourtId: o.registeredCourtId,
      dissolvedOn: o.dissolvedOn,
    })),
    orderExtensions: rows.extensions.map((e) => ({
      id: e.id,
      orderId: e.orderId,
      kind: e.kind,
      grantedOn: e.grantedOn,
      grantedTime: e.grantedTime,
      statedExpiryOn: e.statedExpiryOn,
      statedExpiryTime: e.statedExpiryTime,
      statedExpiryOverrideReason: e.statedExpiryOverrideReason,
    })),
    extensionMotions: rows.motions.map((m) => ({
      id: m.id,
      orderId: m.orderId,
      filedOn: m.filedOn,
      filedTime: m.filedTime,
      outcome: m.outcome,
    })),
  };
}
