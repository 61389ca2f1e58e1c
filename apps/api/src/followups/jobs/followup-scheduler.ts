import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AfterCommit } from '../after-commit';
import type { FollowupEntity } from '../followup.entity';
import { FollowupsRepository, type NewFollowup } from '../followups.repository';

import { FollowupsProducer } from './followups.producer';

/** A follow-up version whose job is to be enqueued or dropped. */
export interface FollowupJobRef {
  id: string;
  version: number;
  dueAt: Date;
}

/**
 * The transactional outbox's one publishing mechanism: rows are written inside the caller's
 * transaction, and their jobs are enqueued (or stale ones dropped) only once that transaction has
 * committed (G1). If it rolls back, nothing reaches Redis; if Redis is unavailable after commit,
 * the rows stay pending and the reconciler enqueues them.
 */
@Injectable()
export class FollowupScheduler {
  constructor(
    private readonly followups: FollowupsRepository,
    private readonly producer: FollowupsProducer,
    private readonly afterCommit: AfterCommit,
  ) {}

  /** Writes a one-off follow-up in the caller's transaction; its job is enqueued after commit. */
  async schedule(manager: EntityManager, followup: NewFollowup): Promise<FollowupEntity> {
    const row = await this.followups.insertPending(manager, followup);
    this.publishAfterCommit(manager, { enqueue: [row] });
    return row;
  }

  /** After the caller's transaction commits: enqueue these versions and drop the jobs of those. */
  publishAfterCommit(
    manager: EntityManager,
    changes: {
      enqueue?: readonly FollowupJobRef[];
      remove?: ReadonlyArray<Omit<FollowupJobRef, 'dueAt'>>;
    },
  ): void {
    const enqueue = [...(changes.enqueue ?? [])];
    const remove = [...(changes.remove ?? [])];
    if (enqueue.length === 0 && remove.length === 0) return;
    this.afterCommit.run(manager, async () => {
      await Promise.all([
        ...remove.map((f) => this.producer.remove(f)),
        ...enqueue.map((f) => this.producer.enqueue(f)),
      ]);
    });
  }
}
