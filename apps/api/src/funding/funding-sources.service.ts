import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { FundingSourceListResponse, FundingSourceResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';

import { toFundingSourceResponse } from './dto/funding-source.response-doc';
import type { SaveFundingSourceDto } from './dto/save-funding-source.dto';
import { endsBeforeStarts, fundingSourceNameTaken, fundingSourceNotFound } from './funding.errors';
import { FundingSourcesRepository, type FundingSourceFields } from './funding-sources.repository';

const UNIQUE_VIOLATION = '23505';

/** The organisation's funding sources, which admins and supervisors keep (issue 15). */
@Injectable()
export class FundingSourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: FundingSourcesRepository,
    private readonly denials: AccessDenials,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<FundingSourceListResponse> {
    const rows = await this.sources.findAllByOrg(actor.organisationId);
    return { items: rows.map(toFundingSourceResponse) };
  }

  create(actor: Actor, dto: SaveFundingSourceDto): Promise<FundingSourceResponse> {
    return this.save(actor, null, dto);
  }

  update(actor: Actor, id: string, dto: SaveFundingSourceDto): Promise<FundingSourceResponse> {
    return this.save(actor, id, dto);
  }

  private async save(
    actor: Actor,
    id: string | null,
    dto: SaveFundingSourceDto,
  ): Promise<FundingSourceResponse> {
    if (dto.endsOn && dto.endsOn < dto.startsOn) throw endsBeforeStarts();
    const fields: FundingSourceFields = {
      name: dto.name.trim(),
      funder: dto.funder,
      grantNumber: dto.grantNumber?.trim() || null,
      startsOn: dto.startsOn,
      endsOn: dto.endsOn ?? null,
    };
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const row = id
          ? await this.sources.update(manager, actor.organisationId, id, fields)
          : await this.sources.insert(manager, actor.organisationId, fields);
        if (!row) return null;
        await this.audit.record(
          {
            action: 'funding_source_saved',
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            targetType: 'funding_source',
            targetId: row.id,
            details: { funder: row.funder, created: id === null },
          },
          manager,
        );
        return row;
      });
      if (!saved) {
        await this.denials.deny(actor, 'funding_source', id ?? '');
        throw fundingSourceNotFound();
      }
      return toFundingSourceResponse(saved);
    } catch (err) {
      const code = (err as { driverError?: { code?: string } }).driverError?.code;
      if (code === UNIQUE_VIOLATION) throw fundingSourceNameTaken();
      throw err;
    }
  }
}
