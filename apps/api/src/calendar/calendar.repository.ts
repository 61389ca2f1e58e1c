import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CalendarDeadlineRow {
  id: string;
  caseId: string;
  reference: string;
  kind: string;
  ruleId: string;
  citation: string;
  explanation: string;
  dueOn: string;
  dueTime: string | null;
}

export interface CalendarHearingRow {
  id: string;
  caseId: string;
  reference: string;
  kind: string;
  scheduledOn: string;
  scheduledTime: string | null;
}

/** A table of dated rows, and which of them the calendar shows. Its rows are alias x. */
interface DatedSource {
  table: string;
  /** The columns the answer reads (the advocate's statement carries them out of a subquery). */
  columns: string[];
  /** The answer's columns, from x and the case's reference (c.reference). */
  select: string;
  /** The rows shown between $2 and $3. */
  where: string;
  order: string;
}

/** Open deadlines, and every order expiry (met or not: the day still matters to the client). */
const DEADLINES: DatedSource = {
  table: 'case_deadline',
  columns: ['id', 'case_id', 'kind', 'rule_id', 'citation', 'explanation', 'due_on', 'due_time'],
  select: `x.id, x.case_id as "caseId", c.reference, x.kind, x.rule_id as "ruleId", x.citation,
           x.explanation, x.due_on::text as "dueOn", to_char(x.due_time, 'HH24:MI') as "dueTime"`,
  where: `x.due_on between $2 and $3 and (x.state = 'open' or x.kind = 'order_expiry')`,
  order: 'x.due_on, x.due_time nulls last, x.id',
};

/** Hearings on their current date: a continued hearing shows only where it moved to. */
const HEARINGS: DatedSource = {
  table: 'hearing',
  columns: ['id', 'case_id', 'kind', 'scheduled_on', 'scheduled_time'],
  select: `x.id, x.case_id as "caseId", c.reference, x.kind,
           x.scheduled_on::text as "scheduledOn", to_char(x.scheduled_time, 'HH24:MI') as "scheduledTime"`,
  where: `x.scheduled_on between $2 and $3 and x.outcome is distinct from 'continued'`,
  order: 'x.scheduled_on, x.scheduled_time nulls last, x.id',
};

/**
 * The organisation's rows in the range, by its (organisation_id, date) index in the calendar's
 * order, stopping at the limit: a supervisor's month (77,000 dated rows at 100,000 cases) is never
 * read whole.
 */
function organisationQuery(source: DatedSource): string {
  return `select ${source.select}
            from ${source.table} x
            join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
           where x.organisation_id = $1 and ${source.where} and c.closed_on is null
           order by ${source.order}
           limit $4`;
}

/**
 * An advocate's rows, from the advocate's assignments (ix_case_assignment_org_user): each case's
 * rows in the range by its (case_id, date) index, then the case row of a case that has some. Both
 * steps are LATERAL subqueries fenced with `offset 0`, so the walk stays the advocate's ~2,000
 * cases: left to join freely, PostgreSQL scanned the organisation's open cases (6,400 pages, in
 * parallel) and hash-joined them to the assignments (issue 18: 44 ms a month on one connection
 * against 12 ms, and a third of the throughput from 16).
 */
function advocateQuery(source: DatedSource): string {
  return `select ${source.select}
            from case_assignment a
           cross join lateral (
                 select ${source.columns.map((column) => `x.${column}`).join(', ')}
                   from ${source.table} x
                  where x.case_id = a.case_id and x.organisation_id = a.organisation_id
                    and ${source.where}
                 offset 0) x
           cross join lateral (
                 select c.reference from case_file c
                  where c.id = a.case_id and c.organisation_id = a.organisation_id
                    and c.closed_on is null
                 offset 0) c
           where a.organisation_id = $1 and a.user_id = $5
           order by ${source.order}
           limit $4`;
}

/**
 * Dated entries of open cases in a range. Dates come back as text and times as 'HH:MM', so no
 * civil date passes through a JS Date; only the case reference is shown, never a party's name.
 * Each read stops at `limit` rows in the calendar's order.
 */
@Injectable()
export class CalendarRepository {
  findDeadlines(
    manager: EntityManager,
    organisationId: string,
    from: string,
    to: string,
    advocateId: string | null,
    limit: number,
  ): Promise<CalendarDeadlineRow[]> {
    return this.read(manager, DEADLINES, [organisationId, from, to, limit], advocateId);
  }

  findHearings(
    manager: EntityManager,
    organisationId: string,
    from: string,
    to: string,
    advocateId: string | null,
    limit: number,
  ): Promise<CalendarHearingRow[]> {
    return this.read(manager, HEARINGS, [organisationId, from, to, limit], advocateId);
  }

  /** One person's assigned cases (`advocateId`), or the organisation's open cases (null). */
  private read<Row>(
    manager: EntityManager,
    source: DatedSource,
    params: [organisationId: string, from: string, to: string, limit: number],
    advocateId: string | null,
  ): Promise<Row[]> {
    return (
      advocateId === null
        ? manager.query(organisationQuery(source), params)
        : manager.query(advocateQuery(source), [...params, advocateId])
    ) as Promise<Row[]>;
  }
}
