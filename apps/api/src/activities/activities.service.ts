import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { ServiceActivityListResponse, ServiceActivityResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { Clock, virginiaDate } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { CaseAccess } from '@api/case-files/case-access';
import { FundingSourcesRepository } from '@api/funding/funding-sources.repository';
import { UsersRepository } from '@api/users/users.repository';

import { ActivitiesRepository } from './activities.repository';
import type { CreateServiceActivityDto } from './dto/create-service-activity.dto';

/** The service activity log of a case (issue 15): what OVW and VOCA count as services given. */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
    private readonly access: CaseAccess,
    private readonly funding: FundingSourcesRepository,
    private readonly clock: Clock,
    private readonly users: UsersRepository,
  ) {}

  async list(actor: Actor, caseId: string): Promise<ServiceActivityListResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertVisible(actor, caseId, manager);
      return { items: await this.activities.findByCase(manager, actor.organisationId, caseId) };
    });
  }

  async record(
    actor: Actor,
    caseId: string,
    dto: CreateServiceActivityDto,
  ): Promise<ServiceActivityResponse> {
    if (dto.performedOn > virginiaDate(this.clock.now())) {
      throw new DomainError(
        'ACTIVITY_IN_FUTURE',
        'invalid',
        'must not be in the future',
        'performedOn',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.access.getVisibleForWrite(actor, caseId, manager);
      const performedBy = dto.performedBy ?? actor.userId;
      if (!(await this.users.isOfOrganisation(manager, actor.organisationId, performedBy))) {
        throw new DomainError(
          'USER_NOT_FOUND',
          'invalid',
          'must be a user of the organisation',
          'performedBy',
        );
      }
      const sources = await this.funding.ownedOn(
        manager,
        actor.organisationId,
        dto.fundingSourceIds,
        dto.performedOn,
      );
      if (sources.length !== dto.fundingSourceIds.length) {
        throw new DomainError(
          'FUNDING_SOURCE_NOT_FOUND',
          'invalid',
          'must name funding sources of the organisation',
          'fundingSourceIds',
        );
      }
      // A grant pays only for work done while it runs: a service tagged with one that had ended
      // (or not begun) would count in that funder's report for work it did not pay for.
      const outside = sources.filter((s) => !s.inForce).map((s) => s.name);
      if (outside.length > 0) {
        throw new DomainError(
          'FUNDING_SOURCE_NOT_IN_FORCE',
          'invalid',
          `must name funding sources in force on ${dto.performedOn}; not: ${outside.join(', ')}`,
          'fundingSourceIds',
        );
      }
      const id = await this.activities.insert(
        manager,
        {
          organisationId: actor.organisationId,
          caseId,
          kind: dto.kind,
          performedOn: dto.performedOn,
          minutes: dto.minutes,
          performedBy,
        },
        dto.fundingSourceIds,
      );
      const [created] = await this.activities.findByCase(manager, actor.organisationId, caseId, id);
      if (!created) throw new Error('the activity just inserted was not found');
      return created;
    });
  }
}
