import { Injectable } from '@nestjs/common';
import type { Funder } from '@haven/contracts';
import { In, type EntityManager } from 'typeorm';

import { CaseEntity } from '@api/case-files/case.entity';

import { ReportSettingsEntity } from './report-settings.entity';

/** Default small-count threshold (security-checks E5): counts under 5 show as "<5". */
export const DEFAULT_SMALL_COUNT_THRESHOLD = 5;

/** Report settings, the funding source a run names, and the cases a drill-down lists. */
@Injectable()
export class ReportsRepository {
  async smallCountThreshold(manager: EntityManager, organisationId: string): Promise<number> {
    const row = await manager.getRepository(ReportSettingsEntity).findOneBy({ organisationId });
    return row?.smallCountThreshold ?? DEFAULT_SMALL_COUNT_THRESHOLD;
  }

  async saveThreshold(
    manager: EntityManager,
    organisationId: string,
    smallCountThreshold: number,
    updatedBy: string,
  ): Promise<void> {
    await manager
      .getRepository(ReportSettingsEntity)
      .upsert({ organisationId, smallCountThreshold, updatedBy }, ['organisationId']);
  }

  async fundingSourceFunder(
    manager: EntityManager,
    organisationId: string,
    id: string,
  ): Promise<Funder | null> {
    const rows = (await manager.query(
      'select funder from funding_source where organisation_id = $1 and id = $2',
      [organisationId, id],
    )) as Array<{ funder: Funder }>;
    return rows[0]?.funder ?? null;
  }

  findCases(manager: EntityManager, organisationId: string, ids: string[]): Promise<CaseEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.getRepository(CaseEntity).findBy({ organisationId, id: In(ids) });
  }

  async clientNames(
    manager: EntityManager,
    organisationId: string,
    clientIds: string[],
  ): Promise<Map<string, string>> {
    if (clientIds.length === 0) return new Map();
    const rows = (await manager.query(
      'select id, full_name as "fullName" from client where organisation_id = $1 and id = any($2)',
      [organisationId, clientIds],
    )) as Array<{ id: string; fullName: string }>;
    return new Map(rows.map((r) => [r.id, r.fullName]));
  }
}
