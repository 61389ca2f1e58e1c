import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { CaseRetentionResponse, PlaceLegalHoldRequest } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';
import { CaseAccess } from '@api/case-files/case-access';

import { RetentionRepository } from './retention.repository';
import { casePurged, noLegalHold } from './retention.errors';

/**
 * A supervisor's legal hold on a case: while it stands the retention job does not purge the case
 * (litigation, a subpoena, a bar complaint). Placing and removing it are audited.
 */
@Injectable()
export class LegalHoldService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly repo: RetentionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, caseId: string): Promise<CaseRetentionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      return this.standing(manager, actor, caseId);
    });
  }

  async place(
    actor: Actor,
    caseId: string,
    dto: PlaceLegalHoldRequest,
  ): Promise<CaseRetentionResponse> {
    return this.dataSource.transaction(async (manager) => {
      // The case row lock orders a hold against a purge of the same case (which locks it too).
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const before = await this.repo.caseRetention(manager, actor.organisationId, caseId);
      if (before.purgedAt) throw casePurged();
      const placed = await this.repo.placeHold(
        manager,
        actor.organisationId,
        caseId,
        actor.userId,
        dto.reason.trim(),
        this.clock.now(),
      );
      if (placed)
        await this.audit.record(
          {
            action: 'legal_hold_placed',
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            targetType: 'case_file',
            targetId: caseId,
            reason: dto.reason.trim(),
          },
          manager,
        );
      return this.standing(manager, actor, caseId);
    });
  }

  async remove(actor: Actor, caseId: string): Promise<CaseRetentionResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      if (!(await this.repo.removeHold(manager, actor.organisationId, caseId))) throw noLegalHold();
      await this.audit.record(
        {
          action: 'legal_hold_removed',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'case_file',
          targetId: caseId,
        },
        manager,
      );
      return this.standing(manager, actor, caseId);
    });
  }

  private async standing(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
  ): Promise<CaseRetentionResponse> {
    const row = await this.repo.caseRetention(manager, actor.organisationId, caseId);
    return {
      caseId,
      closedOn: row.closedOn,
      purgeDueOn: row.purgeDueOn,
      purgedAt: row.purgedAt ? row.purgedAt.toISOString() : null,
      legalHold: row.holdPlacedAt
        ? {
            placedAt: row.holdPlacedAt.toISOString(),
            placedBy: row.holdPlacedBy,
            reason: row.holdReason ?? '',
          }
        : null,
    };
  }
}
