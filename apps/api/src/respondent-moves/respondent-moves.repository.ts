import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { RespondentMoveEntity } from './respondent-move.entity';

export type NewRespondentMove = Omit<RespondentMoveEntity, 'createdAt'>;

/** A move and whether a sealed new address exists; the ciphertext is never loaded here. */
export interface RespondentMoveRow {
  move: RespondentMoveEntity;
  hasNewAddress: boolean;
}

@Injectable()
export class RespondentMovesRepository {
  async insert(manager: EntityManager, row: NewRespondentMove): Promise<RespondentMoveEntity> {
    await manager.getRepository(RespondentMoveEntity).insert(row);
    return manager
      .getRepository(RespondentMoveEntity)
      .findOneOrFail({ where: { organisationId: row.organisationId, id: row.id } });
  }

  /** A case's moves, oldest first, each with whether a new address was recorded. */
  async findByCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<RespondentMoveRow[]> {
    const rows = await manager
      .getRepository(RespondentMoveEntity)
      .createQueryBuilder('m')
      .addSelect('m.new_address_enc is not null', 'has_new_address')
      .where('m.organisation_id = :organisationId and m.case_id = :caseId', {
        organisationId,
        caseId,
      })
      .orderBy('m.moved_on', 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getRawAndEntities();
    return rows.entities.map((move, i) => ({
      move,
      hasNewAddress: Boolean((rows.raw[i] as { has_new_address?: boolean }).has_new_address),
    }));
  }
}
