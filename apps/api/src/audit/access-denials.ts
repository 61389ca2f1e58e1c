import { Injectable } from '@nestjs/common';

import type { Actor } from '@api/common/actor';

import { AuditService } from './audit.service';

/**
 * Records a refused access to any record (a case, an order, a user, a closure…): the request
 * answers 404, identical to a record that does not exist, and this row says who asked for what.
 * Written in its own transaction, so the denial is kept when the request's work rolls back.
 */
@Injectable()
export class AccessDenials {
  constructor(private readonly audit: AuditService) {}

  async deny(actor: Actor, targetType: string, targetId: string): Promise<void> {
    await this.audit.record({
      action: 'access_denied',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType,
      targetId,
    });
  }
}
