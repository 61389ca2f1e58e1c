import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { Clock } from '@api/common/clock/clock';
import { currentRequest } from '@api/common/request-context';

import { AuditEventEntity, type AuditAction, type AuditDetails } from './audit-event.entity';

export interface AuditRecord {
  action: AuditAction;
  organisationId: string | null;
  actorUserId: string | null;
  targetType?: string;
  targetId?: string;
  requestId?: string | null;
  ip?: string | null;
  reason?: string;
  details?: AuditDetails;
}

/**
 * Appends audit events; pass the transaction's manager so the event commits with the change (and a
 * failed audit write fails the change: security-checks F4). Request id, IP and route come from the
 * request context when the caller does not give them.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly clock: Clock,
  ) {}

  async record(event: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    const request = currentRequest();
    await repo.insert({
      occurredAt: this.clock.now(),
      organisationId: event.organisationId,
      actorUserId: event.actorUserId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      requestId: event.requestId ?? request.requestId,
      ip: event.ip ?? request.ip,
      route: request.route,
      reason: event.reason ?? null,
      details: event.details ?? {},
    });
  }
}
