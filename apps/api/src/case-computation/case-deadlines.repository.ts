import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type EntityManager, In, type Repository } from 'typeorm';

import { preparedBuilder } from '@api/common/sql/prepared-statements';

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

/**
 * The SELECT of a case's next open deadline as a ShownDeadline (dates and times as text, as
 * TypeORM reads them), for the case `caseId` (an SQL expression) of the organisation `$1`: the
 * first in the case page's order (findByCase), so a caseload row and its case page show the same.
 */
export const nextOpenDeadlineSql = (caseId: string) => `
  select d.rule_id as "ruleId", d.rule_version as "ruleVersion", d.kind, d.order_id as "orderId",
         d.hearing_id as "hearingId", d.due_on::text as "dueOn", d.due_time::text as "dueTime",
         d.act_by_on::text as "actByOn", d.citation, d.explanation, d.confidence, d.assumptions,
         d.stated_check as "statedCheck", d.state
    from case_deadline d
   where d.organisation_id = $1 and d.case_id = ${caseId} and d.state = 'open'
   order by d.due_on, d.due_time, d.rule_id
   limit 1`;

@Injectable()
export class CaseDeadlinesRepository {
  constructor(
    @InjectRepository(CaseDeadlineEntity)
    private readonly deadlines: Repository<CaseDeadlineEntity>,
  ) {}

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

  findByCase(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<CaseDeadlineEntity[]> {
    const repo = manager ? manager.getRepository(CaseDeadlineEntity) : this.deadlines;
    return preparedBuilder(
      repo
        .createQueryBuilder('d')
        .where('d.organisationId = :organisationId and d.caseId = :caseId', {
          organisationId,
          caseId,
        })
        .orderBy('d.dueOn', 'ASC')
        .addOrderBy('d.dueTime', 'ASC')
        .addOrderBy('d.ruleId', 'ASC'),
    ).getMany();
  }

  /** Open deadlines of an organisation due on or before `through` (overdue included). */
  findOpenDueThrough(
    organisationId: string,
    through: string,
    caseIds?: string[],
  ): Promise<CaseDeadlineEntity[]> {
    return this.deadlines.find({
      where: {
        organisationId,
        state: 'open',
        dueOn: Between('0001-01-01', through),
        ...(caseIds ? { caseId: In(caseIds) } : {}),
      },
      order: { dueOn: 'ASC', dueTime: 'ASC' },
    });
  }
}
