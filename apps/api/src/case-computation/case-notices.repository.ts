import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CaseComputation } from '@haven/rules';

import { CaseNoticeEntity } from './case-notice.entity';

/** The fields of a stored notice that the case page shows (toNoticeResponse's allow-list). */
export type ShownNotice = Pick<
  CaseNoticeEntity,
  | 'kind'
  | 'ruleId'
  | 'ruleVersion'
  | 'text'
  | 'citation'
  | 'assumptions'
  | 'orderId'
  | 'hearingId'
  | 'violationId'
>;

/**
 * The SELECT of every stored notice of the case `caseId` (an SQL expression) of the organisation
 * `$1`, as one JSON array of ShownNotice: attorney reviews first, then tasks, then warnings, each
 * kind in the library's order.
 */
export const caseNoticesJsonSql = (caseId: string) => `
  select coalesce(json_agg(s order by s.rank, s.position), '[]'::json)
    from (select n.kind, n.rule_id as "ruleId", n.rule_version as "ruleVersion", n.text,
                 n.citation, n.assumptions, n.order_id as "orderId", n.hearing_id as "hearingId",
                 n.violation_id as "violationId", n.position,
                 case n.kind when 'attorney_review' then 0 when 'task' then 1 else 2 end as rank
            from case_notice n
           where n.organisation_id = $1 and n.case_id = ${caseId}) s`;

/** The rows `recompute` stores for a computation's notices, in the library's order. */
export function toNoticeRows(
  organisationId: string,
  caseId: string,
  result: CaseComputation,
  computedAt: Date,
): CaseNoticeEntity[] {
  return result.notices.map((n, position) => ({
    caseId,
    position,
    organisationId,
    kind: n.kind,
    ruleId: n.ruleId,
    ruleVersion: n.ruleVersion,
    text: n.text,
    citation: n.citation.text,
    assumptions: n.assumptions,
    orderId: n.orderId ?? null,
    hearingId: n.hearingId ?? null,
    violationId: n.violationId ?? null,
    computedAt,
  }));
}

@Injectable()
export class CaseNoticesRepository {
  /** Replaces a case's stored notices with a fresh computation's, inside the caller's transaction. */
  async replaceForCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    rows: CaseNoticeEntity[],
  ): Promise<void> {
    const repo = manager.getRepository(CaseNoticeEntity);
    await repo.delete({ organisationId, caseId });
    if (rows.length > 0) await repo.insert(rows);
  }
}
