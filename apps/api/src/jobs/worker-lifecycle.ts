import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { AppConfig } from '@api/config/app-config';

import { FollowupsReconciler } from './followups.reconciler';
import { readEvictionPolicy } from './redis-policy';
import { FOLLOWUPS_QUEUE } from './queues';

/**
 * Worker start-up: refuse readiness unless Redis evicts nothing (BullMQ #2215), reconcile at once,
 * then on a plain timer that keeps running whatever state Redis is in.
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly reconciler: FollowupsReconciler,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const policy = await readEvictionPolicy(this.config.redisUrl);
    if (policy !== 'noeviction') {
      throw new Error(
        `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction". Worker not ready.`,
      );
    }
    await this.runReconcile();
    this.timer = setInterval(() => void this.runReconcile(), this.config.jobs.reconcileIntervalMs);
    this.timer.unref();
    this.logger.log(`worker ready: queue "${FOLLOWUPS_QUEUE}", redis maxmemory-policy ${policy}`);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async runReconcile(): Promise<void> {
    try {
      await this.reconciler.reconcile();
    } catch (err) {
      this.logger.error(`reconcile failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
