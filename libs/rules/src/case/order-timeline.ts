import { compareLocalDateTimes, type LocalDateTime } from '../calendar';
import type { PartialDateTime } from '../model/deadline';
import type { OrderComputation } from '../orders/order-input';
import { startInstant, statedInstant } from '../orders/stated-expiry';
import type { CaseModel, HearingRecord, OrderRecord } from './case-model';
import type { OrderStatus } from './case-result';

/** One way an order can end, and when. */
export interface OrderEnd {
  status: Exclude<OrderStatus, 'not_yet_issued' | 'awaiting_service' | 'in_effect'>;
  at: PartialDateTime;
  /** Expiry ends after `at` (end of day is still protected); the others from the start of `at`. */
  inclusive: boolean;
  ruleId: string;
  supersededBy?: string;
  hearing?: HearingRecord;
}

/** An order with its computation, enforceability and the first way it ends. */
export interface OrderTimeline {
  record: OrderRecord;
  computation: OrderComputation;
  enforceableFrom: PartialDateTime | null;
  /** True when enforceability is carried over from the order this one extends. */
  enforceableInherited: boolean;
  end: OrderEnd | undefined;
}

const RANK: Readonly<Record<OrderEnd['status'], number>> = {
  dissolved: 0,
  superseded: 1,
  ended_at_hearing: 2,
  expired: 3,
};

function endInstant(end: OrderEnd): LocalDateTime {
  return end.inclusive ? statedInstant(end.at) : startInstant(end.at);
}

function hearingEnds(record: OrderRecord, model: CaseModel): OrderEnd[] {
  const kind = record.facts.kind;
  const hearingKinds =
    kind === 'ESRO'
      ? ['sro_final']
      : kind === 'FA_PPO' || kind === 'AOV_PPO'
        ? ['ppo_full_hearing', 'final_trial']
        : [];
  const ends: OrderEnd[] = [];
  for (const hearing of model.hearings) {
    const held = hearing.held;
    if (
      hearing.orderId !== record.facts.orderId ||
      !hearingKinds.includes(hearing.kind) ||
      held === undefined
    ) {
      continue;
    }
    if (held.outcome === 'granted' || held.outcome === 'denied') {
      const ruleId =
        kind === 'ESRO'
          ? 'VA.SRO.EMERGENCY'
          : kind === 'FA_PPO'
            ? 'VA.FA.HEARING.OUTCOMES'
            : 'VA.AOV.PPO';
      ends.push({
        status: 'ended_at_hearing',
        at: { date: held.on },
        inclusive: false,
        ruleId,
        hearing,
      });
    } else if (held.outcome === 'petitioner_absent' && kind !== 'ESRO') {
      // R08: "If you do not go to the hearing, your preliminary order will expire."
      ends.push({
        status: 'expired',
        at: { date: held.on },
        inclusive: false,
        ruleId: 'VA.FA.HEARING.OUTCOMES',
        hearing,
      });
    }
  }
  return ends;
}

const FINAL_KINDS: readonly string[] = ['FA_PO', 'AOV_PO', 'FSRO'];

// The rule that ends a preliminary order at its full hearing (R08, R24, R31).
const HEARING_END_RULES = {
  FA_PPO: 'VA.FA.HEARING.OUTCOMES',
  AOV_PPO: 'VA.AOV.PPO',
  ESRO: 'VA.SRO.EMERGENCY',
} as const;

// A later order of the same kind (extension, reissue) supersedes this one when issued. A final order
// following a PPO or ESRO was issued at the full hearing, which ends the preliminary order. An EPO
// is not ended by a PPO: it runs to its own expiry.
function childEnds(
  record: OrderRecord,
  model: CaseModel,
  computations: ReadonlyMap<string, OrderComputation>,
): OrderEnd[] {
  const ends: OrderEnd[] = [];
  const kind = record.facts.kind;
  for (const id of record.childIds) {
    const child = model.ordersById.get(id);
    if (child === undefined) {
      continue;
    }
    const ruleId = computations.get(id)?.deadlines[0]?.ruleId ?? 'VA.SERVICE.EFFECTIVE_ON_SERVICE';
    if (child.facts.kind === kind) {
      ends.push({
        status: 'superseded',
        at: child.facts.issuedAt,
        inclusive: false,
        ruleId,
        supersededBy: id,
      });
    } else if (
      (kind === 'FA_PPO' || kind === 'AOV_PPO' || kind === 'ESRO') &&
      FINAL_KINDS.includes(child.facts.kind)
    ) {
      ends.push({
        status: 'ended_at_hearing',
        at: child.facts.issuedAt,
        inclusive: false,
        ruleId: HEARING_END_RULES[kind],
        supersededBy: id,
      });
    }
  }
  return ends;
}

/** The first end of `record`, among expiry, supersession by a later order, a hearing and dissolution. */
export function firstEnd(
  record: OrderRecord,
  computation: OrderComputation,
  model: CaseModel,
  computations: ReadonlyMap<string, OrderComputation>,
): OrderEnd | undefined {
  const ends: OrderEnd[] = [];
  if (computation.expiry !== null) {
    ends.push({
      status: 'expired',
      at: computation.expiry.due,
      inclusive: true,
      ruleId: computation.expiry.ruleId,
    });
  }
  ends.push(...childEnds(record, model, computations));
  ends.push(...hearingEnds(record, model));
  if (record.dissolvedOn !== undefined) {
    ends.push({
      status: 'dissolved',
      at: { date: record.dissolvedOn },
      inclusive: false,
      ruleId: computation.expiry?.ruleId ?? 'VA.SERVICE.EFFECTIVE_ON_SERVICE',
    });
  }
  ends.sort(
    (a, b) =>
      compareLocalDateTimes(endInstant(a), endInstant(b)) || RANK[a.status] - RANK[b.status],
  );
  return ends[0];
}

/** Whether `end` has happened by `asOf` (an expiry only once its last minute has passed). */
export function hasEnded(end: OrderEnd | undefined, asOf: LocalDateTime): end is OrderEnd {
  if (end === undefined) {
    return false;
  }
  const order = compareLocalDateTimes(asOf, endInstant(end));
  return end.inclusive ? order > 0 : order >= 0;
}

/**
 * R26: an order is enforceable from service. An extension (incapacity, on motion) continues an order
 * the respondent was already served with, so it carries that service over; an out-of-state order is
 * enforced in Virginia on its own terms (R37).
 */
export function enforceability(
  record: OrderRecord,
  parent: OrderTimeline | undefined,
): { from: PartialDateTime | null; inherited: boolean } {
  if (record.servedAt !== undefined) {
    return { from: record.servedAt, inherited: false };
  }
  if (record.facts.kind === 'OOS') {
    return { from: record.facts.issuedAt, inherited: false };
  }
  const ext = record.facts.extensionOf;
  const continues =
    ext === 'incapacity' ||
    ext === 'motion_to_extend' ||
    (parent !== undefined &&
      parent.record.facts.kind === record.facts.kind &&
      ['FA_PO', 'AOV_PO', 'FSRO'].includes(record.facts.kind));
  if (continues && parent !== undefined && parent.enforceableFrom !== null) {
    return { from: record.facts.issuedAt, inherited: true };
  }
  return { from: null, inherited: false };
}

/** Whether `at` (a start: date, time if known) is on or before `asOf`. */
export function startedBy(at: PartialDateTime, asOf: LocalDateTime): boolean {
  return compareLocalDateTimes(startInstant(at), asOf) <= 0;
}
