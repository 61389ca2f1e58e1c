import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { RevealServiceNotesResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { CaseAccess } from '@api/case-files/case-access';

import type { RevealServiceNotesDto } from './dto/reveal-service-notes.dto';
import { serviceAttemptNotFound } from './service-attempts.errors';
import { ServiceAttemptsRepository } from './service-attempts.repository';

/**
 * Releases one attempt's notes to a permitted user who gives a reason. The audit row commits in the
 * same transaction as the read, so if the audit cannot be written nothing is released (F4).
 */
@Injectable()
export class ServiceNotesService {
  private readonly logger = new Logger(ServiceNotesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly denials: AccessDenials,
    private readonly attempts: ServiceAttemptsRepository,
    private readonly audit: AuditService,
  ) {}

  async reveal(
    actor: Actor,
    caseId: string,
    attemptId: string,
    dto: RevealServiceNotesDto,
  ): Promise<RevealServiceNotesResponse> {
    const orgId = actor.organisationId;
    const opened = await this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      if (!(await this.attempts.existsInCase(manager, orgId, caseId, attemptId))) {
        await this.denials.deny(actor, 'service_attempt', attemptId);
        throw serviceAttemptNotFound();
      }
      const notes = await this.attempts.openNotes(manager, orgId, caseId, attemptId);
      await this.audit.record(
        {
          action: 'reveal',
          organisationId: orgId,
          actorUserId: actor.userId,
          targetType: 'service_attempt.notes',
          targetId: attemptId,
          reason: dto.reason,
          details: { caseId },
        },
        manager,
      );
      return notes;
    });
    if (opened.status === 'unavailable') {
      // An alert for the operators: tampering or a retired key. The value itself is never logged.
      this.logger.error(`ALERT confidential value unavailable: service_attempt ${attemptId} notes`);
    }
    return { attemptId, ...opened };
  }
}
