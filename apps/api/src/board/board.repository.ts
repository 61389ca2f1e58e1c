import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { OrderKind } from '@haven/contracts';

// Supervisor views read across the organisation's cases. Civil dates come back as text and times
// as 'HH:MM', so no date passes through a JS Date; no confidential column is ever selected.

/** A case still being worked: not closed. */
const OPEN_CASE = `c.closed_on is null and c.stage <> 'closed'`;

const CASE_JOIN = `
  join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
  join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id`;

export interface CaseRefRow {
  caseId: string;
  reference: string;
  clientName: string;
}

export interface BoardDeadlineRow extends CaseRefRow {
  id: string;
  kind: string;
  ruleId: string;
  citation: string;
  explanation: string;
  dueOn: string;
  dueTime: string | null;
  orderId: string | null;
  orderKind: OrderKind | null;
}

export interface BoardTaskRow extends CaseRefRow {
  id: string;
  title: string;
  dueOn: string;
  sourceRule: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
}

export interface CaseAdvocateRow {
  caseId: string;
  userId: string;
  displayName: string;
}

/** An order that may put protection at risk, with the stored facts the at-risk rules read. */
export interface AtRiskOrderRow extends CaseRefRow {
  orderId: string;
  kind: OrderKind;
  issuedOn: string;
  courtId: string;
  hasMotion: boolean;
  served: boolean;
  petitionSinceIssued: boolean;
  nextHearingId: string | null;
  nextHearingOn: string | null;
  nextHearingTime: string | null;
}

/** A final order entered and still running, with no service recorded: not yet in effect (R26). */
export interface UnservedFinalOrderRow extends CaseRefRow {
  orderId: string;
  kind: OrderKind;
  issuedOn: string;
  courtId: string;
}

/**
 * An emergency or preliminary order whose expiry passed before the next order of the case was
 * entered (or with no next order yet), with the expiry deadline that ran out.
 */
export interface LapsedOrderRow extends CaseRefRow {
  orderId: string;
  kind: OrderKind;
  issuedOn: string;
  courtId: string;
  nextIssuedOn: string | null;
  expiry: OrderDeadlineRow;
}

export interface OrderDeadlineRow {
  orderId: string;
  ruleId: string;
  kind: string;
  dueOn: string;
  dueTime: string | null;
  actByOn: string | null;
  citation: string;
  explanation: string;
}

export const FINAL_KINDS: readonly OrderKind[] = ['FA_PO', 'AOV_PO', 'FSRO'];
export const PRELIMINARY_KINDS: readonly OrderKind[] = ['FA_PPO', 'AOV_PPO'];
export const EMERGENCY_KINDS: readonly OrderKind[] = ['FA_EPO', 'AOV_EPO', 'ESRO'];

@Injectable()
export class BoardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's transaction, so a screen's reads bind the tenant setting once (issue 18). */
  private db(manager?: EntityManager): Pick<EntityManager, 'query'> {
    return manager ?? this.dataSource;
  }

  /** Open deadlines of the organisation's open cases due on or before `through` (overdue included). */
  findOpenDeadlinesThrough(
    organisationId: string,
    through: string,
    manager?: EntityManager,
  ): Promise<BoardDeadlineRow[]> {
    return this.db(manager).query(
      `select x.id, x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.kind,
              x.rule_id as "ruleId", x.citation, x.explanation, x.due_on::text as "dueOn",
              to_char(x.due_time, 'HH24:MI') as "dueTime", x.order_id as "orderId", o.kind as "orderKind"
         from case_deadline x ${CASE_JOIN}
         left join protective_order o on o.id = x.order_id and o.organisation_id = x.organisation_id
        where x.organisation_id = $1 and x.state = 'open' and x.due_on <= $2 and ${OPEN_CASE}`,
      [organisationId, through],
    ) as Promise<BoardDeadlineRow[]>;
  }

  /** Open tasks of the organisation's open cases due on or before `through`. */
  findOpenTasksThrough(
    organisationId: string,
    through: string,
    manager?: EntityManager,
  ): Promise<BoardTaskRow[]> {
    return this.db(manager).query(
      `select x.id, x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.title,
              x.due_on::text as "dueOn", x.source_rule as "sourceRule",
              x.assignee_id as "assigneeId", a.display_name as "assigneeName"
         from task x ${CASE_JOIN}
         left join app_user a on a.id = x.assignee_id
        where x.organisation_id = $1 and x.status = 'open' and x.due_on <= $2 and ${OPEN_CASE}`,
      [organisationId, through],
    ) as Promise<BoardTaskRow[]>;
  }

  /** The advocates of these cases. */
  async findAdvocatesOfCases(
    organisationId: string,
    caseIds: string[],
    manager?: EntityManager,
  ): Promise<CaseAdvocateRow[]> {
    if (caseIds.length === 0) return [];
    return this.db(manager).query(
      `select ca.case_id as "caseId", u.id as "userId", u.display_name as "displayName"
         from case_assignment ca
         join app_user u on u.id = ca.user_id and u.organisation_id = ca.organisation_id
        where ca.organisation_id = $1 and ca.case_id = any($2::uuid[])`,
      [organisationId, caseIds],
    ) as Promise<CaseAdvocateRow[]>;
  }

  /**
   * Live orders of open cases that lack what keeps their protection going (a motion to extend,
   * service, a petition), with a date that falls on or before `through`: an open expiry or
   * hearing deadline, or a scheduled hearing. The caller applies the exact court-day horizon of
   * each order's court; `through` is only the widest such horizon.
   */
  findAtRiskCandidates(
    organisationId: string,
    today: string,
    through: string,
    manager?: EntityManager,
  ): Promise<AtRiskOrderRow[]> {
    return this.db(manager).query(
      `select x.id as "orderId", x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.kind,
              x.issued_on::text as "issuedOn", x.issuing_court_id as "courtId",
              f.has_motion as "hasMotion", f.served, f.petition_since_issued as "petitionSinceIssued",
              nh.id as "nextHearingId", nh.scheduled_on::text as "nextHearingOn",
              to_char(nh.scheduled_time, 'HH24:MI') as "nextHearingTime"
         from protective_order x ${CASE_JOIN}
         cross join lateral (
           select exists (select 1 from extension_motion m
                           where m.organisation_id = x.organisation_id and m.order_id = x.id) as has_motion,
                  exists (select 1 from service_attempt s
                           where s.organisation_id = x.organisation_id and s.order_id = x.id
                             and s.outcome = 'served') as served,
                  exists (select 1 from petition p
                           where p.organisation_id = x.organisation_id and p.case_id = x.case_id
                             and p.filed_on >= x.issued_on) as petition_since_issued
         ) f
         left join lateral (
           select h.id, h.scheduled_on, h.scheduled_time from hearing h
            where h.organisation_id = x.organisation_id and h.case_id = x.case_id
              and h.outcome is null and h.scheduled_on >= $2
              and (h.order_id = x.id or (h.order_id is null and h.kind = 'ppo_full_hearing'))
            order by h.scheduled_on, h.scheduled_time nulls last, h.id
            limit 1
         ) nh on x.kind = any($4::text[])
        where x.organisation_id = $1 and ${OPEN_CASE}
          -- start from the few rows inside the horizon (issue 18): orders with an open expiry or
          -- hearing deadline by then (ix_case_deadline_org_open_due), and preliminary orders with a
          -- hearing by then (ix_hearing_org_scheduled); the conditions below still decide
          and x.id in (
                select d.order_id from case_deadline d
                 where d.organisation_id = $1 and d.state = 'open' and d.due_on <= $6
                   and d.kind in ('order_expiry', 'hearing_by', 'max_expiry') and d.order_id is not null
                union
                select o.id from hearing h
                  join protective_order o on o.organisation_id = h.organisation_id and o.case_id = h.case_id
                 where h.organisation_id = $1 and h.outcome is null and h.scheduled_on between $2 and $6
                   and o.kind = any($4::text[])
                   and (h.order_id = o.id or (h.order_id is null and h.kind = 'ppo_full_hearing')))
          and x.dissolved_on is null
          -- an order followed by another (extended, or replaced at its hearing) is not the one at risk
          and not exists (select 1 from protective_order ch
                           where ch.organisation_id = x.organisation_id and ch.parent_order_id = x.id)
          and (   (x.kind = any($3::text[]) and not f.has_motion)
               or (x.kind = any($4::text[]) and not f.served)
               or (x.kind = any($5::text[]) and not f.petition_since_issued))
          and (   nh.scheduled_on <= $6
               or exists (select 1 from case_deadline d
                           where d.organisation_id = x.organisation_id and d.order_id = x.id and d.state = 'open'
                             and d.kind in ('order_expiry', 'hearing_by', 'max_expiry') and d.due_on <= $6))`,
      [organisationId, today, FINAL_KINDS, PRELIMINARY_KINDS, EMERGENCY_KINDS, through],
    ) as Promise<AtRiskOrderRow[]>;
  }

  /**
   * Final orders of open cases, not dissolved, not followed by another order, still running (an
   * open expiry deadline today or later), with no successful service recorded.
   */
  findUnservedFinalOrders(
    organisationId: string,
    today: string,
    manager?: EntityManager,
  ): Promise<UnservedFinalOrderRow[]> {
    return this.db(manager).query(
      `select x.id as "orderId", x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.kind,
              x.issued_on::text as "issuedOn", x.issuing_court_id as "courtId"
         from protective_order x ${CASE_JOIN}
        where x.organisation_id = $1 and ${OPEN_CASE}
          and x.kind = any($2::text[]) and x.dissolved_on is null
          and not exists (select 1 from protective_order ch
                           where ch.organisation_id = x.organisation_id and ch.parent_order_id = x.id)
          and not exists (select 1 from service_attempt s
                           where s.organisation_id = x.organisation_id and s.order_id = x.id
                             and s.outcome = 'served')
          and exists (select 1 from case_deadline d
                       where d.organisation_id = x.organisation_id and d.order_id = x.id and d.state = 'open'
                         and d.kind in ('order_expiry', 'max_expiry') and d.due_on >= $3)`,
      [organisationId, FINAL_KINDS, today],
    ) as Promise<UnservedFinalOrderRow[]>;
  }

  /**
   * Emergency and preliminary orders of open cases whose expiry (the earliest expiry deadline the
   * rules did not set aside as moot) passed before the next order of the case was entered, or
   * with none entered yet; only gaps still open or closed on or after `since`.
   */
  async findLapsedOrders(
    organisationId: string,
    today: string,
    since: string,
    manager?: EntityManager,
  ): Promise<LapsedOrderRow[]> {
    const rows = (await this.db(manager).query(
      `select x.id as "orderId", x.case_id as "caseId", c.reference, cl.full_name as "clientName", x.kind,
              x.issued_on::text as "issuedOn", x.issuing_court_id as "courtId",
              nx.issued_on::text as "nextIssuedOn",
              e.rule_id as "ruleId", e.kind as "expiryKind", e.due_on::text as "dueOn",
              to_char(e.due_time, 'HH24:MI') as "dueTime", e.act_by_on::text as "actByOn",
              e.citation, e.explanation
         from protective_order x ${CASE_JOIN}
         join lateral (
           select d.rule_id, d.kind, d.due_on, d.due_time, d.act_by_on, d.citation, d.explanation
             from case_deadline d
            where d.organisation_id = x.organisation_id and d.order_id = x.id
              and d.kind in ('order_expiry', 'max_expiry') and d.state <> 'moot'
            order by d.due_on, d.due_time nulls last
            limit 1
         ) e on true
         left join lateral (
           select o.id, o.issued_on from protective_order o
            where o.organisation_id = x.organisation_id and o.case_id = x.case_id and o.id <> x.id
              and (o.parent_order_id = x.id or o.issued_on > x.issued_on)
            order by o.issued_on, o.issued_time nulls first, o.id
            limit 1
         ) nx on true
        where x.organisation_id = $1 and ${OPEN_CASE}
          and x.kind = any($2::text[]) and x.dissolved_on is null
          and e.due_on < $3
          and (nx.id is null or nx.issued_on > e.due_on)
          and coalesce(nx.issued_on, $3) >= $4`,
      [organisationId, [...EMERGENCY_KINDS, ...PRELIMINARY_KINDS], today, since],
    )) as Array<
      Omit<LapsedOrderRow, 'expiry'> &
        Omit<OrderDeadlineRow, 'orderId' | 'kind'> & { expiryKind: string }
    >;
    return rows.map((r) => ({
      caseId: r.caseId,
      reference: r.reference,
      clientName: r.clientName,
      orderId: r.orderId,
      kind: r.kind,
      issuedOn: r.issuedOn,
      courtId: r.courtId,
      nextIssuedOn: r.nextIssuedOn,
      expiry: {
        orderId: r.orderId,
        ruleId: r.ruleId,
        kind: r.expiryKind,
        dueOn: r.dueOn,
        dueTime: r.dueTime,
        actByOn: r.actByOn,
        citation: r.citation,
        explanation: r.explanation,
      },
    }));
  }

  /** The open stored deadlines of these orders. */
  async findOpenDeadlinesOfOrders(
    organisationId: string,
    orderIds: string[],
    manager?: EntityManager,
  ): Promise<OrderDeadlineRow[]> {
    if (orderIds.length === 0) return [];
    return this.db(manager).query(
      `select order_id as "orderId", rule_id as "ruleId", kind, due_on::text as "dueOn",
              to_char(due_time, 'HH24:MI') as "dueTime", act_by_on::text as "actByOn", citation, explanation
         from case_deadline
        where organisation_id = $1 and order_id = any($2::uuid[]) and state = 'open'
        order by due_on, due_time nulls last, rule_id`,
      [organisationId, orderIds],
    ) as Promise<OrderDeadlineRow[]>;
  }
}
