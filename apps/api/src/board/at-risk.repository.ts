import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { OrderKind } from '@haven/contracts';

import type { ExpiringReason } from '@api/case-computation/order-protection-facts';
import { prepared } from '@api/common/sql/prepared-statements';

import type { CaseRefRow, OrderDeadlineRow } from './board.repository';

// The "protection at risk" list read from order_protection_facts (issue 18): three sources, each
// a range of its own partial index in list order (day, time with untimed last, order), merged
// and cut to a page; the total counts the same ranges. Only the page's rows are joined to their
// case, client and deadlines.

/** Where an item comes from, also its last tie-break: one order may be listed by two sources. */
export type AtRiskSource = 1 | 2 | 3;
export const EXPIRING: AtRiskSource = 1;
export const UNSERVED_FINAL: AtRiskSource = 2;
export const LAPSED: AtRiskSource = 3;

/** The days that bound the list. */
export interface AtRiskWindow {
  today: string;
  /** A closed gap stays listed while it closed on or after this day. */
  lapseSince: string;
  /** The horizon of every court without a closure of its own. */
  through: string;
  /** The horizons of the courts with closures of their own (all later than `through`). */
  courtThrough: ReadonlyMap<string, string>;
}

/** The key of an item in list order; a page starts after one. */
export interface AtRiskKey {
  dueOn: string;
  dueTime: string | null;
  orderId: string;
  source: AtRiskSource;
}

export interface AtRiskPageRow extends CaseRefRow {
  source: AtRiskSource;
  orderId: string;
  kind: OrderKind;
  issuedOn: string;
  courtId: string;
  risk: ExpiringReason | null;
  hearingId: string | null;
  dueOn: string;
  dueTime: string | null;
  lapseUntil: string | null;
}

/** A stored deadline of a page's order: the open ones, and the expiries not set aside as moot. */
export interface AtRiskDeadlineRow extends OrderDeadlineRow {
  state: string;
}

// Every court's horizon is `through` unless a closure names it (then later): the lookup runs only
// for the few rows past `through` (11,000 subplans made the 100,000-case count 2-4x slower).
const HORIZON = `(f.risk_on <= $3::date or f.risk_on <= (
  select t.through from unnest($4::text[], $5::date[]) as t(court, through) where t.court = f.court_id))`;

// Rows after the cursor ($7 day, $8 time, $9 order; untimed after timed): `op` is '>=' for a
// source that comes after the cursor's on the same order, '>' otherwise.
function after(on: string, time: string, id: string, op: '>' | '>='): string {
  return `${on} >= $7::date and (${on} > $7::date or (
            ($8::time is null and ${time} is null and ${id} ${op} $9::uuid)
         or ($8::time is not null
             and (${time} is null or ${time} > $8::time or (${time} = $8::time and ${id} ${op} $9::uuid)))))`;
}

/** A page of the list, each item with its order's deadlines, and the whole list's total. */
export interface AtRiskRead {
  rows: AtRiskPageItemRow[];
  total: number;
}

export interface AtRiskPageItemRow extends AtRiskPageRow {
  /** The order's open deadlines and non-moot expiries, in deadline order. */
  deadlines: AtRiskDeadlineRow[];
}

// A page's order's stored deadlines as one JSON array of AtRiskDeadlineRow: the open ones and the
// expiries not set aside as moot, by due date, then time (an untimed one last), then rule.
const ORDER_DEADLINES_JSON = `(
  select coalesce(json_agg(json_build_object(
           'orderId', d.order_id, 'ruleId', d.rule_id, 'kind', d.kind, 'state', d.state,
           'dueOn', d.due_on::text, 'dueTime', to_char(d.due_time, 'HH24:MI'),
           'actByOn', d.act_by_on::text, 'citation', d.citation, 'explanation', d.explanation)
           order by d.due_on, d.due_time nulls last, d.rule_id), '[]'::json)
    from case_deadline d
   where d.organisation_id = $1 and d.order_id = p.order_id
     and (d.state = 'open' or (d.kind in ('order_expiry', 'max_expiry') and d.state <> 'moot')))`;

@Injectable()
export class AtRiskRepository {
  /**
   * Up to `limit` items after `key` in list order, each with its case, client and order's
   * deadlines, and how many items the whole list holds (the same three ranges, counted from their
   * indexes): one statement, so a page costs one round trip whatever its size (issue 18).
   */
  async readPage(
    organisationId: string,
    window: AtRiskWindow,
    key: AtRiskKey | null,
    limit: number,
    manager: EntityManager,
  ): Promise<AtRiskRead> {
    const where = (source: AtRiskSource, on: string, time: string) =>
      key === null
        ? '$7::date is null and $8::time is null and $9::uuid is null'
        : after(on, time, 'f.order_id', source > key.source ? '>=' : '>');
    const widest = [window.through, ...window.courtThrough.values()].sort().at(-1);
    // Composed of this file's fragments; `where` picks one of two texts per source, so the
    // statement has a few variants, each prepared once.
    const sql = `select
         (select count(*) from order_protection_facts f
           where f.organisation_id = $1 and f.risk is not null and f.risk_on <= $6::date
             and ${HORIZON})
       + (select count(*) from order_protection_facts f
           where f.organisation_id = $1 and f.unserved_until is not null
             and f.unserved_until >= $2::date)
       + (select count(*) from order_protection_facts f
           where f.organisation_id = $1 and f.lapse_on is not null and f.lapse_on < $2::date
             and coalesce(f.lapse_until, $2::date) >= $11::date) as total,
         (select coalesce(
                   json_agg(q order by q."dueOn" collate "C", q."dueTime" collate "C" nulls last,
                                       q."orderId", q.source),
                   '[]'::json)
            from (
              select p.source, p.order_id as "orderId", p.case_id as "caseId", c.reference,
                     cl.full_name as "clientName", p.kind, p.issued_on::text as "issuedOn",
                     p.court_id as "courtId", p.risk, p.hearing_id as "hearingId",
                     p.due_on::text as "dueOn", to_char(p.due_time, 'HH24:MI') as "dueTime",
                     p.lapse_until::text as "lapseUntil", ${ORDER_DEADLINES_JSON} as deadlines
                from (
                  (select 1 as source, f.order_id, f.case_id, f.kind, f.issued_on, f.court_id,
                          f.risk, f.risk_hearing_id as hearing_id, f.risk_on as due_on,
                          f.risk_time as due_time, null::date as lapse_until
                     from order_protection_facts f
                    where f.organisation_id = $1 and f.risk is not null and f.risk_on <= $6::date
                      and ${HORIZON} and ${where(EXPIRING, 'f.risk_on', 'f.risk_time')}
                    order by f.risk_on, f.risk_time, f.order_id
                    limit $10)
                  union all
                  (select 2, f.order_id, f.case_id, f.kind, f.issued_on, f.court_id, null, null,
                          f.issued_on, null::time, null::date
                     from order_protection_facts f
                    where f.organisation_id = $1 and f.unserved_until is not null
                      and f.unserved_until >= $2::date
                      and ${where(UNSERVED_FINAL, 'f.issued_on', 'null::time')}
                    order by f.issued_on, f.order_id
                    limit $10)
                  union all
                  (select 3, f.order_id, f.case_id, f.kind, f.issued_on, f.court_id, null, null,
                          f.lapse_on, f.lapse_time, f.lapse_until
                     from order_protection_facts f
                    where f.organisation_id = $1 and f.lapse_on is not null
                      and f.lapse_on < $2::date
                      and coalesce(f.lapse_until, $2::date) >= $11::date
                      and ${where(LAPSED, 'f.lapse_on', 'f.lapse_time')}
                    order by f.lapse_on, f.lapse_time, f.order_id
                    limit $10)
                  order by due_on, due_time, order_id, source
                  limit $10
                ) p
                join case_file c on c.id = p.case_id and c.organisation_id = $1
                join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
            ) q) as rows`;
    const [read] = (await manager.query(prepared(sql), [
      organisationId,
      window.today,
      window.through,
      [...window.courtThrough.keys()],
      [...window.courtThrough.values()],
      widest,
      key?.dueOn ?? null,
      key?.dueTime ?? null,
      key?.orderId ?? null,
      limit,
      window.lapseSince,
    ])) as Array<{ total: string; rows: AtRiskPageItemRow[] }>;
    return { rows: read?.rows ?? [], total: Number(read?.total ?? 0) };
  }
}
