import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '@api/config/app-config';
import { EXPORTS_QUEUE, ExportJob } from '@api/jobs/queues';

import { ExportsRepository } from '../exports.repository';
import { ExportsProducer } from './exports.producer';

const HOUR_MS = 3_600_000;

/**
 * Deletes finished files once their retention (EXPORT_RETENTION_DAYS) has passed, and re-enqueues
 * exports whose job never reached Redis. Runs hourly as a BullMQ job scheduler on the exports
 * queue; doubling or skipping a tick is harmless (it reads PostgreSQL and deletes by row).
 */
@Injectable()
export class ExportsCleanup implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExportsCleanup.name);

  constructor(
    private readonly repo: ExportsRepository,
    private readonly producer: ExportsProducer,
    private readonly config: AppConfig,
    @InjectQueue(EXPORTS_QUEUE) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        ExportJob.PurgeExpired,
        { every: HOUR_MS },
        { name: ExportJob.PurgeExpired, data: {} },
      );
    } catch (err) {
      this.logger.warn(`export purge schedule not registered: ${String(err)}`);
    }
  }

  /** One pass at `now`: the expired files gone from disk and their rows marked expired. */
  async tick(now: Date): Promise<{ expired: number; requeued: number }> {
    let expired = 0;
    for (;;) {
      const batch = await this.repo.findExpired(now, 500);
      for (const row of batch) {
        if (row.fileName) await rm(join(this.config.exports.dir, row.fileName), { force: true });
        await this.repo.markExpired(row.id);
      }
      expired += batch.length;
      if (batch.length < 500) break;
    }
    let requeued = 0;
    for (const row of await this.repo.findStranded(new Date(now.getTime() - 60_000))) {
      if (await this.producer.enqueue(row.id)) requeued += 1;
    }
    return { expired, requeued };
  }
}
