import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import { MaintenanceJob, type ReconcileFollowupsPayload } from '@api/jobs/queues';
import { ReconcileTicker } from './reconcile-ticker';

/** The job scheduler's reconcile tick: runs one reconciler pass (skipped if one is running). */
@Injectable()
export class ReconcileProcessor {
  constructor(private readonly ticker: ReconcileTicker) {}

  async process(job: Job<ReconcileFollowupsPayload>): Promise<string> {
    if (job.name !== MaintenanceJob.ReconcileFollowups)
      throw new Error(`unknown job name ${job.name}`);
    return this.ticker.run('scheduler');
  }
}
