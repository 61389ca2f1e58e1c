import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { ReportFactsResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { CaseAccess } from '@api/case-files/case-access';
import { FundingSourcesRepository } from '@api/funding/funding-sources.repository';

import type { SaveReportFactsDto } from './dto/report-facts.dto';
import { ReportFactsRepository } from './report-facts.repository';

/** The "for reports" facts of a case (issue 15). */
@Injectable()
export class ReportFactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: ReportFactsRepository,
    private readonly funding: FundingSourcesRepository,
    private readonly access: CaseAccess,
  ) {}

  get(actor: Actor, caseId: string): Promise<ReportFactsResponse> {
    return this.dataSource.transaction((manager) => this.read(manager, actor, caseId));
  }

  async save(actor: Actor, caseId: string, dto: SaveReportFactsDto): Promise<ReportFactsResponse> {
    checkStatus(dto);
    const ids = dto.funding.map((f) => f.fundingSourceId);
    if (new Set(ids).size !== ids.length) {
      throw new DomainError(
        'DUPLICATE_FUNDING',
        'invalid',
        'must name each source once',
        'funding',
      );
    }
    dto.funding.forEach((f, i) => {
      if (f.endsOn && f.endsOn < f.startsOn) {
        throw new DomainError(
          'INVALID_RANGE',
          'invalid',
          'must not be before startsOn',
          `funding.${i}.endsOn`,
        );
      }
    });
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.getVisibleForWrite(actor, caseId, manager);
      for (const [i, f] of dto.funding.entries()) {
        const source = await this.funding.getByIdOrNull(
          actor.organisationId,
          f.fundingSourceId,
          manager,
        );
        if (!source) {
          throw new DomainError(
            'FUNDING_SOURCE_NOT_FOUND',
            'invalid',
            'must name a funding source of the organisation',
            `funding.${i}.fundingSourceId`,
          );
        }
      }
      await this.facts.save(manager, found, dto);
      await this.funding.replaceCaseFunding(
        manager,
        actor.organisationId,
        caseId,
        dto.funding.map((f) => ({
          fundingSourceId: f.fundingSourceId,
          startsOn: f.startsOn,
          endsOn: f.endsOn ?? null,
        })),
      );
      return this.read(manager, actor, caseId);
    });
  }

  private async read(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
  ): Promise<ReportFactsResponse> {
    const found = await this.access.getVisible(actor, caseId, manager);
    const funding = await this.funding.findCaseFunding(actor.organisationId, caseId, manager);
    return {
      ...(await this.facts.find(manager, found)),
      funding: funding.map((f) => ({
        fundingSourceId: f.fundingSourceId,
        startsOn: f.startsOn,
        endsOn: f.endsOn,
      })),
    };
  }
}

// OVW asks the reason only of those not served; a reason on a served case would be counted wrong.
function checkStatus(dto: SaveReportFactsDto): void {
  if (dto.serviceStatus === 'not_served' && !dto.notServedReason) {
    throw new DomainError(
      'REASON_REQUIRED',
      'invalid',
      'is required when not served',
      'notServedReason',
    );
  }
  if (dto.serviceStatus !== 'not_served' && dto.notServedReason) {
    throw new DomainError(
      'REASON_ONLY_WHEN_NOT_SERVED',
      'invalid',
      'must be empty unless the client was not served',
      'notServedReason',
    );
  }
}
