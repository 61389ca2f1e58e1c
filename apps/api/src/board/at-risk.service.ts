import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { AtRiskBasis, AtRiskItem, AtRiskResponse } from '@haven/contracts';
import { addCourtDays, addDays, type CourtCalendarData, getRule, RULE_IDS } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CourtClosuresRepository } from '@api/court-closures/court-closures.repository';
import { toCalendar } from '@api/case-computation/case-facts.mapper';

import {
  type AtRiskOrderRow,
  BoardRepository,
  EMERGENCY_KINDS,
  FINAL_KINDS,
  type LapsedOrderRow,
  type OrderDeadlineRow,
  PRELIMINARY_KINDS,
  type UnservedFinalOrderRow,
} from './board.repository';
import type { AtRiskQueryDto } from './dto/board.query';
import { toAtRiskRule, toCaseRef } from './dto/board.response';

const DEFAULT_COURT_DAYS = 10;

/** A gap that has closed stays on the board this many days, long enough for a weekly review. */
const LAPSE_SHOWN_DAYS = 30;

type ExpiringReason =
  | 'final_order_expiring_without_motion'
  | 'preliminary_hearing_respondent_unserved'
  | 'emergency_order_without_petition';

// Which stored deadlines of an order explain each kind of risk, the one to act on first.
const RULE_KINDS: Record<ExpiringReason, readonly string[]> = {
  final_order_expiring_without_motion: ['file_by', 'order_expiry', 'max_expiry'],
  preliminary_hearing_respondent_unserved: [
    'hearing_by',
    'advisory_target',
    'max_expiry',
    'order_expiry',
  ],
  emergency_order_without_petition: ['order_expiry', 'hearing_by', 'max_expiry'],
};

// The deadline whose date is "the expiry" of each kind of order: an ESRO lasts until its hearing.
const END_KINDS: Record<ExpiringReason, readonly string[]> = {
  final_order_expiring_without_motion: ['order_expiry'],
  preliminary_hearing_respondent_unserved: ['hearing_by', 'max_expiry', 'order_expiry'],
  emergency_order_without_petition: ['order_expiry', 'hearing_by', 'max_expiry'],
};

function reasonOf(row: AtRiskOrderRow): ExpiringReason | null {
  if (FINAL_KINDS.includes(row.kind) && !row.hasMotion)
    return 'final_order_expiring_without_motion';
  if (PRELIMINARY_KINDS.includes(row.kind) && !row.served)
    return 'preliminary_hearing_respondent_unserved';
  if (EMERGENCY_KINDS.includes(row.kind) && !row.petitionSinceIssued)
    return 'emergency_order_without_petition';
  return null;
}

/**
 * "Protection at risk": orders that lapse within N court days unless someone acts, computed from
 * the stored facts and the stored deadlines (which carry the rule, citation and explanation):
 * (a) final orders expiring with no motion to extend recorded (R11, R25, R33);
 * (b) preliminary orders whose hearing is near while the respondent is unserved (R05, R24, R26);
 * (c) emergency orders expiring with no petition filed since they were issued (R01, R23, R31);
 * (d) final orders entered and still running but never served, so not in effect (R26);
 * (e) emergency and preliminary orders that expired before the next order was entered, or with
 *     none entered since: a lapse, listed while it lasts and for 30 days after it closed.
 * "Within N court days" uses the court-day calendar of the order's issuing court with the
 * organisation's closures: due on or before the N-th court day after today.
 */
@Injectable()
export class AtRiskService {
  constructor(
    private readonly board: BoardRepository,
    private readonly closures: CourtClosuresRepository,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(actor: Actor, query: AtRiskQueryDto): Promise<AtRiskResponse> {
    const courtDays = query.courtDays ?? DEFAULT_COURT_DAYS;
    const orgId = actor.organisationId;
    const today = virginiaDate(this.clock.now());
    const closures = await this.closures.findAll(orgId);
    const calendar = toCalendar({ closures });
    // Every closure treated as statewide gives the latest horizon any court can have.
    const widest = toCalendar({ closures: closures.map((c) => ({ ...c, courtIds: null })) });
    // One transaction for the board's reads: the tenant setting is bound once (issue 18).
    const read = await this.dataSource.transaction(async (manager) => {
      const candidates = await this.board.findAtRiskCandidates(
        orgId,
        today,
        addCourtDays(today, courtDays, widest),
        manager,
      );
      const unserved = await this.board.findUnservedFinalOrders(orgId, today, manager);
      const lapsed = await this.board.findLapsedOrders(
        orgId,
        today,
        addDays(today, -LAPSE_SHOWN_DAYS),
        manager,
      );
      const deadlines = await this.board.findOpenDeadlinesOfOrders(
        orgId,
        [...candidates, ...unserved].map((c) => c.orderId),
        manager,
      );
      return { candidates, unserved, lapsed, deadlines };
    });
    const { candidates, unserved, lapsed } = read;
    const deadlinesOf = new Map<string, OrderDeadlineRow[]>();
    for (const d of read.deadlines) {
      deadlinesOf.set(d.orderId, [...(deadlinesOf.get(d.orderId) ?? []), d]);
    }
    const horizon = new Map<string, string>();
    const horizonOf = (courtId: string) => {
      const known = horizon.get(courtId);
      if (known) return known;
      const through = addCourtDays(today, courtDays, calendar, courtId);
      horizon.set(courtId, through);
      return through;
    };

    const items: AtRiskItem[] = [];
    for (const row of candidates) {
      const reason = reasonOf(row);
      if (!reason) continue;
      const deadlines = deadlinesOf.get(row.orderId) ?? [];
      const end = END_KINDS[reason]
        .map((k) => deadlines.find((d) => d.kind === k))
        .find((d) => d !== undefined);
      const hearingFirst =
        reason === 'preliminary_hearing_respondent_unserved' && row.nextHearingOn !== null;
      const dueOn = hearingFirst ? row.nextHearingOn : end?.dueOn;
      if (!dueOn || dueOn > horizonOf(row.courtId)) continue;
      items.push({
        reason,
        case: toCaseRef(row),
        order: { id: row.orderId, kind: row.kind, issuedOn: row.issuedOn },
        hearingId: hearingFirst ? row.nextHearingId : null,
        dueOn,
        dueTime: hearingFirst ? row.nextHearingTime : (end?.dueTime ?? null),
        courtDaysLeft: courtDaysUntil(today, dueOn, calendar, row.courtId, courtDays),
        rules: RULE_KINDS[reason]
          .flatMap((k) => deadlines.filter((d) => d.kind === k))
          .map(toAtRiskRule),
        basis: expiringBasis(reason, row, deadlines, dueOn),
        gap: null,
      });
    }

    for (const row of unserved) items.push(unservedFinalItem(row, deadlinesOf.get(row.orderId)));
    for (const row of lapsed) items.push(lapseItem(row));
    items.sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        (a.dueTime ?? '').localeCompare(b.dueTime ?? '') ||
        a.case.reference.localeCompare(b.case.reference) ||
        a.order.id.localeCompare(b.order.id),
    );
    return { today, courtDays, items };
  }
}

/** The fewest court days n with `due` on or before the n-th court day after today (0 if due). */
function courtDaysUntil(
  today: string,
  due: string,
  calendar: CourtCalendarData,
  courtId: string,
  max: number,
): number {
  let day = today;
  let n = 0;
  while (day < due && n < max) {
    day = addCourtDays(day, 1, calendar, courtId);
    n += 1;
  }
  return n;
}

const R26 = getRule(RULE_IDS.R26);

function basisOf(ruleId: string, citation: string | undefined, explanation: string): AtRiskBasis {
  return { ruleId, citation: citation ?? '', explanation };
}

function expiringBasis(
  reason: ExpiringReason,
  row: AtRiskOrderRow,
  deadlines: OrderDeadlineRow[],
  dueOn: string,
): AtRiskBasis {
  const first = RULE_KINDS[reason]
    .map((k) => deadlines.find((d) => d.kind === k))
    .find((d) => d !== undefined);
  switch (reason) {
    case 'final_order_expiring_without_motion':
      return basisOf(
        first?.ruleId ?? '',
        first?.citation,
        `No motion to extend is recorded and the order expires on ${dueOn}; the motion must be filed before it expires.`,
      );
    case 'preliminary_hearing_respondent_unserved':
      return basisOf(
        R26.id,
        R26.citations[0]?.text,
        `The respondent has not been served: the order is not in effect until service, and the hearing on ${dueOn} may not go ahead without it.`,
      );
    case 'emergency_order_without_petition':
      return basisOf(
        first?.ruleId ?? '',
        first?.citation,
        `No petition has been filed since the emergency order was issued on ${row.issuedOn}; it ends on ${dueOn}.`,
      );
  }
}

function unservedFinalItem(
  row: UnservedFinalOrderRow,
  deadlines: OrderDeadlineRow[] = [],
): AtRiskItem {
  return {
    reason: 'final_order_unserved',
    case: toCaseRef(row),
    order: { id: row.orderId, kind: row.kind, issuedOn: row.issuedOn },
    hearingId: null,
    dueOn: row.issuedOn,
    dueTime: null,
    courtDaysLeft: 0,
    rules: deadlines.map(toAtRiskRule),
    basis: basisOf(
      R26.id,
      R26.citations[0]?.text,
      `The order entered on ${row.issuedOn} has not been served on the respondent, so it is not in effect until it is.`,
    ),
    gap: null,
  };
}

function lapseItem(row: LapsedOrderRow): AtRiskItem {
  const from = addDays(row.expiry.dueOn, 1);
  const what = row.nextIssuedOn
    ? `The order expired on ${row.expiry.dueOn} and the next order was entered on ${row.nextIssuedOn}: no order protected the client in between.`
    : `The order expired on ${row.expiry.dueOn} and no order has been entered since: the client is without an order.`;
  return {
    reason: 'protection_lapsed',
    case: toCaseRef(row),
    order: { id: row.orderId, kind: row.kind, issuedOn: row.issuedOn },
    hearingId: null,
    dueOn: row.expiry.dueOn,
    dueTime: row.expiry.dueTime,
    courtDaysLeft: 0,
    rules: [toAtRiskRule(row.expiry)],
    basis: basisOf(row.expiry.ruleId, row.expiry.citation, what),
    gap: { from, until: row.nextIssuedOn },
  };
}
