import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { FollowupEntity, FollowupKind } from '@api/followups/followup.entity';
import { FollowupsRepository } from '@api/followups/followups.repository';

import { FollowupsProducer } from './followups.producer';

/**
 * The transactional outbox in two steps: `schedule` writes the follow-up inside the caller's
 * transaction; `publish` enqueues it once that transaction has committed.
 */
@Injectable()
export class FollowupScheduler {
  constructor(
    private readonly followups: FollowupsRepository,
    private readonly producer: FollowupsProducer,
  ) {}

  schedule(
    manager: EntityManager,
    followup: { organisationId: string; caseId: string; kind: FollowupKind; dueAt: Date },
  ): Promise<FollowupEntity> {
    return this.followups.insertPending(manager, followup);
  }

  async publish(followup: FollowupEntity): Promise<void> {
    await this.producer.enqueue(followup);
  }
}
