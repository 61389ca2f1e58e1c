import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import {
  LAW_CHANGES_QUEUE,
  LawChangeJob,
  lawChangeReviewJobId,
  lawChangeSweepJobId,
  type ReviewLawChangePayload,
  type SweepLawChangePayload,
} from '@api/jobs/queues';

type LawChangePayload = SweepLawChangePayload | ReviewLawChangePayload;

/**
 * The only code that enqueues law-change work. Job ids are deterministic, so enqueueing again
 * (a restarted worker re-sweeping) adds nothing while the job exists; completed jobs are removed,
 * and the review row, not the job, is what makes a review happen once.
 */
@Injectable()
export class LawChangeProducer {
  constructor(@InjectQueue(LAW_CHANGES_QUEUE) private readonly queue: Queue<LawChangePayload>) {}

  async sweep(organisationId: string, rulesSet: string): Promise<void> {
    await this.queue.add(
      LawChangeJob.Sweep,
      { organisationId, rulesSet },
      { jobId: lawChangeSweepJobId(organisationId, rulesSet), removeOnComplete: true },
    );
  }

  async review(
    organisationId: string,
    caseIds: readonly string[],
    rulesSet: string,
  ): Promise<void> {
    if (caseIds.length === 0) return;
    await this.queue.addBulk(
      caseIds.map((caseId) => ({
        name: LawChangeJob.ReviewCase,
        data: { organisationId, caseId, rulesSet },
        opts: { jobId: lawChangeReviewJobId(caseId, rulesSet), removeOnComplete: true },
      })),
    );
  }
}
