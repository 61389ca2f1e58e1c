import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Between,
  type EntityManager,
  LessThanOrEqual,
  MoreThanOrEqual,
  type Repository,
} from 'typeorm';

import { CourtClosureEntity } from './court-closure.entity';

export type NewCourtClosure = Pick<
  CourtClosureEntity,
  | 'organisationId'
  | 'closedOn'
  | 'courtIds'
  | 'localityIds'
  | 'allDay'
  | 'kind'
  | 'name'
  | 'authority'
  | 'createdBy'
>;

@Injectable()
export class CourtClosuresRepository {
  constructor(
    @InjectRepository(CourtClosureEntity) private readonly closures: Repository<CourtClosureEntity>,
  ) {}

  /** An organisation's closures in an inclusive date range, by date. */
  findInRange(
    organisationId: string,
    range: { from?: string; to?: string },
  ): Promise<CourtClosureEntity[]> {
    const closedOn =
      range.from && range.to
        ? Between(range.from, range.to)
        : range.from
          ? MoreThanOrEqual(range.from)
          : range.to
            ? LessThanOrEqual(range.to)
            : undefined;
    return this.closures.find({
      where: { organisationId, ...(closedOn ? { closedOn } : {}) },
      order: { closedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Every closure of the organisation, for the court-day calendar. */
  findAll(organisationId: string, manager?: EntityManager): Promise<CourtClosureEntity[]> {
    const repo = manager ? manager.getRepository(CourtClosureEntity) : this.closures;
    return repo.findBy({ organisationId });
  }

  async insert(manager: EntityManager, data: NewCourtClosure): Promise<CourtClosureEntity> {
    const repo = manager.getRepository(CourtClosureEntity);
    const { identifiers } = await repo.insert(data);
    return repo.findOneByOrFail({
      organisationId: data.organisationId,
      id: identifiers[0]?.['id'] as string,
    });
  }

  /** Deletes one closure of the organisation; false when there was none. */
  async delete(manager: EntityManager, organisationId: string, id: string): Promise<boolean> {
    const result = await manager.getRepository(CourtClosureEntity).delete({ organisationId, id });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Locks the organisation's open cases in id order and returns their ids. Every fact write locks
   * its case row before recomputing, so holding these locks means no recomputation runs with the
   * old calendar after this one, and two closure changes run one after the other (no deadlock: the
   * same order every time).
   */
  async lockOpenCaseIds(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = (await manager.query(
      `select id from case_file
        where organisation_id = $1 and closed_on is null and stage <> 'closed'
        order by id
        for update`,
      [organisationId],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
