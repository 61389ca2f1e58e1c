import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import { RetentionJob, type RetentionSweepPayload } from '@api/jobs/queues';

import { CasePurgeService } from '../case-purge.service';

/** The scheduler's sweep: one pass over the due cases (idempotent: each case is purged once). */
@Injectable()
export class RetentionProcessor {
  constructor(private readonly purges: CasePurgeService) {}

  async process(job: Job<RetentionSweepPayload>): Promise<string> {
    if (job.name !== RetentionJob.Sweep) throw new Error(`unknown job name ${job.name}`);
    const report = await this.purges.sweep();
    return `purged ${report.purged} as of ${report.asOf}`;
  }
}
