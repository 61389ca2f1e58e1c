import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { CaseListResponse, CaseSummaryResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/auth/actor';
import type { RequestMeta } from '@api/auth/request-meta';
import { Clock } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { FollowupsRepository } from '@api/followups/followups.repository';
import { FollowupsProducer } from '@api/jobs/followups.producer';

import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';
import { CasesRepository } from './cases.repository';
import type { CreateCaseDto } from './dto/create-case.dto';
import { toCaseSummaryResponse } from './dto/case.response';
import type { ListCasesQuery } from './dto/list-cases.query';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly followups: FollowupsRepository,
    private readonly producer: FollowupsProducer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Advocates see their own caseload; supervisors, staff and admins see the organisation's. */
  async list(actor: Actor, query: ListCasesQuery): Promise<CaseListResponse> {
    const limit = query.limit ?? 25;
    const rows = await this.cases.findPageByOrg(actor.organisationId, {
      advocateId: actor.role === 'advocate' ? actor.userId : null,
      after: query.cursor ? decodeCaseCursor(query.cursor) : null,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toCaseSummaryResponse),
      nextCursor: rows.length > limit && last ? encodeCaseCursor(last) : null,
    };
  }

  /**
   * Opens a case. The case, its first follow-up (the outbox row) and the audit event commit
   * together; the job is enqueued only after commit, and a failed enqueue is left to the reconciler.
   */
  async create(actor: Actor, dto: CreateCaseDto, meta: RequestMeta): Promise<CaseSummaryResponse> {
    const now = this.clock.now();
    const { created, followup } = await this.withReferenceRetry(() =>
      this.dataSource.transaction(async (manager) => {
        const reference = await this.cases.nextReference(
          manager,
          actor.organisationId,
          dto.openedOn.slice(0, 4),
        );
        const inserted = await this.cases.insert(manager, {
          organisationId: actor.organisationId,
          reference,
          clientName: dto.clientName.trim(),
          respondentName: dto.respondentName.trim(),
          stage: 'intake',
          orderKind: dto.orderKind ?? null,
          assignedAdvocateId: actor.role === 'advocate' ? actor.userId : null,
          openedOn: dto.openedOn,
        });
        const pending = await this.followups.insertPending(manager, {
          organisationId: actor.organisationId,
          caseId: inserted.id,
          kind: 'case_opened_review',
          dueAt: now,
        });
        await this.audit.record(
          {
            action: 'case_created',
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            targetType: 'case',
            targetId: inserted.id,
            requestId: meta.requestId,
            ip: meta.ip,
          },
          manager,
        );
        return { created: inserted, followup: pending };
      }),
    );
    await this.producer.enqueue(followup);
    const reloaded = await this.cases.getByIdOrNull(actor.organisationId, created.id);
    if (!reloaded) throw new DomainError('CASE_NOT_FOUND', 'not_found', 'Case not found.');
    return toCaseSummaryResponse(reloaded);
  }

  // Two cases opened at the same instant can draw the same next reference; the unique index
  // refuses the second, which then retries with a fresh number.
  private async withReferenceRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (err) {
        const code = (err as { driverError?: { code?: string } }).driverError?.code;
        if (code !== UNIQUE_VIOLATION || attempt >= 5) throw err;
      }
    }
  }
}
