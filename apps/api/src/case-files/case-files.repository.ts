import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { prepared } from '@api/common/sql/prepared-statements';

import { CaseEntity } from './case.entity';

/**
 * The condition that the case `c` is assigned to the user the parameter `assignee` names (an
 * advocate sees only those): every read that decides a case's visibility applies this one.
 */
export const assignedTo = (assignee: string) =>
  `exists (select 1 from case_assignment a
            where a.organisation_id = c.organisation_id and a.case_id = c.id
              and a.user_id = ${assignee})`;

/**
 * FROM and WHERE of the organisation's (`$1`) case (`$2`) when it may be seen by the assignee
 * `$3`, or by anyone in the organisation when `$3` is null (`assigneeOf`). A read that selects
 * its rows over it answers no row for a case the actor may not see, so the access check and the
 * read are one statement (issue 18), and nothing of that case is read.
 */
export const VISIBLE_CASE = `from case_file c
  where c.organisation_id = $1 and c.id = $2 and ($3::uuid is null or ${assignedTo('$3::uuid')})`;

/**
 * A scalar subquery: the organisation's (`$1`) case's (`$2`) rows of `table` (as `x`) as one JSON
 * array of `value` (the whole row by default, keyed by column name), in `order`.
 */
export const caseRowsJson = (table: string, order: string, value = 'x') => `
  (select coalesce(json_agg(${value} order by ${order}), '[]'::json)
     from ${table} x where x.organisation_id = $1 and x.case_id = $2)`;

/** The lookups every case feature's access check needs: the case row, its advocates, its lock. */
@Injectable()
export class CaseFilesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  getByIdOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<CaseEntity | null> {
    const repo = manager ? manager.getRepository(CaseEntity) : this.cases;
    return repo.findOneBy({ organisationId, id });
  }

  /**
   * The case if the actor may see it, in one statement: in the organisation and, for an advocate
   * (`assigneeId`), assigned to them. Null for a missing case and a forbidden one alike.
   */
  getVisibleOrNull(
    organisationId: string,
    id: string,
    assigneeId: string | null,
    manager?: EntityManager,
  ): Promise<CaseEntity | null> {
    const repo = manager ? manager.getRepository(CaseEntity) : this.cases;
    const query = repo
      .createQueryBuilder('c')
      .where('c.organisationId = :organisationId and c.id = :id', { organisationId, id });
    if (assigneeId) {
      query.andWhere(assignedTo(':assigneeId'), { assigneeId });
    }
    return query.getOne();
  }

  /**
   * Whether the case is the organisation's (and, with an assignee, assigned to them), as one
   * plain statement: most requests under a case only need that answer, and the query builder's
   * SQL generation and entity mapping cost more than the lookup (issue 18).
   */
  async isVisible(
    organisationId: string,
    id: string,
    assigneeId: string | null,
    manager?: EntityManager,
  ): Promise<boolean> {
    const rows = (await (manager ?? this.cases.manager).query(
      prepared(`select 1 ${VISIBLE_CASE}`),
      [organisationId, id, assigneeId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Row-locks a case until the caller's transaction ends. */
  async lockForUpdate(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<void> {
    await manager.query(
      'select id from case_file where organisation_id = $1 and id = $2 for update',
      [organisationId, caseId],
    );
  }
}
