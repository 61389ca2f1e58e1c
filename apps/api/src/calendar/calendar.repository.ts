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

/**
 * An advocate sees the dates of their own cases. Without the `$n is null or …` of one shared
 * statement the planner can start from the advocate's assignments (ix_case_assignment_org_user)
 * and join their cases' rows, instead of probing the assignment of each of the organisation's
 * dated rows (issue 18: 58,303 probes for an advocate's 1,040 deadlines of a month).
 */
function visibleTo(advocateId: string | null, param: string): string {
  return advocateId === null
    ? ''
    : `and exists (select 1 from case_assignment a
                    where a.organisation_id = x.organisation_id and a.user_id = ${param}
                      and a.case_id = x.case_id)`;
}

/** The query's parameters: the range, the advocate when there is one, and the row limit last. */
function params(
  organisationId: string,
  from: string,
  to: string,
  advocateId: string | null,
  limit: number,
): { values: unknown[]; advocate: string; limit: string } {
  return advocateId === null
    ? { values: [organisationId, from, to, limit], advocate: '', limit: '$4' }
    : { values: [organisationId, from, to, advocateId, limit], advocate: '$4', limit: '$5' };
}

const CASE_JOIN = `join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id`;

/**
 * Dated entries of open cases in a range. Dates come back as text and times as 'HH:MM', so no
 * civil date passes through a JS Date; only the case reference is shown, never a party's name.
 * Each read stops at `limit` rows in the calendar's order, so an organisation's month (77,000
 * dated rows at 100,000 cases) is never read whole.
 */
@Injectable()
export class CalendarRepository {
  /** Open deadlines, and every order expiry (met or not: the day still matters to the client). */
  findDeadlines(
    manager: EntityManager,
    organisationId: string,
    from: string,
    to: string,
    advocateId: string | null,
    limit: number,
  ): Promise<CalendarDeadlineRow[]> {
    const p = params(organisationId, from, to, advocateId, limit);
    return manager.query(
      `select x.id, x.case_id as "caseId", c.reference, x.kind, x.rule_id as "ruleId", x.citation,
              x.explanation, x.due_on::text as "dueOn", to_char(x.due_time, 'HH24:MI') as "dueTime"
         from case_deadline x ${CASE_JOIN}
        where x.organisation_id = $1 and x.due_on between $2 and $3 and c.closed_on is null
          and (x.state = 'open' or x.kind = 'order_expiry') ${visibleTo(advocateId, p.advocate)}
        order by x.due_on, x.due_time nulls last, x.id
        limit ${p.limit}`,
      p.values,
    ) as Promise<CalendarDeadlineRow[]>;
  }

  /** Hearings on their current date: a continued hearing shows only where it moved to. */
  findHearings(
    manager: EntityManager,
    organisationId: string,
    from: string,
    to: string,
    advocateId: string | null,
    limit: number,
  ): Promise<CalendarHearingRow[]> {
    const p = params(organisationId, from, to, advocateId, limit);
    return manager.query(
      `select x.id, x.case_id as "caseId", c.reference, x.kind,
              x.scheduled_on::text as "scheduledOn", to_char(x.scheduled_time, 'HH24:MI') as "scheduledTime"
         from hearing x ${CASE_JOIN}
        where x.organisation_id = $1 and x.scheduled_on between $2 and $3 and c.closed_on is null
          and x.outcome is distinct from 'continued' ${visibleTo(advocateId, p.advocate)}
        order by x.scheduled_on, x.scheduled_time nulls last, x.id
        limit ${p.limit}`,
      p.values,
    ) as Promise<CalendarHearingRow[]>;
  }
}
