import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { CaseComputationService } from '@api/case-computation/case-computation.service';

import { CaseAccess } from '@api/case-files/case-access';
import { CasesRepository } from './cases.repository';
import type { CloseCaseDto } from './dto/close-case.dto';

/**
 * Closing a case ends the organisation's work on it (with its LSC closing code); it ends no order.
 * A closed case leaves the caseload's working stages and the board; reopening recomputes it from
 * its facts, so nothing computed while it was closed is trusted.
 */
@Injectable()
export class CaseClosingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly computation: CaseComputationService,
    private readonly audit: AuditService,
  ) {}

  async close(actor: Actor, caseId: string, dto: CloseCaseDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.access.getVisibleForWrite(actor, caseId, manager);
      if (found.closedOn) {
        throw new DomainError('CASE_ALREADY_CLOSED', 'conflict', 'The case is already closed.');
      }
      if (dto.closedOn < found.openedOn) {
        throw new DomainError(
          'CLOSED_BEFORE_OPENED',
          'invalid',
          `must not be before the case was opened (${found.openedOn})`,
          'closedOn',
        );
      }
      await this.cases.setClosed(manager, actor.organisationId, caseId, {
        closedOn: dto.closedOn,
        lscClosingCode: dto.lscClosingCode,
      });
      // Closing is a fact like any other: its consequences (the case leaves the at-risk list, its
      // pending follow-ups are cancelled) come from the one recompute path, as reopening's do.
      await this.computation.recompute(manager, actor.organisationId, caseId, { other: 'caseId' });
      await this.audit.record(
        {
          action: 'case_closed',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'case',
          targetId: caseId,
          details: { closedOn: dto.closedOn, lscClosingCode: dto.lscClosingCode },
        },
        manager,
      );
    });
  }

  async reopen(actor: Actor, caseId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.access.getVisibleForWrite(actor, caseId, manager);
      if (!found.closedOn) {
        throw new DomainError('CASE_NOT_CLOSED', 'conflict', 'The case is not closed.');
      }
      await this.cases.setClosed(manager, actor.organisationId, caseId, null);
      // Reopening changes no fact; a refusal here is about the case the path names.
      await this.computation.recompute(manager, actor.organisationId, caseId, { other: 'caseId' });
      await this.audit.record(
        {
          action: 'case_reopened',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'case',
          targetId: caseId,
        },
        manager,
      );
    });
  }
}
