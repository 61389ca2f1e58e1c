import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { Clock } from '@api/common/clock/clock';

import { FollowupsProducer } from './followups.producer';
import {
  FOLLOWUPS_QUEUE,
  followupJobId,
  parseFollowupJobId,
  type DeliverFollowupPayload,
} from '@api/jobs/queues';
import { ReconcileRepository, type FollowupRef } from './reconcile.repository';

// One reconciler at a time across every worker process (pg_try_advisory_lock key).
const RECONCILE_LOCK_KEY = 7_340_001;
const PAGE = 1000;
// A row whose job was retained as completed/failed this many times is beyond what a
// redelivery suffix should paper over; it is logged rather than re-enqueued forever.
const MAX_REDELIVERIES = 20;
const LIVE_STATES = new Set(['active', 'waiting', 'prioritized', 'waiting-children', 'delayed']);

export interface ReconcileReport {
  enqueued: number;
  redelivered: number;
  promoted: number;
  removed: number;
}

/**
 * PostgreSQL is the record of what is owed; Redis only delivers it and may have lost it (restart,
 * FLUSHALL, a failed enqueue) or kept too much (a cancelled or superseded follow-up). Each pass:
 * - re-enqueues every pending follow-up whose job Redis lacks;
 * - re-enqueues under `-r<n>` a pending follow-up whose job BullMQ retains as completed or failed
 *   (a stalled job failed for good, #892; a retained id swallowing a re-add, #3765) (G10);
 * - promotes a delayed job whose follow-up is already due, so a blip or a clock jump never leaves
 *   a deadline waiting for BullMQ's own timer (#1658);
 * - removes waiting or delayed jobs whose follow-up is gone, no longer pending, or of an older
 *   version. That only saves work: delivery re-checks the row, and the task's unique key is the
 *   exactly-once guarantee.
 */
@Injectable()
export class FollowupsReconciler {
  private readonly logger = new Logger(FollowupsReconciler.name);

  constructor(
    @InjectQueue(FOLLOWUPS_QUEUE) private readonly queue: Queue<DeliverFollowupPayload>,
    private readonly refs: ReconcileRepository,
    private readonly producer: FollowupsProducer,
    private readonly clock: Clock,
  ) {}

  /** One pass; null when another process holds the reconcile lock. */
  reconcile(): Promise<ReconcileReport | null> {
    return this.refs.withAdvisoryLock(RECONCILE_LOCK_KEY, async () => {
      const report: ReconcileReport = { enqueued: 0, redelivered: 0, promoted: 0, removed: 0 };
      await this.ensurePendingDelivered(report);
      report.removed = await this.removeStaleJobs();
      if (report.enqueued + report.redelivered + report.promoted + report.removed > 0) {
        this.logger.log(
          `reconciled: ${report.enqueued} re-enqueued, ${report.redelivered} redelivered, ` +
            `${report.promoted} promoted, ${report.removed} stale job(s) removed`,
        );
      }
      return report;
    });
  }

  private async ensurePendingDelivered(report: ReconcileReport): Promise<void> {
    const now = this.clock.now().getTime();
    let afterId: string | null = null;
    for (;;) {
      const page = await this.refs.findPendingPage(PAGE, afterId);
      const states = await Promise.all(
        page.map((f) => this.queue.getJobState(followupJobId(f.id, f.version))),
      );
      // Missing jobs of a page go in together: after FLUSHALL or a first start with a large
      // backlog, one add at a time would leave deadlines waiting on round trips.
      const missing = page.filter((_, i) => states[i] === 'unknown');
      const added = await Promise.all(missing.map((f) => this.producer.enqueue(f)));
      report.enqueued += added.filter(Boolean).length;
      if (added.includes(false)) throw new RedisUnavailableError();
      for (const [i, followup] of page.entries()) {
        const state = states[i] as string;
        if (state === 'completed' || state === 'failed') {
          if (await this.redeliver(followup)) report.redelivered += 1;
        } else if (state === 'delayed' && followup.dueAt.getTime() <= now) {
          const job = await this.queue.getJob(followupJobId(followup.id, followup.version));
          await job?.promote().catch(() => undefined);
          if (job) report.promoted += 1;
        }
      }
      if (page.length < PAGE) return;
      afterId = page[page.length - 1]?.id ?? null;
    }
  }

  /** Finds the first redelivery id that is free (enqueues it) or live (leaves it). */
  private async redeliver(followup: FollowupRef): Promise<boolean> {
    for (let n = 1; n <= MAX_REDELIVERIES; n += 1) {
      const id = followupJobId(followup.id, followup.version, n);
      const state = await this.queue.getJobState(id);
      if (LIVE_STATES.has(state)) return false;
      if (state === 'unknown') {
        if (!(await this.producer.enqueue(followup, n))) throw new RedisUnavailableError();
        this.logger.warn(
          `job ${followupJobId(followup.id, followup.version)} finished but its follow-up is pending: redelivered as ${id}`,
        );
        return true;
      }
    }
    this.logger.error(
      `follow-up ${followup.id} still pending after ${MAX_REDELIVERIES} redeliveries`,
    );
    return false;
  }

  private async removeStaleJobs(): Promise<number> {
    // Collect first, remove after: removing while paging would shift the ranges.
    const ids: string[] = [];
    for (let start = 0; ; start += PAGE) {
      const page = await this.queue.getRanges(
        ['delayed', 'wait', 'prioritized'],
        start,
        start + PAGE - 1,
        true,
      );
      ids.push(...page);
      if (page.length < PAGE) break;
    }
    let removed = 0;
    for (let i = 0; i < ids.length; i += PAGE) {
      const jobs = ids
        .slice(i, i + PAGE)
        .map((jobId) => ({ jobId, ref: parseFollowupJobId(jobId) }))
        .filter((j): j is { jobId: string; ref: NonNullable<typeof j.ref> } => j.ref !== null);
      const rows = new Map(
        (await this.refs.findByIds([...new Set(jobs.map((j) => j.ref.followupId))])).map((r) => [
          r.id,
          r,
        ]),
      );
      // A job whose row was delivered at its version is left alone: it will do nothing, and between
      // listing it as waiting and reading the row a worker may have completed it, so removing it
      // would erase the record of the delivery that just happened.
      const stale = jobs.filter(({ ref }) => {
        const row = rows.get(ref.followupId);
        return !row || row.state === 'cancelled' || row.version !== ref.version;
      });
      // remove() refuses (returns 0) for a job a worker has just locked; delivery skips it anyway.
      const results = await Promise.all(stale.map(({ jobId }) => this.queue.remove(jobId)));
      removed += results.filter((r) => r === 1).length;
    }
    return removed;
  }
}

/** Enqueue failed (Redis down or full): stop this pass; the next one starts over. */
export class RedisUnavailableError extends Error {
  constructor() {
    super('Redis did not accept an enqueue; reconcile pass stopped');
    this.name = 'RedisUnavailableError';
  }
}
