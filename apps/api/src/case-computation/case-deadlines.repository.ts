import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type EntityManager, In, type Repository } from 'typeorm';

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

/** ShownDeadline's columns of `case_deadline d`, dates and times as TypeORM reads them (text). */
const SHOWN_DEADLINE_COLUMNS = `d.rule_id as "ruleId", d.rule_version as "ruleVersion", d.kind,
  d.order_id as "orderId", d.hearing_id as "hearingId", d.due_on::text as "dueOn",
  d.due_time::text as "dueTime", d.act_by_on::text as "actByOn", d.citation, d.explanation,
  d.confidence, d.assumptions, d.stated_check as "statedCheck", d.state`;

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
    return repo.find({
      where: { organisationId, caseId },
      order: { dueOn: 'ASC', dueTime: 'ASC', ruleId: 'ASC' },
    });
  }

  /**
   * The earliest open deadline of each case, for caseload rows: one plain statement of the
   * fields a row shows (issue 18: a caseload page's deadlines hydrated as entities cost the API
   * more than PostgreSQL).
   */
  async findNextOpenByCases(
    organisationId: string,
    caseIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, ShownDeadline>> {
    if (caseIds.length === 0) return new Map();
    const runner = manager ?? this.deadlines.manager;
    const rows = (await runner.query(
      `select distinct on (d.case_id) d.case_id as "caseId", ${SHOWN_DEADLINE_COLUMNS}
         from case_deadline d
        where d.organisation_id = $1 and d.case_id = any($2::uuid[]) and d.state = 'open'
        order by d.case_id, d.due_on, d.due_time nulls last`,
      [organisationId, caseIds],
    )) as Array<ShownDeadline & { caseId: string }>;
    return new Map(rows.map((r) => [r.caseId, r]));
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
