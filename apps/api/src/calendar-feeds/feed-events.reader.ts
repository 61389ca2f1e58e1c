import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * One dated entry of a user's feed. Only ids, the case reference, the kind and the date and time
 * are read: no party, address, court or free text column is ever selected, so none can reach an
 * event (security-checks E4).
 */
export interface FeedEntryRow {
  source: 'hearing' | 'deadline' | 'task';
  id: string;
  reference: string;
  kind: string;
  date: string;
  time: string | null;
}

/** Kinds of stored deadline the feed carries: order expiries and filing deadlines. */
export const FEED_DEADLINE_KINDS = ['order_expiry', 'file_by'] as const;

/** An open case the user sees: every case with `$4` null, else one assigned to `$4`. */
const VISIBLE_CASE = `c.closed_on is null and ($4::uuid is null or exists (
      select 1 from case_assignment a where a.case_id = c.id and a.user_id = $4))`;

/**
 * The user's hearings, order expiries, filing deadlines and open tasks on open cases in a window.
 * `$4` is the user when the role sees only assigned cases (advocates), or null for the whole
 * organisation (supervisors, staff), as the calendar screen decides.
 */
@Injectable()
export class FeedEventsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  read(
    organisationId: string,
    userId: string,
    from: string,
    to: string,
    assignedOnlyTo: string | null,
  ): Promise<FeedEntryRow[]> {
    return this.dataSource.query(
      `select 'hearing' as source, x.id, c.reference, x.kind, x.scheduled_on::text as date,
              to_char(x.scheduled_time, 'HH24:MI') as time
         from hearing x join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
        where x.organisation_id = $1 and x.scheduled_on between $2 and $3
          and x.outcome is distinct from 'continued' and ${VISIBLE_CASE}
       union all
       select 'deadline', x.id, c.reference, x.kind, x.due_on::text, to_char(x.due_time, 'HH24:MI')
         from case_deadline x join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
        where x.organisation_id = $1 and x.due_on between $2 and $3 and x.kind = any($6::text[])
          and (x.state = 'open' or x.kind = 'order_expiry') and ${VISIBLE_CASE}
       union all
       select 'task', x.id, c.reference, 'task', x.due_on::text, null
         from task x join case_file c on c.id = x.case_id and c.organisation_id = x.organisation_id
        where x.organisation_id = $1 and x.due_on between $2 and $3 and x.status = 'open'
          and x.assignee_id = $5 and ${VISIBLE_CASE}
        order by date, time nulls first, source, id`,
      [organisationId, from, to, assignedOnlyTo, userId, FEED_DEADLINE_KINDS],
    ) as Promise<FeedEntryRow[]>;
  }
}
