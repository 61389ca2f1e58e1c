import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { EXPORTS_QUEUE, ExportJob, exportJobId, type RunExportPayload } from '@api/jobs/queues';

const ENQUEUE_TIMEOUT_MS = 2000;

/**
 * The only code that enqueues exports. Called after the export row commits; if Redis is slow or
 * down the row stays queued and the worker's purge tick re-enqueues it (BullMQ #995: a request
 * never hangs on Redis).
 */
@Injectable()
export class ExportsProducer {
  private readonly logger = new Logger(ExportsProducer.name);

  constructor(@InjectQueue(EXPORTS_QUEUE) private readonly queue: Queue<RunExportPayload>) {}

  async enqueue(exportId: string): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.add(
          ExportJob.Run,
          { exportId },
          // A failed export is re-asked by the user; three tries cover a database blip.
          { jobId: exportJobId(exportId), attempts: 3 },
        ),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('enqueue timed out')), ENQUEUE_TIMEOUT_MS);
        }),
      ]);
      return true;
    } catch (err) {
      this.logger.warn(
        `could not enqueue export ${exportId}; the purge tick will retry: ${err instanceof Error ? err.message : String(err)}`,
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
