import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { BreachScopeExport, BreachScopeResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { isUuid } from '@api/common/validation/is-uuid';

import type { BreachScopeQueryDto } from './dto/create-export.dto';

interface ClientRow {
  clientId: string;
  clientName: string;
  caseReferences: string[];
  revealed: boolean;
  exported: boolean;
}

/**
 * Breach scoping (ABA 483; security-checks F3): for one user and a window, every client whose
 * confidential data the user revealed (audit action 'reveal') or carried out in a confidential
 * export (export_case), and every export the user made. Running it is itself audited.
 */
@Injectable()
export class BreachScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async scope(actor: Actor, query: BreachScopeQueryDto): Promise<BreachScopeResponse> {
    const { from, to } = window(query);
    if (!isUuid(query.userId)) throw invalid('userId', 'must be a UUID');
    const [user] = (await this.dataSource.query(
      'select id from app_user where id = $1 and organisation_id = $2',
      [query.userId, actor.organisationId],
    )) as Array<{ id: string }>;
    if (!user) throw new DomainError('USER_NOT_FOUND', 'not_found', 'No such user.');
    const params = [actor.organisationId, query.userId, from, to];
    const clients = (await this.dataSource.query(
      `with touched as (
         select c.client_id, c.reference, true as revealed, false as exported
           from audit_event e
           join case_file c on c.organisation_id = e.organisation_id
                           and c.id::text = e.details ->> 'caseId'
          where e.organisation_id = $1 and e.actor_user_id = $2 and e.action = 'reveal'
            and e.occurred_at >= $3 and e.occurred_at < $4
         union all
         select ec.client_id, c.reference, false, true
           from export_file f
           join export_case ec on ec.export_id = f.id and ec.organisation_id = f.organisation_id
           join case_file c on c.id = ec.case_id and c.organisation_id = ec.organisation_id
          where f.organisation_id = $1 and f.user_id = $2 and f.include_confidential
            and f.finished_at >= $3 and f.finished_at < $4
       )
       select t.client_id as "clientId", cl.full_name as "clientName",
              array_agg(distinct t.reference order by t.reference) as "caseReferences",
              bool_or(t.revealed) as revealed, bool_or(t.exported) as exported
         from touched t
         join client cl on cl.id = t.client_id and cl.organisation_id = $1
        group by t.client_id, cl.full_name
        order by cl.full_name, t.client_id`,
      params,
    )) as ClientRow[];
    const exports = (await this.dataSource.query(
      `select id, kind, format, created_at as "createdAt", row_count as "rowCount",
              include_confidential as "includeConfidential"
         from export_file
        where organisation_id = $1 and user_id = $2 and created_at >= $3 and created_at < $4
        order by created_at, id`,
      params,
    )) as Array<Omit<BreachScopeExport, 'createdAt'> & { createdAt: Date }>;
    await this.audit.record({
      action: 'breach_scope',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'user',
      targetId: query.userId,
      details: {
        from: from.toISOString(),
        to: to.toISOString(),
        clients: clients.length,
        exports: exports.length,
      },
    });
    return {
      userId: query.userId,
      from: from.toISOString(),
      to: to.toISOString(),
      clients,
      exports: exports.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    };
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function window(query: BreachScopeQueryDto): { from: Date; to: Date } {
  const parse = (field: 'from' | 'to'): Date => {
    const text = query[field];
    const date = new Date(text);
    if (!INSTANT.test(text) || Number.isNaN(date.getTime())) {
      throw invalid(field, 'must be an ISO 8601 instant with a zone, e.g. 2026-12-01T00:00:00Z');
    }
    return date;
  };
  const from = parse('from');
  const to = parse('to');
  if (to.getTime() <= from.getTime()) throw invalid('to', 'must be after from');
  return { from, to };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('BREACH_SCOPE_INVALID', 'invalid', message, field);
}
