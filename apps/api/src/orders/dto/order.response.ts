import type {
  DateTimeResponse,
  DeadlineResponse,
  ExtensionMotionResponse,
  OrderComputedResponse,
  OrderExtensionResponse,
  OrderResponse,
} from '@haven/contracts';
import type {
  CaseComputation,
  CaseDeadline,
  OrderStatusResult,
  PartialDateTime,
} from '@haven/rules';

import type { ExtensionMotionEntity } from '../extension-motion.entity';
import { hhmm } from '../order-checks';
import type { OrderExtensionEntity } from '../order-extension.entity';
import type { ProtectiveOrderEntity } from '../protective-order.entity';

/** What an order response is built from besides the order row. */
export interface OrderParts {
  extensions: readonly OrderExtensionEntity[];
  motions: readonly ExtensionMotionEntity[];
  computation: CaseComputation | null;
}

function dateTime(at: PartialDateTime | null | undefined): DateTimeResponse | null {
  return at ? { date: at.date, time: at.time ?? null } : null;
}

/** A computed deadline as the wire shows it (the same fields as a stored one). */
export function toComputedDeadlineResponse(d: CaseDeadline): DeadlineResponse {
  return {
    ruleId: d.ruleId,
    ruleVersion: d.ruleVersion,
    kind: d.kind,
    orderId: d.orderId ?? null,
    hearingId: d.hearingId ?? null,
    dueOn: d.due.date,
    dueTime: d.due.time ?? null,
    actByOn: d.actBy ?? null,
    citation: d.citation.text,
    explanation: d.explanation,
    confidence: d.confidence,
    assumptions: [...d.assumptions],
    statedCheck: d.statedValueCheck?.status ?? null,
    state: d.state,
  };
}

export function toOrderExtensionResponse(e: OrderExtensionEntity): OrderExtensionResponse {
  return {
    id: e.id,
    orderId: e.orderId,
    kind: e.kind,
    grantedOn: e.grantedOn,
    grantedTime: hhmm(e.grantedTime),
    statedExpiryOn: e.statedExpiryOn,
    statedExpiryTime: hhmm(e.statedExpiryTime),
    statedExpiryOverrideReason: e.statedExpiryOverrideReason,
  };
}

export function toExtensionMotionResponse(
  m: ExtensionMotionEntity,
  computation: CaseComputation | null,
): ExtensionMotionResponse {
  const judged = computation?.extensionMotions.find((r) => r.motionId === m.id);
  return {
    id: m.id,
    orderId: m.orderId,
    filedOn: m.filedOn,
    filedTime: hhmm(m.filedTime),
    outcome: m.outcome,
    decidedOn: m.decidedOn,
    grantedOrderId: m.grantedOrderId,
    timeliness: judged
      ? {
          status: judged.status,
          ruleId: judged.ruleId,
          ruleVersion: judged.ruleVersion,
          citation: judged.citation.text,
          explanation: judged.explanation,
          expiresAt: dateTime(judged.expiresAt),
          fileBy: judged.fileBy ?? null,
        }
      : null,
  };
}

function toComputed(s: OrderStatusResult): OrderComputedResponse {
  return {
    status: s.status,
    statusRuleId: s.statusRuleId,
    statusExplanation: s.statusExplanation,
    expiresAt: dateTime(s.expiresAt),
    enforceableFrom: dateTime(s.enforceableFrom),
    endedAt: dateTime(s.endedAt),
    supersededBy: s.supersededBy ?? null,
    service: {
      status: s.service.status,
      servedAt: dateTime(s.service.servedAt),
      personal: s.service.personal ?? null,
      attempts: s.service.attempts,
      unsuccessfulAttempts: s.service.unsuccessfulAttempts,
    },
    extensionMotion: s.extensionMotion ?? null,
  };
}

/** Allow-list of what an order shows: its record, extensions, motions and computed state. */
export function toOrderResponse(o: ProtectiveOrderEntity, parts: OrderParts): OrderResponse {
  const computed = parts.computation?.orders.find((s) => s.orderId === o.id);
  return {
    id: o.id,
    caseId: o.caseId,
    kind: o.kind,
    issuedOn: o.issuedOn,
    issuedTime: hhmm(o.issuedTime),
    issuingCourtId: o.issuingCourtId,
    issuingCourtKind: o.issuingCourtKind,
    issuingLocality: o.issuingLocality,
    statedExpiryOn: o.statedExpiryOn,
    statedExpiryTime: hhmm(o.statedExpiryTime),
    statedExpiryOverrideReason: o.statedExpiryOverrideReason,
    reliefs: [...o.reliefs],
    status: o.status,
    parentOrderId: o.parentOrderId,
    extensionOf: o.extensionOf,
    protectsMinorAgainstParent: o.protectsMinorAgainstParent,
    petitionerHouseholdAtInitial: o.petitionerHouseholdAtInitial,
    priorFamilyAbuseOrderFinding: o.priorFaOrderFinding,
    priorFamilyAbuseOrderIssuedOn: o.priorFaOrderIssuedOn,
    issuingState: o.issuingState,
    registeredOn: o.registeredOn,
    registeredCourtId: o.registeredCourtId,
    dissolvedOn: o.dissolvedOn,
    extensions: parts.extensions.filter((e) => e.orderId === o.id).map(toOrderExtensionResponse),
    extensionMotions: parts.motions
      .filter((m) => m.orderId === o.id)
      .map((m) => toExtensionMotionResponse(m, parts.computation)),
    computed: computed ? toComputed(computed) : null,
    deadlines: (parts.computation?.deadlines ?? [])
      .filter((d) => d.orderId === o.id)
      .map(toComputedDeadlineResponse),
  };
}

/**
 * Parents before children: the rules library's order when it computed the case, otherwise the
 * chain walked from each root in issuance order.
 */
export function parentsFirst(
  orders: readonly ProtectiveOrderEntity[],
  computation: CaseComputation | null,
): ProtectiveOrderEntity[] {
  const rank = new Map((computation?.orders ?? []).map((s, i) => [s.orderId, i]));
  if (orders.every((o) => rank.has(o.id))) {
    return [...orders].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  }
  const ids = new Set(orders.map((o) => o.id));
  const sorted: ProtectiveOrderEntity[] = [];
  const visit = (parentId: string | null): void => {
    for (const o of orders) {
      const isChild =
        parentId === null
          ? !o.parentOrderId || !ids.has(o.parentOrderId)
          : o.parentOrderId === parentId;
      if (isChild && !sorted.includes(o)) {
        sorted.push(o);
        visit(o.id);
      }
    }
  };
  visit(null);
  return [...sorted, ...orders.filter((o) => !sorted.includes(o))];
}
