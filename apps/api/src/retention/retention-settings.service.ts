import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { RetentionSettingsResponse, UpdateRetentionSettingsRequest } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';

import { DEFAULT_RETENTION } from './retention-policy';
import { RetentionRepository, type RetentionSettingsRow } from './retention.repository';
import { retentionBelowMinimum } from './retention.errors';

/** The organisation's retention period (security-checks D6), changed with an audit row. */
@Injectable()
export class RetentionSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: RetentionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor): Promise<RetentionSettingsResponse> {
    return toResponse(await this.repo.getSettings(this.dataSource.manager, actor.organisationId));
  }

  async update(
    actor: Actor,
    dto: UpdateRetentionSettingsRequest,
  ): Promise<RetentionSettingsResponse> {
    if (dto.retentionYears < dto.funderMinimumYears)
      throw retentionBelowMinimum(dto.funderMinimumYears);
    const org = actor.organisationId;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.repo.getSettings(manager, org);
      await this.repo.saveSettings(manager, org, dto, actor.userId, this.clock.now());
      await this.audit.record(
        {
          action: 'retention_settings_changed',
          organisationId: org,
          actorUserId: actor.userId,
          targetType: 'organisation',
          targetId: org,
          details: {
            retentionYears: dto.retentionYears,
            funderMinimumYears: dto.funderMinimumYears,
            previousRetentionYears: before.retentionYears,
          },
        },
        manager,
      );
      return toResponse(await this.repo.getSettings(manager, org));
    });
  }
}

function toResponse(row: RetentionSettingsRow): RetentionSettingsResponse {
  return {
    settings: { retentionYears: row.retentionYears, funderMinimumYears: row.funderMinimumYears },
    defaults: { ...DEFAULT_RETENTION },
    updatedAt: row.updatedAt ? row.updatedAt.toISOString() : null,
  };
}
