import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

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

// Advocates see their own cases; $4 null means the organisation's (supervisors, staff).
const VISIBLE = `($4::uuid is null or exists (
  select 1 from case_assignment a where a.case_id = c.id and a.user_id = $4))`;
const CASE_JOIN = `join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id`;

/**
 * Dated entries of open cases in a range. Dates come back as text and times as 'HH:MM', so no
 * civil date passes through a JS Date; only the case reference is shown, never a party's name.
 */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Open deadlines, and every order expiry (met or not: the day still matters to the client). */
  findDeadlines(
    organisationId: string,
    from: string,
    to: string,
    advocateId: string | null,
  ): Promise<CalendarDeadlineRow[]> {
    return this.dataSource.query(
      `select x.id, x.case_id as "caseId", c.reference, x.kind, x.rule_id as "ruleId", x.citation,
              x.explanation, x.due_on::text as "dueOn", to_char(x.due_time, 'HH24:MI') as "dueTime"
         from case_deadline x ${CASE_JOIN}
        where x.organisation_id = $1 and x.due_on between $2 and $3 and c.closed_on is null
          and (x.state = 'open' or x.kind = 'order_expiry') and ${VISIBLE}
        order by x.due_on, x.due_time nulls last, x.id`,
      [organisationId, from, to, advocateId],
    ) as Promise<CalendarDeadlineRow[]>;
  }

  /** Hearings on their current date: a continued hearing shows only where it moved to. */
  findHearings(
    organisationId: string,
    from: string,
    to: string,
    advocateId: string | null,
  ): Promise<CalendarHearingRow[]> {
    return this.dataSource.query(
      `select x.id, x.case_id as "caseId", c.reference, x.kind,
              x.scheduled_on::text as "scheduledOn", to_char(x.scheduled_time, 'HH24:MI') as "scheduledTime"
         from hearing x ${CASE_JOIN}
        where x.organisation_id = $1 and x.scheduled_on between $2 and $3 and c.closed_on is null
          and x.outcome is distinct from 'continued' and ${VISIBLE}
        order by x.scheduled_on, x.scheduled_time nulls last, x.id`,
      [organisationId, from, to, advocateId],
    ) as Promise<CalendarHearingRow[]>;
  }
}
