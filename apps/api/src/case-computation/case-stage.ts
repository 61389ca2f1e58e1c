import type { CaseStage, OrderKind } from '@haven/contracts';
import type { CaseComputation, OrderStatusResult } from '@haven/rules';

import type { CaseRecord } from './case-record';

const LIVE: ReadonlySet<OrderStatusResult['status']> = new Set([
  'awaiting_service',
  'in_effect',
  'not_yet_issued',
]);

/** What the caseload shows for a case: its stage and the kind of the order that protects now. */
export interface CaseStanding {
  stage: CaseStage;
  orderKind: OrderKind | null;
  /** The earliest open deadline, for caseloads sorted by what is due next. */
  nextDueOn: string | null;
}

/**
 * Where a case stands, derived from its facts on every recomputation so the caseload never shows a
 * stage somebody forgot to move. The most urgent standing wins: a motion to extend awaiting the
 * court, an order not yet enforceable because unserved, a hearing ahead, an order in effect, a
 * petition on file. A case whose every order has ended says so, so nobody reads it as protected.
 */
export function deriveCaseStanding(record: CaseRecord, computation: CaseComputation): CaseStanding {
  const nextDueOn =
    computation.deadlines
      .filter((d) => d.state === 'open')
      .map((d) => d.due.date)
      .sort()[0] ?? null;
  return { ...stageOf(record, computation), nextDueOn };
}

function stageOf(
  record: CaseRecord,
  computation: CaseComputation,
): Pick<CaseStanding, 'stage' | 'orderKind'> {
  if (record.caseRow.closedOn)
    return { stage: 'closed', orderKind: record.caseRow.orderKind as OrderKind | null };
  const live = computation.orders.filter((o) => LIVE.has(o.status));
  const latestLive = live[live.length - 1];
  // Before any order, the kind is the one sought at intake.
  const orderKind =
    (latestLive ?? computation.orders[computation.orders.length - 1])?.kind ??
    (record.caseRow.orderKind as OrderKind | null);

  const liveIds = new Set(live.map((o) => o.orderId));
  const motionPending = record.extensionMotions.some(
    (m) => m.outcome === 'pending' && liveIds.has(m.orderId),
  );
  if (motionPending) return { stage: 'extension_pending', orderKind };
  if (live.some((o) => o.status === 'awaiting_service')) {
    return { stage: 'awaiting_service', orderKind };
  }
  if (computation.hearings.some((h) => !h.held)) return { stage: 'hearing_scheduled', orderKind };
  if (live.length > 0) return { stage: 'order_in_effect', orderKind };
  if (computation.orders.length > 0) return { stage: 'order_ended', orderKind };
  if (record.petitions.length > 0) return { stage: 'petition_filed', orderKind };
  return { stage: 'intake', orderKind };
}
