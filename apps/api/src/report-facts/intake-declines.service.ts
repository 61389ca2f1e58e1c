import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { IntakeDeclineResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { FundingSourcesRepository } from '@api/funding/funding-sources.repository';

import type { CreateIntakeDeclineDto } from './dto/report-facts.dto';
import { ReportFactsRepository } from './report-facts.repository';

/**
 * An intake the organisation turned away (a conflict of interest, capacity, outside the area):
 * no case is opened, but OVW counts the person as seeking services and not served, with the reason.
 */
@Injectable()
export class IntakeDeclinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: ReportFactsRepository,
    private readonly funding: FundingSourcesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async decline(actor: Actor, dto: CreateIntakeDeclineDto): Promise<IntakeDeclineResponse> {
    if (dto.declinedOn > virginiaDate(this.clock.now())) {
      throw new DomainError(
        'DECLINED_IN_FUTURE',
        'invalid',
        'must not be in the future',
        'declinedOn',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const fundingSourceId = dto.fundingSourceId ?? null;
      if (
        fundingSourceId &&
        !(await this.funding.getByIdOrNull(actor.organisationId, fundingSourceId, manager))
      ) {
        throw new DomainError(
          'FUNDING_SOURCE_NOT_FOUND',
          'invalid',
          'must name a funding source of the organisation',
          'fundingSourceId',
        );
      }
      const row = {
        organisationId: actor.organisationId,
        declinedOn: dto.declinedOn,
        reason: dto.reason,
        victimisations: dto.victimisations,
        fundingSourceId,
        recordedBy: actor.userId,
      };
      const id = await this.facts.insertDecline(manager, row);
      await this.audit.record(
        {
          action: 'intake_declined',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'intake_decline',
          targetId: id,
          details: { reason: dto.reason },
        },
        manager,
      );
      return {
        id,
        declinedOn: row.declinedOn,
        reason: row.reason,
        victimisations: row.victimisations,
        fundingSourceId,
      };
    });
  }
}
