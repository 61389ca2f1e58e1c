import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { AuditPageResponse, AuditVerifyResponse } from '@haven/contracts';

import { findFirstBrokenAuditRow } from '@api/audit/audit-chain';
import type { Actor } from '@api/common/actor';

import { AuditLogRepository } from './audit-log.repository';
import type { ListAuditQuery } from './dto/list-audit.query';

const DEFAULT_LIMIT = 50;

/** The admins' audit view (security-checks F1) and the same chain check as `npm run audit:verify`. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: AuditLogRepository,
  ) {}

  async list(actor: Actor, query: ListAuditQuery): Promise<AuditPageResponse> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const events = await this.dataSource.transaction((manager) =>
      this.repo.page(manager, actor.organisationId, query, limit + 1),
    );
    const page = events.slice(0, limit);
    const last = page[page.length - 1];
    return { events: page, nextCursor: events.length > limit && last ? last.id : null };
  }

  /**
   * The whole chain is checked (every organisation's rows form one chain), but the answer tells an
   * organisation's admin of its own rows only (security-checks A3): their count, and the first
   * broken row when it is one of theirs. A break at another organisation's row (or a row of no
   * organisation) is reported without its id; `npm run audit:verify` names it for the operator.
   */
  async verify(actor: Actor): Promise<AuditVerifyResponse> {
    return this.dataSource.transaction(async (manager) => {
      const broken = await findFirstBrokenAuditRow(manager.connection);
      const own =
        broken !== null &&
        (await this.repo.isOrganisationRow(manager, actor.organisationId, broken.id));
      return {
        verified: broken === null,
        rows: await this.repo.countByOrg(manager, actor.organisationId),
        firstBrokenRow: own ? broken : null,
        brokenOutsideOrganisation: broken !== null && !own,
      };
    });
  }
}
