import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';
import { RespondentEntity, type PriorConvictionRecord } from '@api/parties/respondent.entity';

import { ViolationEntity } from './violation.entity';

export type NewViolation = Omit<ViolationEntity, 'createdAt'>;

/** A violation with whether it has a narrative; the ciphertext itself is never loaded here. */
export interface ViolationRow {
  violation: ViolationEntity;
  hasNarrative: boolean;
}

@Injectable()
export class ViolationsRepository {
  constructor(
    @InjectRepository(ViolationEntity) private readonly violations: Repository<ViolationEntity>,
  ) {}

  /** The violated order, which must belong to the same case. */
  getOrderOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    orderId: string,
  ): Promise<ProtectiveOrderEntity | null> {
    return manager
      .getRepository(ProtectiveOrderEntity)
      .findOne({ where: { organisationId, caseId, id: orderId } });
  }

  /** The respondent's prior convictions for violating an order (R18 item 6). */
  async findPriorConvictions(
    manager: EntityManager,
    organisationId: string,
    respondentId: string,
  ): Promise<PriorConvictionRecord[]> {
    const row = await manager.getRepository(RespondentEntity).findOne({
      where: { organisationId, id: respondentId },
      select: { id: true, priorConvictions: true },
    });
    return row?.priorConvictions ?? [];
  }

  async insert(manager: EntityManager, data: NewViolation): Promise<void> {
    await manager.getRepository(ViolationEntity).insert(data);
  }

  /** A case's violations in the order they occurred. */
  async findByCase(
    organisationId: string,
    caseId: string,
    manager?: EntityManager,
  ): Promise<ViolationRow[]> {
    return this.rows(manager, organisationId, caseId);
  }

  async getByIdOrNull(
    organisationId: string,
    caseId: string,
    violationId: string,
    manager?: EntityManager,
  ): Promise<ViolationRow | null> {
    return (await this.rows(manager, organisationId, caseId, violationId))[0] ?? null;
  }

  private async rows(
    manager: EntityManager | undefined,
    organisationId: string,
    caseId: string,
    violationId?: string,
  ): Promise<ViolationRow[]> {
    const repo = manager ? manager.getRepository(ViolationEntity) : this.violations;
    const query = repo
      .createQueryBuilder('v')
      .addSelect('v.narrative_enc is not null', 'has_narrative')
      .where('v.organisationId = :organisationId', { organisationId })
      .andWhere('v.caseId = :caseId', { caseId })
      .orderBy('v.occurredOn', 'ASC')
      .addOrderBy('v.occurredTime', 'ASC', 'NULLS FIRST')
      .addOrderBy('v.createdAt', 'ASC');
    if (violationId) query.andWhere('v.id = :violationId', { violationId });
    const { entities, raw } = await query.getRawAndEntities<{
      v_id: string;
      has_narrative: boolean;
    }>();
    const narrated = new Map(raw.map((r) => [r.v_id, r.has_narrative]));
    return entities.map((violation) => ({
      violation,
      hasNarrative: narrated.get(violation.id) === true,
    }));
  }
}
