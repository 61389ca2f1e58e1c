import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { ServiceActivityKind, ServiceActivityResponse } from '@haven/contracts';

import { ServiceActivityFundingEntity } from './service-activity-funding.entity';
import { ServiceActivityEntity } from './service-activity.entity';

interface ActivityRow {
  id: string;
  kind: ServiceActivityKind;
  performedOn: string;
  minutes: number;
  performerId: string | null;
  performerName: string | null;
  fundingSourceIds: string[];
}

export type NewActivity = Pick<
  ServiceActivityEntity,
  'organisationId' | 'caseId' | 'kind' | 'performedOn' | 'minutes' | 'performedBy'
>;

/** The activity log of a case; the only file of the feature that touches TypeORM. */
@Injectable()
export class ActivitiesRepository {
  async insert(
    manager: EntityManager,
    activity: NewActivity,
    fundingSourceIds: string[],
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(ServiceActivityEntity).insert(activity);
    const id = identifiers[0]?.['id'] as string;
    if (fundingSourceIds.length > 0) {
      await manager.getRepository(ServiceActivityFundingEntity).insert(
        fundingSourceIds.map((fundingSourceId) => ({
          activityId: id,
          fundingSourceId,
          organisationId: activity.organisationId,
        })),
      );
    }
    return id;
  }

  async findByCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    activityId?: string,
  ): Promise<ServiceActivityResponse[]> {
    const rows = (await manager.query(
      `select a.id, a.kind, a.performed_on::text as "performedOn", a.minutes,
              u.id as "performerId", u.display_name as "performerName",
              coalesce(array_agg(f.funding_source_id order by f.funding_source_id)
                filter (where f.funding_source_id is not null), '{}') as "fundingSourceIds"
         from service_activity a
         left join app_user u on u.id = a.performed_by
         left join service_activity_funding f on f.activity_id = a.id
        where a.organisation_id = $1 and a.case_id = $2 and ($3::uuid is null or a.id = $3)
        group by a.id, u.id
        order by a.performed_on desc, a.created_at desc, a.id`,
      [organisationId, caseId, activityId ?? null],
    )) as ActivityRow[];
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      performedOn: r.performedOn,
      minutes: r.minutes,
      performedBy: r.performerId ? { id: r.performerId, displayName: r.performerName ?? '' } : null,
      fundingSourceIds: r.fundingSourceIds,
    }));
  }
}
