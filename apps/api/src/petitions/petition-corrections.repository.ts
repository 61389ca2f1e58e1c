import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { PetitionEntity } from './petition.entity';

/** The columns a petition correction may change. */
export type PetitionCorrection = Partial<
  Pick<
    PetitionEntity,
    'orderKindSought' | 'filedOn' | 'courtId' | 'courtKind' | 'courtLocality' | 'courtCaseNumber'
  >
>;

/** Reads and writes of a petition correction. */
@Injectable()
export class PetitionCorrectionsRepository {
  getOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    petitionId: string,
  ): Promise<PetitionEntity | null> {
    return manager
      .getRepository(PetitionEntity)
      .findOneBy({ organisationId, caseId, id: petitionId });
  }

  async update(
    manager: EntityManager,
    organisationId: string,
    petitionId: string,
    values: PetitionCorrection,
  ): Promise<void> {
    await manager.getRepository(PetitionEntity).update({ organisationId, id: petitionId }, values);
  }

  /** The case's recorded last act of abuse: a petition alleges abuse that came before it. */
  async lastActOn(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<string | null> {
    const [row] = (await manager.query(
      `select last_act_on::text as "on" from case_file where organisation_id = $1 and id = $2`,
      [organisationId, caseId],
    )) as Array<{ on: string | null }>;
    return row?.on ?? null;
  }
}
