import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type EntityManager, In, type Repository } from 'typeorm';

import { CaseDeadlineEntity } from './case-deadline.entity';

export type NewCaseDeadline = Omit<CaseDeadlineEntity, 'id'>;

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

  /** The earliest open deadline of each case, for caseload rows. */
  async findNextOpenByCases(
    organisationId: string,
    caseIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, CaseDeadlineEntity>> {
    if (caseIds.length === 0) return new Map();
    const repo = manager ? manager.getRepository(CaseDeadlineEntity) : this.deadlines;
    const rows = await repo
      .createQueryBuilder('d')
      .distinctOn(['d.caseId'])
      .where('d.organisationId = :organisationId', { organisationId })
      .andWhere('d.caseId in (:...caseIds)', { caseIds })
      .andWhere("d.state = 'open'")
      .orderBy('d.caseId')
      .addOrderBy('d.dueOn', 'ASC')
      .addOrderBy('d.dueTime', 'ASC', 'NULLS LAST')
      .getMany();
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
