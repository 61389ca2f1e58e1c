import { hostname } from 'node:os';

import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type Job, type WorkerOptions } from 'bullmq';

import { AppConfig } from '@api/config/app-config';

import { SUPERVISED_QUEUES, type SupervisedQueue } from './supervised-queue';

interface Supervised {
  queueName: string;
  process: (job: Job) => Promise<unknown>;
  concurrency: number;
  worker: Worker | null;
  generation: number;
  strikes: number;
}

// Two consecutive failed checks before a restart, so one slow CLIENT LIST is not a crash.
const STRIKES_BEFORE_RESTART = 2;

/**
 * Owns this process's BullMQ workers. BullMQ's tracker shows workers that silently stop
 * consuming after a Redis reconnect (#2964, #2466, #3185): the maintainer's advice is to close and
 * recreate such a worker. `check()` is that watchdog: a worker that is not running, or whose named
 * connection Redis no longer lists among the queue's workers, is replaced by a fresh one.
 */
@Injectable()
export class WorkerSupervisor implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerSupervisor');
  private readonly supervised: Supervised[];
  private readonly probes = new Map<string, Queue>();
  private shuttingDown = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(SUPERVISED_QUEUES) queues: readonly SupervisedQueue[],
  ) {
    this.supervised = queues.map((q) => ({
      queueName: q.queueName,
      process: q.process,
      concurrency: q.concurrency,
      worker: null,
      generation: 0,
      strikes: 0,
    }));
  }

  start(): void {
    for (const s of this.supervised) this.spawn(s);
  }

  /** Live BullMQ workers, for events and tests. */
  workers(): Worker[] {
    return this.supervised.flatMap((s) => (s.worker ? [s.worker] : []));
  }

  /** The watchdog tick: true when every worker is running and listed by Redis. */
  async check(): Promise<boolean> {
    let healthy = true;
    for (const s of this.supervised) {
      if (this.shuttingDown || !s.worker) continue;
      const ok = s.worker.isRunning() && (await this.listed(s));
      if (ok !== false) {
        s.strikes = 0;
        continue;
      }
      healthy = false;
      s.strikes += 1;
      if (s.strikes >= STRIKES_BEFORE_RESTART) await this.restart(s);
    }
    return healthy;
  }

  /** SIGTERM: stop taking jobs and let active ones finish, before the database closes (G12). */
  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await Promise.all(this.workers().map((w) => w.close()));
    await Promise.all([...this.probes.values()].map((q) => q.close().catch(() => undefined)));
  }

  private spawn(s: Supervised): void {
    s.generation += 1;
    const name = `${hostname()}-${process.pid}-${s.generation}`;
    const jobs = this.config.jobs;
    const options: WorkerOptions = {
      name,
      prefix: jobs.prefix,
      // Blocking reads need maxRetriesPerRequest null; ioredis reconnects on its own.
      connection: { url: this.config.redisUrl, maxRetriesPerRequest: null },
      concurrency: s.concurrency,
      lockDuration: jobs.lockDurationMs,
      stalledInterval: jobs.stalledIntervalMs,
      // The default (1) fails a job for good after one stall (#892); the reconciler redelivers
      // such a job anyway, but fewer of them is better.
      maxStalledCount: jobs.maxStalledCount,
    };
    const worker = new Worker(s.queueName, s.process, options);
    worker.on('error', (err) => {
      this.logger.warn(`worker ${s.queueName}/${name}: ${err.message}`);
    });
    worker.on('failed', (job, err) => {
      const stalled = /stalled more than allowable limit/.test(err.message);
      this.logger[stalled ? 'error' : 'warn'](
        `job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`,
      );
    });
    worker.on('stalled', (jobId) => this.logger.warn(`job ${jobId} stalled; BullMQ will retry it`));
    s.worker = worker;
    s.strikes = 0;
  }

  private async restart(s: Supervised): Promise<void> {
    const old = s.worker;
    this.logger.error(
      `worker ${s.queueName} stopped consuming (running=${old?.isRunning() ?? false}); replacing it`,
    );
    s.worker = null;
    // force: do not wait for jobs of a worker that is wedged; BullMQ's stall check retries them
    // and delivery stays exactly-once through the database.
    await old?.close(true).catch(() => undefined);
    this.spawn(s);
  }

  /** Whether Redis lists this worker's named connection; null when Redis cannot be asked. */
  private async listed(s: Supervised): Promise<boolean | null> {
    const worker = s.worker;
    if (!worker) return null;
    let probe = this.probes.get(s.queueName);
    if (!probe) {
      probe = new Queue(s.queueName, {
        prefix: this.config.jobs.prefix,
        connection: {
          url: this.config.redisUrl,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
        },
      });
      probe.on('error', () => undefined);
      this.probes.set(s.queueName, probe);
    }
    try {
      const clients = await withTimeout(probe.getWorkers(), 2000);
      const suffix = `:w:${worker.opts.name ?? ''}`;
      return clients.some((c) => typeof c['rawname'] === 'string' && c['rawname'].endsWith(suffix));
    } catch {
      // Redis unreachable: nothing a new worker would do better; ioredis keeps reconnecting.
      return null;
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
