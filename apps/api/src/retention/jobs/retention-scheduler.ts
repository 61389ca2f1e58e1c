import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '@api/config/app-config';
import { RETENTION_QUEUE, RetentionJob, type RetentionSweepPayload } from '@api/jobs/queues';

const SCHEDULER_ID = 'retention-sweep';

/**
 * Registers the repeatable sweep at worker start, and again from a plain timer whenever Redis has
 * lost it (FLUSHALL or a restart without AOF erase job schedulers; security-checks G4). Losing a
 * tick costs nothing: the next sweep finds every case still due.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private registering = false;

  constructor(
    @InjectQueue(RETENTION_QUEUE) private readonly queue: Queue<RetentionSweepPayload>,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
    this.timer = setInterval(() => void this.ensure(), this.config.retentionSweepMs);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async ensure(): Promise<void> {
    if (this.registering) return;
    this.registering = true;
    try {
      if (await this.queue.getJobScheduler(SCHEDULER_ID)) return;
      await this.queue.upsertJobScheduler(
        SCHEDULER_ID,
        { every: this.config.retentionSweepMs },
        {
          name: RetentionJob.Sweep,
          data: {},
          opts: {
            removeOnComplete: true,
            removeOnFail: 100,
            attempts: this.config.jobs.attempts,
            backoff: { type: 'exponential', delay: this.config.jobs.backoffMs },
          },
        },
      );
      this.logger.log(`retention sweep scheduled every ${this.config.retentionSweepMs} ms`);
    } catch (err) {
      this.logger.warn(
        `retention sweep not scheduled: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      this.registering = false;
    }
  }
}
