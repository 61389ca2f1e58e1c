import { BullModule } from '@nestjs/bullmq';
import type { DynamicModule } from '@nestjs/common';

import { AppConfig } from '@api/config/app-config';

const DAY_S = 24 * 3600;

/**
 * BullMQ's Redis connection for one process role. Producers (the API) must never wait on a dead
 * Redis: no offline queue, one retry. Workers need `maxRetriesPerRequest: null` for blocking reads.
 */
export function bullRoot(role: 'producer' | 'worker'): DynamicModule {
  return BullModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      prefix: config.jobs.prefix,
      connection: {
        url: config.redisUrl,
        ...(role === 'producer'
          ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }
          : { maxRetriesPerRequest: null }),
      },
      defaultJobOptions: {
        attempts: config.jobs.attempts,
        backoff: { type: 'exponential', delay: config.jobs.backoffMs },
        // Retained jobs are for inspection only; PostgreSQL decides whether work was done.
        removeOnComplete: { age: 7 * DAY_S, count: 10_000 },
        removeOnFail: { age: 30 * DAY_S },
      },
    }),
  });
}
