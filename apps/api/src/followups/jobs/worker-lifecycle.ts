import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Queue } from 'bullmq';

import { AppConfig } from '@api/config/app-config';

import {
  FOLLOWUPS_QUEUE,
  MAINTENANCE_QUEUE,
  MaintenanceJob,
  type ReconcileFollowupsPayload,
} from '@api/jobs/queues';
import { ReconcileTicker } from './reconcile-ticker';
import { readEvictionPolicy } from '@api/jobs/redis-policy';
import { WorkerSupervisor } from '@api/jobs/worker-supervisor';

const SCHEDULER_ID = 'reconcile-followups';

/**
 * Worker start-up and its timers:
 * - refuse to start unless Redis evicts nothing (BullMQ #2215, #1046), and flag readiness false
 *   with a log line if the policy changes later (G7);
 * - reconcile at once, then on a BullMQ job scheduler AND a plain setInterval, because FLUSHALL
 *   erases the scheduler and a connection blip delays it (#1658); the interval re-registers a
 *   scheduler that has gone missing (G4), and runs a pass itself when the scheduler is late;
 * - a watchdog that replaces BullMQ workers that stopped consuming (#2964, #2466).
 */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private timers: NodeJS.Timeout[] = [];
  private ready = false;
  private lastPolicy = 'noeviction';
  private registering = false;

  constructor(
    @InjectQueue(MAINTENANCE_QUEUE)
    private readonly maintenance: Queue<ReconcileFollowupsPayload>,
    private readonly supervisor: WorkerSupervisor,
    private readonly ticker: ReconcileTicker,
    private readonly config: AppConfig,
  ) {}

  /** Ready: Redis reachable with `noeviction`, and every BullMQ worker consuming. */
  isReady(): boolean {
    return this.ready;
  }

  async onApplicationBootstrap(): Promise<void> {
    const policy = await readEvictionPolicy(this.config.redisUrl);
    if (policy !== 'noeviction') {
      throw new Error(
        `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction". Worker not ready.`,
      );
    }
    this.supervisor.start();
    await this.ticker.run('start');
    await this.ensureScheduler();
    const { reconcileIntervalMs, watchdogMs } = this.config.jobs;
    this.every(reconcileIntervalMs, () => this.fallbackTick());
    this.every(watchdogMs, () => this.watchdogTick());
    // A reconnect may follow a Redis restart that lost the scheduler; re-register it at once.
    const client = await this.maintenance.getBackend().client;
    client.on('ready', () => void this.ensureScheduler());
    this.ready = true;
    this.logger.log(`worker ready: queue "${FOLLOWUPS_QUEUE}", redis maxmemory-policy ${policy}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  private every(ms: number, tick: () => Promise<void>): void {
    const timer = setInterval(() => void tick(), ms);
    timer.unref();
    this.timers.push(timer);
  }

  private async fallbackTick(): Promise<void> {
    await this.ensureScheduler();
    // The scheduler's job normally runs the pass; run it here when that is overdue.
    if (this.ticker.sinceLastPassMs() > this.config.jobs.reconcileIntervalMs * 1.5) {
      await this.ticker.run('fallback');
    }
  }

  private async watchdogTick(): Promise<void> {
    let policy: string;
    try {
      policy = await readEvictionPolicy(this.config.redisUrl);
    } catch {
      policy = 'unreachable';
    }
    const consuming = await this.supervisor.check().catch(() => false);
    const ready = policy === 'noeviction' && consuming;
    if (policy !== this.lastPolicy && policy !== 'noeviction') {
      this.logger.error(
        policy === 'unreachable'
          ? 'worker not ready: Redis is unreachable'
          : `worker not ready: Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction"`,
      );
    }
    if (ready && !this.ready) this.logger.log('worker ready again');
    this.lastPolicy = policy;
    this.ready = ready;
  }

  /** Registers the reconcile job scheduler if Redis lacks it (first start, FLUSHALL, restart). */
  private async ensureScheduler(): Promise<void> {
    // While Redis is down these calls wait for it; never pile them up.
    if (this.registering) return;
    this.registering = true;
    try {
      const existing = await this.maintenance.getJobScheduler(SCHEDULER_ID);
      if (existing) return;
      await this.maintenance.upsertJobScheduler(
        SCHEDULER_ID,
        { every: this.config.jobs.reconcileIntervalMs },
        {
          name: MaintenanceJob.ReconcileFollowups,
          data: {},
          opts: { removeOnComplete: true, removeOnFail: 100, attempts: 1 },
        },
      );
      this.logger.log(
        `reconcile scheduler registered (every ${this.config.jobs.reconcileIntervalMs} ms)`,
      );
    } catch (err) {
      this.logger.warn(
        `could not register the reconcile scheduler: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      this.registering = false;
    }
  }
}
