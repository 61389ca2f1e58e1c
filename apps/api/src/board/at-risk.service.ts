import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import {
  AT_RISK_PAGE_SIZE,
  type AtRiskBasis,
  type AtRiskItem,
  type AtRiskResponse,
} from '@haven/contracts';
import { addCourtDays, addDays, type CourtCalendarData, getRule, RULE_IDS } from '@haven/rules';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { CourtClosuresRepository } from '@api/court-closures/court-closures.repository';
import { toCalendar } from '@api/case-computation/case-facts.mapper';
import type { ExpiringReason } from '@api/case-computation/order-protection-facts';

import { decodeAtRiskCursor, encodeAtRiskCursor } from './at-risk-cursor';
import {
  type AtRiskDeadlineRow,
  type AtRiskPageRow,
  AtRiskRepository,
  type AtRiskWindow,
  EXPIRING,
  LAPSED,
} from './at-risk.repository';
import type { AtRiskQueryDto } from './dto/board.query';
import { toAtRiskRule, toCaseRef } from './dto/board.response';

const DEFAULT_COURT_DAYS = 10;

/** A gap that has closed stays on the board this many days, long enough for a weekly review. */
const LAPSE_SHOWN_DAYS = 30;

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

/**
 * "Protection at risk": orders that lapse within N court days unless someone acts, read from the
 * orders' protection facts the recompute stores (toOrderProtectionFacts) and the stored deadlines
 * (which carry the rule, citation and explanation):
 * (a) final orders expiring with no motion to extend recorded (R11, R25, R33);
 * (b) preliminary orders whose hearing is near while the respondent is unserved (R05, R24, R26);
 * (c) emergency orders expiring with no petition filed since they were issued (R01, R23, R31);
 * (d) final orders entered and still running but never served, so not in effect (R26);
 * (e) emergency and preliminary orders that expired before the next order was entered, or with
 *     none entered since: a lapse, listed while it lasts and for 30 days after it closed.
 * "Within N court days" uses the court-day calendar of the order's issuing court with the
 * organisation's closures (A-02): due on or before the N-th court day after today. The list is
 * read a page at a time, most urgent first, with its total (issue 18: 11,000 items at 100,000
 * cases).
 */
@Injectable()
export class AtRiskService {
  constructor(
    private readonly atRisk: AtRiskRepository,
    private readonly closures: CourtClosuresRepository,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(actor: Actor, query: AtRiskQueryDto): Promise<AtRiskResponse> {
    const courtDays = query.courtDays ?? DEFAULT_COURT_DAYS;
    const limit = query.limit ?? AT_RISK_PAGE_SIZE;
    const after = query.after === undefined ? null : decodeAtRiskCursor(query.after);
    const orgId = actor.organisationId;
    const today = virginiaDate(this.clock.now());
    // Two statements, each in a transaction of its own written with it (one round trip each,
    // tenant-connection.ts; issue 18): the court closures the window is counted with, then the
    // page with its total and deadlines, one snapshot. A closure recorded between the two moves
    // the window as it would a moment later.
    const closures = await this.closures.findAll(orgId);
    const calendar = toCalendar({ closures });
    const window = atRiskWindow(today, courtDays, closures, calendar);
    const read = await this.atRisk.readPage(
      orgId,
      window,
      after,
      limit + 1,
      this.dataSource.manager,
    );
    const page = read.rows.slice(0, limit);
    const items = page.map((row) => toItem(row, row.deadlines, today, courtDays, calendar));
    const last = page.at(-1);
    return {
      today,
      courtDays,
      items,
      total: read.total,
      nextCursor:
        read.rows.length > limit && last
          ? encodeAtRiskCursor({
              dueOn: last.dueOn,
              dueTime: last.dueTime,
              orderId: last.orderId,
              source: last.source,
            })
          : null,
    };
  }
}

function toItem(
  row: AtRiskPageRow,
  deadlines: AtRiskDeadlineRow[],
  today: string,
  courtDays: number,
  calendar: CourtCalendarData,
): AtRiskItem {
  const open = deadlines.filter((d) => d.state === 'open');
  if (row.source === EXPIRING && row.risk) {
    return expiringItem(row, row.risk, open, today, courtDays, calendar);
  }
  if (row.source === LAPSED) {
    const expiry = deadlines.find((d) => d.kind === 'order_expiry' || d.kind === 'max_expiry');
    return lapseItem(row, expiry);
  }
  return unservedFinalItem(row, open);
}

function expiringItem(
  row: AtRiskPageRow,
  reason: ExpiringReason,
  open: AtRiskDeadlineRow[],
  today: string,
  courtDays: number,
  calendar: CourtCalendarData,
): AtRiskItem {
  const rules = RULE_KINDS[reason].flatMap((k) => open.filter((d) => d.kind === k));
  return {
    reason,
    case: toCaseRef(row),
    order: { id: row.orderId, kind: row.kind, issuedOn: row.issuedOn },
    hearingId: row.hearingId,
    dueOn: row.dueOn,
    dueTime: row.dueTime,
    courtDaysLeft: courtDaysUntil(today, row.dueOn, calendar, row.courtId, courtDays),
    rules: rules.map(toAtRiskRule),
    basis: expiringBasis(reason, row, open, row.dueOn),
    gap: null,
  };
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
  row: AtRiskPageRow,
  deadlines: AtRiskDeadlineRow[],
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

function unservedFinalItem(row: AtRiskPageRow, deadlines: AtRiskDeadlineRow[]): AtRiskItem {
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

function lapseItem(row: AtRiskPageRow, expiry: AtRiskDeadlineRow | undefined): AtRiskItem {
  const from = addDays(row.dueOn, 1);
  const what = row.lapseUntil
    ? `The order expired on ${row.dueOn} and the next order was entered on ${row.lapseUntil}: no order protected the client in between.`
    : `The order expired on ${row.dueOn} and no order has been entered since: the client is without an order.`;
  return {
    reason: 'protection_lapsed',
    case: toCaseRef(row),
    order: { id: row.orderId, kind: row.kind, issuedOn: row.issuedOn },
    hearingId: null,
    dueOn: row.dueOn,
    dueTime: row.dueTime,
    courtDaysLeft: 0,
    rules: expiry ? [toAtRiskRule(expiry)] : [],
    basis: basisOf(expiry?.ruleId ?? '', expiry?.citation, what),
    gap: { from, until: row.lapseUntil },
  };
}

/**
 * The list's horizon: from the lapses of the last days to `courtDays` court days ahead, counted
 * per court where a closure names one (only those count their days differently from the
 * statewide calendar).
 */
function atRiskWindow(
  today: string,
  courtDays: number,
  closures: ReadonlyArray<{ courtIds: string[] | null }>,
  calendar: ReturnType<typeof toCalendar>,
): AtRiskWindow {
  const courtThrough = new Map<string, string>();
  for (const courtId of new Set(closures.flatMap((c) => c.courtIds ?? []))) {
    courtThrough.set(courtId, addCourtDays(today, courtDays, calendar, courtId));
  }
  return {
    today,
    lapseSince: addDays(today, -LAPSE_SHOWN_DAYS),
    through: addCourtDays(today, courtDays, calendar),
    courtThrough,
  };
}
