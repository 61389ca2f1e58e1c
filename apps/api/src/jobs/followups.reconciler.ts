import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

import { FollowupsRepository } from '@api/followups/followups.repository';

import { FollowupsProducer } from './followups.producer';
import { FOLLOWUPS_QUEUE, followupJobId, type DeliverFollowupPayload } from './queues';

// One reconciler at a time across every worker process (pg_try_advisory_lock key).
const RECONCILE_LOCK_KEY = 7_340_001;
const PAGE = 500;

/**
 * PostgreSQL is the record of what is owed; Redis may have lost it (restart, FLUSHALL, a failed
 * enqueue). The reconciler walks the pending follow-ups and re-enqueues any whose job Redis lacks.
 */
@Injectable()
export class FollowupsReconciler {
  private readonly logger = new Logger(FollowupsReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(FOLLOWUPS_QUEUE) private readonly queue: Queue<DeliverFollowupPayload>,
    private readonly followups: FollowupsRepository,
    private readonly producer: FollowupsProducer,
  ) {}

  /** Returns how many follow-ups were re-enqueued, or null when another process holds the lock. */
  async reconcile(): Promise<number | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = (await runner.query('select pg_try_advisory_lock($1) as ok', [
        RECONCILE_LOCK_KEY,
      ])) as Array<{ ok: boolean }>;
      if (!lock?.ok) return null;
      try {
        return await this.enqueueMissing();
      } finally {
        await runner.query('select pg_advisory_unlock($1)', [RECONCILE_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  private async enqueueMissing(): Promise<number> {
    let enqueued = 0;
    let afterId: string | undefined;
    for (;;) {
      const page = await this.followups.findPending(PAGE, afterId);
      for (const followup of page) {
        const job = await this.queue.getJob(followupJobId(followup.id, followup.version));
        if (!job && (await this.producer.enqueue(followup))) enqueued += 1;
      }
      if (page.length < PAGE) break;
      afterId = page[page.length - 1]?.id;
    }
    if (enqueued > 0) this.logger.log(`re-enqueued ${enqueued} pending follow-up(s)`);
    return enqueued;
  }
}
