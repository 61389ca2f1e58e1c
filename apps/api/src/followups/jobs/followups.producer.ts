import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { Clock } from '@api/common/clock/clock';

import {
  FOLLOWUPS_QUEUE,
  FollowupJob,
  followupJobId,
  type DeliverFollowupPayload,
} from '@api/jobs/queues';

const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * The only code that enqueues follow-ups. Called after the causing transaction commits; when Redis
 * is slow or down it gives up after a timeout and leaves the row pending for the reconciler, so an
 * API request never hangs on Redis (BullMQ #995).
 */
@Injectable()
export class FollowupsProducer {
  private readonly logger = new Logger(FollowupsProducer.name);

  constructor(
    @InjectQueue(FOLLOWUPS_QUEUE) private readonly queue: Queue<DeliverFollowupPayload>,
    private readonly clock: Clock,
  ) {}

  /** `redelivery` > 0 only from the reconciler, for a pending row whose job BullMQ retains (G10). */
  async enqueue(
    followup: { id: string; version: number; dueAt: Date },
    redelivery = 0,
  ): Promise<boolean> {
    const jobId = followupJobId(followup.id, followup.version, redelivery);
    const delay = Math.max(0, followup.dueAt.getTime() - this.clock.now().getTime());
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.add(
          FollowupJob.Deliver,
          { followupId: followup.id, version: followup.version },
          { jobId, delay },
        ),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`enqueue timed out after ${ENQUEUE_TIMEOUT_MS} ms`)),
            ENQUEUE_TIMEOUT_MS,
          );
        }),
      ]);
      return true;
    } catch (err) {
      this.logger.warn(
        `could not enqueue ${jobId}; the reconciler will retry: ${err instanceof Error ? err.message : String(err)}`,
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Best effort: drops the waiting or delayed job of a follow-up version that was cancelled or
   * superseded. Skipping it is harmless (delivery re-checks the row's version and state, and the
   * reconciler removes stale jobs); it only saves the worker a wasted delivery.
   */
  async remove(followup: { id: string; version: number }): Promise<boolean> {
    const jobId = followupJobId(followup.id, followup.version);
    let timer: NodeJS.Timeout | undefined;
    try {
      const removed = await Promise.race([
        this.queue.remove(jobId),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`remove timed out after ${ENQUEUE_TIMEOUT_MS} ms`)),
            ENQUEUE_TIMEOUT_MS,
          );
        }),
      ]);
      return removed === 1;
    } catch (err) {
      this.logger.warn(
        `could not remove ${jobId}; the version check makes it harmless: ${err instanceof Error ? err.message : String(err)}`,
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
