import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CaseDeadlineEntity } from './case-deadline.entity';

export type NewCaseDeadline = Omit<CaseDeadlineEntity, 'id'>;

/** The fields of a stored deadline that a screen shows (toDeadlineResponse's allow-list). */
export type ShownDeadline = Pick<
  CaseDeadlineEntity,
  | 'ruleId'
  | 'ruleVersion'
  | 'kind'
  | 'orderId'
  | 'hearingId'
  | 'dueOn'
  | 'dueTime'
  | 'actByOn'
  | 'citation'
  | 'explanation'
  | 'confidence'
  | 'assumptions'
  | 'statedCheck'
  | 'state'
>;

/** A stored deadline's columns as a ShownDeadline (dates and times as text, as TypeORM reads them). */
const shownDeadlineColumns = `
  d.rule_id as "ruleId", d.rule_version as "ruleVersion", d.kind, d.order_id as "orderId",
  d.hearing_id as "hearingId", d.due_on::text as "dueOn", d.due_time::text as "dueTime",
  d.act_by_on::text as "actByOn", d.citation, d.explanation, d.confidence, d.assumptions,
  d.stated_check as "statedCheck", d.state`;

/**
 * The SELECT of a case's next open deadline as a ShownDeadline, for the case `caseId` (an SQL
 * expression) of the organisation `$1`: the first in the case page's order
 * (caseDeadlinesJsonSql), so a caseload row and its case page show the same.
 */
export const nextOpenDeadlineSql = (caseId: string) => `
  select ${shownDeadlineColumns}
    from case_deadline d
   where d.organisation_id = $1 and d.case_id = ${caseId} and d.state = 'open'
   order by d.due_on, d.due_time, d.rule_id
   limit 1`;

/**
 * The SELECT of every stored deadline of the case `caseId` (an SQL expression) of the
 * organisation `$1`, as one JSON array of ShownDeadline in the case page's order: by due date,
 * then time (an untimed one last), then rule; ISO dates and times sort as text as they do as
 * values.
 */
export const caseDeadlinesJsonSql = (caseId: string) => `
  select coalesce(
           json_agg(s order by s."dueOn" collate "C", s."dueTime" collate "C", s."ruleId"),
           '[]'::json)
    from (select ${shownDeadlineColumns}
            from case_deadline d
           where d.organisation_id = $1 and d.case_id = ${caseId}) s`;

@Injectable()
export class CaseDeadlinesRepository {
  /** Replaces a case's stored deadlines with a fresh computation, inside the caller's transaction. */
  async replaceForCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    rows: NewCaseDeadline[],
  ): Promise<void> {
    const repo = manager.getRepository(CaseDeadlineEntity);
    await repo.delete({ organisationId, caseId });
    if (rows.length > 0) await repo.insert(rows);
  }
}
