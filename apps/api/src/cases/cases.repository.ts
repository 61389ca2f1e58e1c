import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';

import { ClientEntity } from '@api/parties/client.entity';
import { RespondentEntity } from '@api/parties/respondent.entity';
import { UserEntity } from '@api/users/user.entity';

import { CaseAssignmentEntity } from './case-assignment.entity';
import type { CaseCursor } from './case-cursor';
import { CaseEntity } from './case.entity';

export type NewCase = Omit<
  CaseEntity,
  | 'createdAt'
  | 'updatedAt'
  | 'client'
  | 'respondent'
  | 'assignments'
  | 'closedOn'
  | 'lscClosingCode'
>;

@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>) {}

  /** A case with its parties' names and its advocates, never their confidential columns. */
  private withParties(query: SelectQueryBuilder<CaseEntity>): SelectQueryBuilder<CaseEntity> {
    return query
      .leftJoinAndMapOne(
        'c.client',
        ClientEntity,
        'client',
        'client.id = c.clientId and client.organisationId = c.organisationId',
      )
      .leftJoinAndMapOne(
        'c.respondent',
        RespondentEntity,
        'respondent',
        'respondent.id = c.respondentId and respondent.organisationId = c.organisationId',
      )
      .leftJoinAndMapMany(
        'c.assignments',
        CaseAssignmentEntity,
        'assignment',
        'assignment.caseId = c.id',
      )
      .leftJoinAndMapOne(
        'assignment.user',
        UserEntity,
        'advocate',
        'advocate.id = assignment.userId',
      );
  }

  /** A page of an organisation's cases, newest first; `advocateId` narrows to one caseload. */
  async findPageByOrg(
    organisationId: string,
    options: { advocateId: string | null; after: CaseCursor | null; limit: number },
  ): Promise<CaseEntity[]> {
    // Page on ids first, then load the page with its joins, so the limit counts cases, not join rows.
    const ids = this.cases
      .createQueryBuilder('c')
      .select(['c.id', 'c.createdAt'])
      .where('c.organisationId = :organisationId', { organisationId })
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(options.limit);
    if (options.advocateId) {
      ids.andWhere(
        'exists (select 1 from case_assignment a where a.case_id = c.id and a.user_id = :advocateId)',
        {
          advocateId: options.advocateId,
        },
      );
    }
    if (options.after) {
      ids.andWhere('(c.createdAt, c.id) < (:createdAt, :id)', {
        createdAt: options.after.createdAt,
        id: options.after.id,
      });
    }
    const page = await ids.getMany();
    if (page.length === 0) return [];
    const rows = await this.withParties(this.cases.createQueryBuilder('c'))
      .where('c.organisationId = :organisationId', { organisationId })
      .andWhere('c.id in (:...ids)', { ids: page.map((p) => p.id) })
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    return rows;
  }

  getByIdOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<CaseEntity | null> {
    const repo = manager ? manager.getRepository(CaseEntity) : this.cases;
    return this.withParties(repo.createQueryBuilder('c'))
      .where('c.organisationId = :organisationId and c.id = :id', { organisationId, id })
      .getOne();
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

  async isAssigned(
    organisationId: string,
    caseId: string,
    userId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const repo = (manager ?? this.cases.manager).getRepository(CaseAssignmentEntity);
    return (await repo.countBy({ organisationId, caseId, userId })) > 0;
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

  async insert(manager: EntityManager, data: NewCase): Promise<void> {
    await manager
      .getRepository(CaseEntity)
      .insert({ ...data, closedOn: null, lscClosingCode: null });
  }

  /** Replaces a case's advocates. */
  async setAdvocates(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userIds: string[],
    by: string,
  ): Promise<void> {
    const repo = manager.getRepository(CaseAssignmentEntity);
    await repo.delete({ organisationId, caseId });
    if (userIds.length > 0)
      await repo.insert(
        userIds.map((userId) => ({ organisationId, caseId, userId, assignedBy: by })),
      );
  }

  /** Which of these users are active advocates or supervisors of the organisation. */
  async findAssignableUserIds(
    manager: EntityManager,
    organisationId: string,
    userIds: string[],
  ): Promise<string[]> {
    const rows = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id', 'id')
      .where('u.organisationId = :organisationId', { organisationId })
      .andWhere('u.id in (:...userIds)', { userIds })
      .andWhere("u.role in ('advocate', 'supervisor')")
      .andWhere('u.disabledAt is null')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }
}
