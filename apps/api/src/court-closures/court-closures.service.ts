import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type {
  CourtClosureCreatedResponse,
  CourtClosureDeletedResponse,
  CourtClosureListResponse,
} from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { CourtDirectory } from '@api/courts/court-directory';

import {
  calendarChangeRefused,
  courtClosureNotFound,
  rangeReversed,
} from './court-closures.errors';
import { CourtClosuresRepository } from './court-closures.repository';
import { toCourtClosureResponse } from './dto/court-closure.response';
import type { CreateCourtClosureDto } from './dto/create-court-closure.dto';
import type { ListCourtClosuresQueryDto } from './dto/list-court-closures.query';

/**
 * Closures an admin enters (Governor's days, clerk's office closures). A closure changes which days
 * are court days, so every stored deadline of the organisation's open cases is recomputed in the
 * SAME transaction as the change: the stored deadlines never disagree with the calendar, and if
 * any case cannot be recomputed nothing is stored. One transaction rather than batches, because a
 * half-applied calendar would leave some cases computed with the old court days and nothing to
 * say which; the price is one longer transaction per change, which admins make a few times a year.
 */
@Injectable()
export class CourtClosuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly closures: CourtClosuresRepository,
    private readonly computation: CaseComputationService,
    private readonly denials: AccessDenials,
    private readonly audit: AuditService,
    private readonly directory: CourtDirectory,
  ) {}

  async list(actor: Actor, query: ListCourtClosuresQueryDto): Promise<CourtClosureListResponse> {
    if (query.from && query.to && query.to < query.from) throw rangeReversed();
    const rows = await this.closures.findInRange(actor.organisationId, query);
    return { items: rows.map(toCourtClosureResponse) };
  }

  async create(actor: Actor, dto: CreateCourtClosureDto): Promise<CourtClosureCreatedResponse> {
    return this.dataSource.transaction(async (manager) => {
      const courtIds = dto.courtIds ? [...new Set(dto.courtIds.map((c) => c.trim()))] : null;
      const localityIds = dto.localityIds
        ? [...new Set(dto.localityIds.map((c) => c.trim()))]
        : null;
      await this.directory.assertCourts(manager, 'courtIds', courtIds ?? []);
      await this.directory.assertLocalities(manager, 'localityIds', localityIds ?? []);
      const caseIds = await this.closures.lockOpenCaseIds(manager, actor.organisationId);
      const closure = await this.closures.insert(manager, {
        organisationId: actor.organisationId,
        closedOn: dto.closedOn,
        courtIds,
        localityIds,
        allDay: dto.allDay,
        kind: dto.kind,
        name: dto.name.trim(),
        authority: dto.authority.trim(),
        createdBy: actor.userId,
      });
      await this.recomputeAll(manager, actor.organisationId, caseIds);
      await this.audit.record(
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'court_closure_created',
          targetType: 'court_closure',
          targetId: closure.id,
          details: {
            closedOn: closure.closedOn,
            courtIds: closure.courtIds ?? [],
            localityIds: closure.localityIds ?? [],
            recomputedCases: caseIds.length,
          },
        },
        manager,
      );
      return { closure: toCourtClosureResponse(closure), recomputedCases: caseIds.length };
    });
  }

  async remove(actor: Actor, closureId: string): Promise<CourtClosureDeletedResponse> {
    return this.dataSource.transaction(async (manager) => {
      const caseIds = await this.closures.lockOpenCaseIds(manager, actor.organisationId);
      if (!(await this.closures.delete(manager, actor.organisationId, closureId))) {
        await this.denials.deny(actor, 'court_closure', closureId);
        throw courtClosureNotFound();
      }
      await this.recomputeAll(manager, actor.organisationId, caseIds);
      await this.audit.record(
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'court_closure_deleted',
          targetType: 'court_closure',
          targetId: closureId,
          details: { recomputedCases: caseIds.length },
        },
        manager,
      );
      return { id: closureId, recomputedCases: caseIds.length };
    });
  }

  private async recomputeAll(
    manager: EntityManager,
    orgId: string,
    caseIds: string[],
  ): Promise<void> {
    for (const caseId of caseIds) {
      try {
        await this.computation.recompute(manager, orgId, caseId, { other: 'closedOn' });
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'invalid') throw calendarChangeRefused(err);
        throw err;
      }
    }
  }
}
