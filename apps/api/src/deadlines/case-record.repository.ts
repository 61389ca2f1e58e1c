import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CaseEntity } from '@api/cases/case.entity';
import { CourtClosureEntity } from '@api/court-closures/court-closure.entity';
import { HearingEntity } from '@api/hearings/hearing.entity';
import { ExtensionMotionEntity } from '@api/orders/extension-motion.entity';
import { OrderExtensionEntity } from '@api/orders/order-extension.entity';
import { ProtectiveOrderEntity } from '@api/orders/protective-order.entity';
import { RespondentEntity } from '@api/parties/respondent.entity';
import { PetitionEntity } from '@api/petitions/petition.entity';
import { ServiceAttemptEntity } from '@api/service-attempts/service-attempt.entity';
import { ViolationEntity } from '@api/violations/violation.entity';

import type { CaseRecord } from './case-record';
import type { CaseStanding } from './case-stage';

/** Loads every fact of one case, inside the caller's transaction, for the rules library. */
@Injectable()
export class CaseRecordRepository {
  async load(manager: EntityManager, organisationId: string, caseId: string): Promise<CaseRecord> {
    const scope = { organisationId, caseId };
    const caseRow = await manager
      .getRepository(CaseEntity)
      .findOneByOrFail({ organisationId, id: caseId });
    // One after another: the queries share the transaction's single connection.
    const respondent = await manager.getRepository(RespondentEntity).findOneOrFail({
      where: { organisationId, id: caseRow.respondentId },
      select: { id: true, knownFirearms: true, priorConvictions: true },
    });
    const petitions = await manager.getRepository(PetitionEntity).findBy(scope);
    const orders = await manager
      .getRepository(ProtectiveOrderEntity)
      .find({ where: scope, order: { issuedOn: 'ASC', createdAt: 'ASC' } });
    const orderExtensions = await manager.getRepository(OrderExtensionEntity).findBy(scope);
    const extensionMotions = await manager.getRepository(ExtensionMotionEntity).findBy(scope);
    const serviceAttempts = await manager.getRepository(ServiceAttemptEntity).findBy(scope);
    const hearings = await manager
      .getRepository(HearingEntity)
      .find({ where: scope, order: { createdAt: 'ASC' } });
    const violations = await manager.getRepository(ViolationEntity).findBy(scope);
    const closures = await manager.getRepository(CourtClosureEntity).findBy({ organisationId });
    return {
      caseRow,
      respondent,
      petitions,
      orders,
      orderExtensions,
      extensionMotions,
      serviceAttempts,
      hearings,
      violations,
      closures,
    };
  }

  /** Stores what is derived from the facts; a closed case keeps its stage. */
  async saveStanding(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    standing: CaseStanding,
  ): Promise<void> {
    await manager
      .getRepository(CaseEntity)
      .createQueryBuilder()
      .update()
      .set({ nextDueOn: standing.nextDueOn })
      .where('organisation_id = :organisationId and id = :caseId', { organisationId, caseId })
      .execute();
    await manager
      .getRepository(CaseEntity)
      .createQueryBuilder()
      .update()
      .set({ stage: standing.stage, orderKind: standing.orderKind })
      .where('organisation_id = :organisationId and id = :caseId', { organisationId, caseId })
      .andWhere('closed_on is null')
      .execute();
  }
}
