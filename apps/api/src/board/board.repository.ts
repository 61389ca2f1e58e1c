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
}
