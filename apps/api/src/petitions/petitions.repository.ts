import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { PetitionEntity } from './petition.entity';

export type NewPetition = Pick<
  PetitionEntity,
  | 'organisationId'
  | 'caseId'
  | 'orderKindSought'
  | 'filedOn'
  | 'courtId'
  | 'courtKind'
  | 'courtLocality'
  | 'courtCaseNumber'
  | 'mpoIssuingCommand'
  | 'mpoIssuedOn'
  | 'mpoEnteredInNcic'
>;

@Injectable()
export class PetitionsRepository {
  constructor(
    @InjectRepository(PetitionEntity) private readonly petitions: Repository<PetitionEntity>,
  ) {}

  /** A case's petitions in filing order. */
  findByCase(organisationId: string, caseId: string): Promise<PetitionEntity[]> {
    return this.petitions.find({
      where: { organisationId, caseId },
      order: { filedOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  async insert(manager: EntityManager, data: NewPetition): Promise<PetitionEntity> {
    const repo = manager.getRepository(PetitionEntity);
    return repo.save(repo.create(data));
  }
}
