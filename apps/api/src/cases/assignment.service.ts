import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';

import { CaseAccess } from '@api/case-files/case-access';
import { CasesRepository } from './cases.repository';
import type { AssignAdvocatesDto } from './dto/assign-advocates.dto';

/** Supervisors decide who works a case; only the organisation's advocates and supervisors qualify. */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async assign(actor: Actor, caseId: string, dto: AssignAdvocatesDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      const wanted = [...new Set(dto.advocateIds)];
      const valid = await this.cases.findAssignableUserIds(manager, actor.organisationId, wanted);
      if (valid.length !== wanted.length) {
        throw new DomainError(
          'ADVOCATE_NOT_FOUND',
          'invalid',
          'must list advocates or supervisors of this organisation',
          'advocateIds',
        );
      }
      await this.cases.setAdvocates(manager, actor.organisationId, caseId, valid, actor.userId);
      await this.audit.record(
        {
          action: 'case_reassigned',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'case',
          targetId: caseId,
          details: { advocateIds: valid },
        },
        manager,
      );
    });
  }
}
