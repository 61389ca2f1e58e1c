import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { CaseEntity } from './case.entity';
import type { CaseCursor } from './case-cursor';

export type NewCase = Pick<
  CaseEntity,
  | 'organisationId'
  | 'reference'
  | 'clientName'
  | 'respondentName'
  | 'stage'
  | 'orderKind'
  | 'assignedAdvocateId'
  | 'openedOn'
>;

@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  /** A page of an organisation's cases, newest first; `advocateId` narrows to one caseload. */
  findPageByOrg(
    organisationId: string,
    options: { advocateId: string | null; after: CaseCursor | null; limit: number },
  ): Promise<CaseEntity[]> {
    const query = this.cases
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.assignedAdvocate', 'advocate')
      .where('c.organisationId = :organisationId', { organisationId })
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(options.limit);
    if (options.advocateId)
      query.andWhere('c.assignedAdvocateId = :advocateId', { advocateId: options.advocateId });
    if (options.after) {
      query.andWhere('(c.createdAt, c.id) < (:createdAt, :id)', {
        createdAt: options.after.createdAt,
        id: options.after.id,
      });
    }
    return query.getMany();
  }

  getByIdOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<CaseEntity | null> {
    const repo = manager ? manager.getRepository(CaseEntity) : this.cases;
    return repo.findOne({ where: { organisationId, id }, relations: { assignedAdvocate: true } });
  }

  /** Next reference for the organisation and year, e.g. HV-2026-0007 (unique per organisation). */
  async nextReference(
    manager: EntityManager,
    organisationId: string,
    year: string,
  ): Promise<string> {
    const prefix = `HV-${year}-`;
    const [row] = (await manager.query(
      `select coalesce(max(substring(reference from '\\d+$')::int), 0) + 1 as next
         from case_file where organisation_id = $1 and reference like $2`,
      [organisationId, `${prefix}%`],
    )) as Array<{ next: number }>;
    return `${prefix}${String(row?.next ?? 1).padStart(4, '0')}`;
  }

  insert(manager: EntityManager, data: NewCase): Promise<CaseEntity> {
    const repo = manager.getRepository(CaseEntity);
    return repo.save(repo.create({ ...data, closedOn: null }));
  }
}
