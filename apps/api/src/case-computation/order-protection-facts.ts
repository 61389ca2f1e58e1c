import type { OrderKind } from '@haven/contracts';

import type { NewCaseDeadline } from './case-deadlines.repository';
import type { CaseRecord, HearingFacts, OrderFactsRow } from './case-record';

// What keeps each order's protection going, derived from a case's facts and the deadlines its
// recompute stores, so that the "protection at risk" list reads one indexed row per order
// instead of probing motions, service, petitions and hearings for every order (issue 18). Pure,
// so the recompute and the scale seed store the same rows.

export const FINAL_KINDS: readonly OrderKind[] = ['FA_PO', 'AOV_PO', 'FSRO'];
export const PRELIMINARY_KINDS: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];
export const EMERGENCY_KINDS: readonly OrderKind[] = ['FA_EPO', 'AOV_EPO', 'ESRO'];

/** The risks that come with a date ahead: the order lapses then unless someone acts. */
export type ExpiringReason =
  | 'final_order_expiring_without_motion'
  | 'preliminary_hearing_respondent_unserved'
  | 'emergency_order_without_petition';

// The deadline whose date is "the expiry" of each kind of order: an ESRO lasts until its hearing.
const END_KINDS: Record<ExpiringReason, readonly string[]> = {
  final_order_expiring_without_motion: ['order_expiry'],
  preliminary_hearing_respondent_unserved: ['hearing_by', 'max_expiry', 'order_expiry'],
  emergency_order_without_petition: ['order_expiry', 'hearing_by', 'max_expiry'],
};

const EXPIRY_KINDS = ['order_expiry', 'max_expiry'];

/** One order's protection facts as stored in `order_protection_facts`. */
export interface OrderProtectionFacts {
  organisationId: string;
  caseId: string;
  orderId: string;
  kind: OrderKind;
  issuedOn: string;
  courtId: string;
  caseOpen: boolean;
  dissolved: boolean;
  /** Another order names this one as its parent (an extension, or the order after a hearing). */
  followed: boolean;
  hasMotion: boolean;
  served: boolean;
  /** A petition of the case was filed on or after the order was issued. */
  petitionSinceIssued: boolean;
  /**
   * The order's expiring risk while it is live (open case, not dissolved, not followed) and lacks
   * what keeps it going, with the day it becomes due: the next hearing not yet held (preliminary
   * orders), else the open deadline that ends the order. Null when there is no such risk or day.
   */
  risk: ExpiringReason | null;
  riskOn: string | null;
  riskTime: string | null;
  riskHearingId: string | null;
  /**
   * A live final order with no service recorded: the last open expiry day, so the order is listed
   * as not in effect while it still runs (R26). Null otherwise.
   */
  unservedUntil: string | null;
  /**
   * An emergency or preliminary order of an open case, not dissolved, whose expiry came before the
   * next order of the case was entered (or with none entered): the expiry (the gap starts the day
   * after) and the day the next order was entered (null while none is).
   */
  lapseOn: string | null;
  lapseTime: string | null;
  lapseUntil: string | null;
  /** The day the facts were derived: "the next hearing" is the next one on or after it. */
  asOf: string;
}

type DeadlineFacts = Pick<
  NewCaseDeadline,
  'orderId' | 'kind' | 'state' | 'dueOn' | 'dueTime' | 'ruleId'
>;

/** Deadline order of the stored rows: by day, then time (untimed last), then rule. */
function byDue(a: DeadlineFacts, b: DeadlineFacts): number {
  return (
    a.dueOn.localeCompare(b.dueOn) ||
    compareTimesNullsLast(a.dueTime, b.dueTime) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

function compareTimesNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

function reasonOf(
  kind: OrderKind,
  facts: { hasMotion: boolean; served: boolean; petitionSinceIssued: boolean },
): ExpiringReason | null {
  if (FINAL_KINDS.includes(kind) && !facts.hasMotion) return 'final_order_expiring_without_motion';
  if (PRELIMINARY_KINDS.includes(kind) && !facts.served)
    return 'preliminary_hearing_respondent_unserved';
  if (EMERGENCY_KINDS.includes(kind) && !facts.petitionSinceIssued)
    return 'emergency_order_without_petition';
  return null;
}

/** The next hearing not yet held for a preliminary order, on or after `asOf`. */
function nextHearing(order: OrderFactsRow, hearings: HearingFacts[], asOf: string) {
  return (
    hearings
      .filter(
        (h) =>
          h.outcome === null &&
          h.scheduledOn >= asOf &&
          (h.orderId === order.id || (h.orderId === null && h.kind === 'ppo_full_hearing')),
      )
      .sort(
        (a, b) =>
          a.scheduledOn.localeCompare(b.scheduledOn) ||
          compareTimesNullsLast(a.scheduledTime, b.scheduledTime) ||
          a.id.localeCompare(b.id),
      )[0] ?? null
  );
}

/** The order entered next in the case: its child, or the first issued after it. */
function nextOrder(order: OrderFactsRow, orders: OrderFactsRow[]): OrderFactsRow | null {
  return (
    orders
      .filter(
        (o) => o.id !== order.id && (o.parentOrderId === order.id || o.issuedOn > order.issuedOn),
      )
      .sort(
        (a, b) =>
          a.issuedOn.localeCompare(b.issuedOn) ||
          // untimed first, as PostgreSQL's `issued_time nulls first`
          -compareTimesNullsLast(a.issuedTime, b.issuedTime) ||
          a.id.localeCompare(b.id),
      )[0] ?? null
  );
}

const hhmm = (time: string | null | undefined): string | null => (time ? time.slice(0, 5) : null);

/**
 * Each order's protection facts, from the case's facts and the deadline rows its recompute
 * stores, as of the day `asOf`.
 */
export function toOrderProtectionFacts(
  organisationId: string,
  record: CaseRecord,
  deadlines: readonly DeadlineFacts[],
  asOf: string,
): OrderProtectionFacts[] {
  const caseOpen = record.caseRow.closedOn === null;
  const sorted = [...deadlines].sort(byDue);
  return record.orders.map((order) => {
    const own = sorted.filter((d) => d.orderId === order.id);
    const open = own.filter((d) => d.state === 'open');
    const dissolved = order.dissolvedOn !== null;
    const followed = record.orders.some((o) => o.parentOrderId === order.id);
    const facts = {
      hasMotion: record.extensionMotions.some((m) => m.orderId === order.id),
      served: record.serviceAttempts.some((s) => s.orderId === order.id && s.outcome === 'served'),
      petitionSinceIssued: record.petitions.some((p) => p.filedOn >= order.issuedOn),
    };
    const live = caseOpen && !dissolved && !followed;

    let risk: ExpiringReason | null = live ? reasonOf(order.kind, facts) : null;
    let riskOn: string | null = null;
    let riskTime: string | null = null;
    let riskHearingId: string | null = null;
    if (risk) {
      const end = END_KINDS[risk]
        .map((k) => open.find((d) => d.kind === k))
        .find((d) => d !== undefined);
      const hearing =
        risk === 'preliminary_hearing_respondent_unserved'
          ? nextHearing(order, record.hearings, asOf)
          : null;
      if (hearing) {
        riskOn = hearing.scheduledOn;
        riskTime = hhmm(hearing.scheduledTime);
        riskHearingId = hearing.id;
      } else if (end) {
        riskOn = end.dueOn;
        riskTime = hhmm(end.dueTime);
      } else {
        risk = null;
      }
    }

    const openExpiries = open.filter((d) => EXPIRY_KINDS.includes(d.kind)).map((d) => d.dueOn);
    const unservedUntil =
      live && FINAL_KINDS.includes(order.kind) && !facts.served && openExpiries.length > 0
        ? openExpiries.reduce((a, b) => (a > b ? a : b))
        : null;

    let lapse: { on: string; time: string | null; until: string | null } | null = null;
    if (
      caseOpen &&
      !dissolved &&
      (EMERGENCY_KINDS.includes(order.kind) || PRELIMINARY_KINDS.includes(order.kind))
    ) {
      const expiry = own.find((d) => EXPIRY_KINDS.includes(d.kind) && d.state !== 'moot');
      const next = nextOrder(order, record.orders);
      if (expiry && (next === null || next.issuedOn > expiry.dueOn)) {
        lapse = { on: expiry.dueOn, time: hhmm(expiry.dueTime), until: next?.issuedOn ?? null };
      }
    }

    return {
      organisationId,
      caseId: record.caseRow.id,
      orderId: order.id,
      kind: order.kind,
      issuedOn: order.issuedOn,
      courtId: order.issuingCourtId,
      caseOpen,
      dissolved,
      followed,
      ...facts,
      risk,
      riskOn,
      riskTime,
      riskHearingId,
      unservedUntil,
      lapseOn: lapse?.on ?? null,
      lapseTime: lapse?.time ?? null,
      lapseUntil: lapse?.until ?? null,
      asOf,
    };
  });
}
