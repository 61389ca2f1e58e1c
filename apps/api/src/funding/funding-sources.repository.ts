import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { CaseFundingEntity } from './case-funding.entity';
import { FundingSourceEntity } from './funding-source.entity';

export type FundingSourceFields = Pick<
  FundingSourceEntity,
  'name' | 'funder' | 'grantNumber' | 'startsOn' | 'endsOn'
>;

/** Funding sources and which of them paid for a case: the only TypeORM user of this feature. */
@Injectable()
export class FundingSourcesRepository {
  constructor(
    @InjectRepository(FundingSourceEntity)
    private readonly sources: Repository<FundingSourceEntity>,
  ) {}

  findAllByOrg(organisationId: string): Promise<FundingSourceEntity[]> {
    return this.sources.find({ where: { organisationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  getByIdOrNull(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<FundingSourceEntity | null> {
    return (manager?.getRepository(FundingSourceEntity) ?? this.sources).findOneBy({
      organisationId,
      id,
    });
  }

  /**
   * The organisation's sources among `ids`, each with whether it was in force on `on`: one read
   * answers both "are they ours?" and "did they pay on that day?".
   */
  async ownedOn(
    manager: EntityManager,
    organisationId: string,
    ids: string[],
    on: string,
  ): Promise<Array<{ name: string; inForce: boolean }>> {
    if (ids.length === 0) return [];
    const rows = (await manager.query(
      `select name, (starts_on <= $3::date and (ends_on is null or ends_on >= $3::date)) as "inForce"
         from funding_source
        where organisation_id = $1 and id = any($2::uuid[])
        order by name`,
      [organisationId, ids, on],
    )) as Array<{ name: string; inForce: boolean }>;
    return rows;
  }

  async insert(
    manager: EntityManager,
    organisationId: string,
    fields: FundingSourceFields,
  ): Promise<FundingSourceEntity> {
    const repo = manager.getRepository(FundingSourceEntity);
    const { identifiers } = await repo.insert({ organisationId, ...fields });
    return repo.findOneByOrFail({ organisationId, id: identifiers[0]?.['id'] as string });
  }

  async update(
    manager: EntityManager,
    organisationId: string,
    id: string,
    fields: FundingSourceFields,
  ): Promise<FundingSourceEntity | null> {
    const repo = manager.getRepository(FundingSourceEntity);
    const result = await repo.update({ organisationId, id }, fields);
    if ((result.affected ?? 0) === 0) return null;
    return repo.findOneByOrFail({ organisationId, id });
  }

  findCaseFunding(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<CaseFundingEntity[]> {
    return (manager ?? this.sources.manager).getRepository(CaseFundingEntity).find({
      where: { organisationId, caseId },
      order: { startsOn: 'ASC', fundingSourceId: 'ASC' },
    });
  }

  /** Replaces a case's funding rows with `rows`, inside the caller's transaction. */
  async replaceCaseFunding(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    rows: Array<Pick<CaseFundingEntity, 'fundingSourceId' | 'startsOn' | 'endsOn'>>,
  ): Promise<void> {
    const repo = manager.getRepository(CaseFundingEntity);
    await repo.delete({ organisationId, caseId });
    if (rows.length > 0) {
      await repo.insert(rows.map((r) => ({ ...r, organisationId, caseId })));
    }
  }
}
