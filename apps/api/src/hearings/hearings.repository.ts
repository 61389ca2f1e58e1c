import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';
import { PetitionEntity } from '@api/petitions/petition.entity';
import { entitiesFromJson } from '@api/common/sql/entities-from-json';
import { prepared } from '@api/common/sql/prepared-statements';
import { caseRowsJson, VISIBLE_CASE } from '@api/case-files/case-files.repository';

import { HearingEntity } from './hearing.entity';

/** A visible case's (`VISIBLE_CASE`) hearings as JSON `rows`. */
const VISIBLE_CASE_HEARINGS = `
  select ${caseRowsJson('hearing', 'x.scheduled_on, x.scheduled_time nulls first, x.created_at, x.id')} as rows
  ${VISIBLE_CASE}`;

export type NewHearing = Pick<
  HearingEntity,
  | 'organisationId'
  | 'caseId'
  | 'orderId'
  | 'kind'
  | 'scheduledOn'
  | 'scheduledTime'
  | 'continuedFromId'
>;

export type HearingClosure = Pick<HearingEntity, 'outcome' | 'heldOn' | 'continuanceReason'>;

@Injectable()
export class HearingsRepository {
  constructor(
    @InjectRepository(HearingEntity) private readonly hearings: Repository<HearingEntity>,
  ) {}

  /** The filing date of the case's first petition, or null when none is recorded. */
  async firstPetitionFiledOnOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
  ): Promise<string | null> {
    const first = await manager.getRepository(PetitionEntity).findOne({
      where: { organisationId, caseId },
      order: { filedOn: 'ASC' },
      select: { id: true, filedOn: true },
    });
    return first?.filedOn ?? null;
  }

  /** Whether the order exists in this organisation AND this case (another case's order is not found). */
  async orderOfCaseExists(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    orderId: string,
  ): Promise<boolean> {
    return manager
      .getRepository(ProtectiveOrderEntity)
      .existsBy({ organisationId, caseId, id: orderId });
  }

  /** One hearing of the case, row-locked so two requests cannot both close it. */
  getForUpdateOrNull(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    id: string,
  ): Promise<HearingEntity | null> {
    return manager.getRepository(HearingEntity).findOne({
      where: { organisationId, caseId, id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * A case's hearings in date order (a continued hearing before the one that replaced it), with
   * the access check in the same statement: null when the assignee (`assigneeOf`) may not see
   * the case.
   */
  async findVisibleByCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    assigneeId: string | null,
  ): Promise<HearingEntity[] | null> {
    const [found] = (await manager.query(prepared(VISIBLE_CASE_HEARINGS), [
      organisationId,
      caseId,
      assigneeId,
    ])) as Array<{ rows: Array<Record<string, unknown>> }>;
    return found
      ? entitiesFromJson<HearingEntity>(manager.connection.getMetadata(HearingEntity), found.rows)
      : null;
  }

  async insert(manager: EntityManager, data: NewHearing): Promise<HearingEntity> {
    const repo = manager.getRepository(HearingEntity);
    return repo.save(
      repo.create({ ...data, outcome: null, heldOn: null, continuanceReason: null }),
    );
  }

  /** Gives an open hearing its outcome; returns the stored row. */
  async close(
    manager: EntityManager,
    organisationId: string,
    id: string,
    closure: HearingClosure,
  ): Promise<HearingEntity> {
    const repo = manager.getRepository(HearingEntity);
    await repo.update({ organisationId, id }, closure);
    return repo.findOneByOrFail({ organisationId, id });
  }
}
