import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuditEventView } from '@haven/contracts';

import type { ListAuditQuery } from './dto/list-audit.query';

interface AuditRow extends Omit<AuditEventView, 'occurredAt'> {
  occurredAt: Date;
}

/**
 * The admins' read of the audit trail: one organisation's rows, newest first, by keyset on the
 * chain's id. It selects neither `reason` nor `details` (a reveal's stated reason, an export's
 * filters): admins see who did what to which record, never case data (permissions.ts).
 */
@Injectable()
export class AuditLogRepository {
  async page(
    manager: EntityManager,
    organisationId: string,
    query: ListAuditQuery,
    limit: number,
  ): Promise<AuditEventView[]> {
    const rows = (await manager.query(
      `select a.id::text as id, a.occurred_at as "occurredAt", a.action,
              a.actor_user_id as "actorUserId", u.display_name as "actorName",
              a.target_type as "targetType", a.target_id as "targetId", c.reference as "caseReference",
              a.request_id as "requestId", a.ip, a.route
         from audit_event a
         left join app_user u on u.id = a.actor_user_id and u.organisation_id = a.organisation_id
         left join case_file c on a.target_type = 'case_file' and c.organisation_id = a.organisation_id
                              and c.id::text = a.target_id
        where a.organisation_id = $1
          and ($2::text is null or a.action = $2)
          and ($3::uuid is null or a.actor_user_id = $3)
          and ($4::date is null or a.occurred_at >= ($4::date)::timestamp at time zone 'America/New_York')
          and ($5::date is null or a.occurred_at < ($5::date + 1)::timestamp at time zone 'America/New_York')
          and ($6::text is null or c.reference = $6)
          and ($7::bigint is null or a.id < $7)
        order by a.id desc
        limit $8`,
      [
        organisationId,
        query.action ?? null,
        query.userId ?? null,
        query.from ?? null,
        query.to ?? null,
        query.caseReference ?? null,
        query.cursor ?? null,
        limit,
      ],
    )) as AuditRow[];
    return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() }));
  }

  async countByOrg(manager: EntityManager, organisationId: string): Promise<number> {
    const [row] = (await manager.query(
      `select count(*)::int as n from audit_event where organisation_id = $1`,
      [organisationId],
    )) as [{ n: number }];
    return row.n;
  }

  async isOrganisationRow(
    manager: EntityManager,
    organisationId: string,
    id: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `select 1 from audit_event where id = $1 and organisation_id = $2`,
      [id, organisationId],
    )) as unknown[];
    return rows.length > 0;
  }
}
