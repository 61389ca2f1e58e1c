import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import { Clock } from '@api/common/clock/clock';
import { ExportJob, type RunExportPayload } from '@api/jobs/queues';

import { ExportRunner } from '../export-runner.service';
import { ExportsRepository } from '../exports.repository';
import { ExportsCleanup } from './exports-cleanup';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The exports queue: runs one export per job, or the purge tick. */
@Injectable()
export class ExportProcessor {
  private readonly logger = new Logger(ExportProcessor.name);

  constructor(
    private readonly runner: ExportRunner,
    private readonly repo: ExportsRepository,
    private readonly cleanup: ExportsCleanup,
    private readonly clock: Clock,
  ) {}

  async process(job: Job): Promise<unknown> {
    if (job.name === ExportJob.PurgeExpired) return this.cleanup.tick(this.clock.now());
    if (job.name !== ExportJob.Run) throw new Error(`unknown export job ${job.name}`);
    const { exportId } = job.data as RunExportPayload;
    if (typeof exportId !== 'string' || !UUID.test(exportId)) {
      throw new Error('export job without a valid export id');
    }
    try {
      await this.runner.run(exportId, (percent) => job.updateProgress(percent));
    } catch (err) {
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      // The reason names the error class only: a message could quote a value.
      const reason = err instanceof Error ? err.name : 'Error';
      this.logger.warn(`export ${exportId} attempt ${job.attemptsMade + 1} failed: ${reason}`);
      if (last) await this.repo.markFailed(exportId, reason, this.clock.now());
      throw err;
    }
    return { exportId };
  }
}
