import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import { Clock } from '@api/common/clock/clock';

import { AuditEventEntity, type AuditAction } from './audit-event.entity';

export interface AuditRecord {
  action: AuditAction;
  organisationId: string | null;
  actorUserId: string | null;
  targetType?: string;
  targetId?: string;
  requestId?: string | null;
  ip?: string | null;
}

/** Appends audit events; pass the transaction's manager so the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
    private readonly clock: Clock,
  ) {}

  async record(event: AuditRecord, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repo.insert({
      occurredAt: this.clock.now(),
      organisationId: event.organisationId,
      actorUserId: event.actorUserId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      requestId: event.requestId ?? null,
      ip: event.ip ?? null,
    });
  }
}
