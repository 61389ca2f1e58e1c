import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Redis } from 'ioredis';

import { AppConfig } from '@api/config/app-config';
import { redisOptionsFromUrl } from '@api/jobs/redis-connection';
import { evictionPolicyOf } from '@api/jobs/redis-policy';

/** Pings Redis with a short timeout; also reports the eviction policy BullMQ depends on. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.redisUrl),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1500,
    });
    this.redis.on('error', () => undefined);
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
      await withTimeout(this.redis.ping(), 1500);
      const evictionPolicy = await withTimeout(evictionPolicyOf(this.redis), 1500);
      if (evictionPolicy !== 'noeviction') {
        return indicator.down({
          evictionPolicy,
          message: 'BullMQ needs maxmemory-policy noeviction',
        });
      }
      // Under noeviction a full Redis refuses every enqueue (G7): the API keeps accepting writes
      // (PostgreSQL is the record) but reports itself degraded until memory is freed.
      const memory = parseInfo(await withTimeout(this.redis.info('memory'), 1500));
      const used = Number(memory['used_memory'] ?? 0);
      const max = Number(memory['maxmemory'] ?? 0);
      if (max > 0 && used >= max * MEMORY_FULL_RATIO) {
        return indicator.down({ evictionPolicy, message: 'Redis memory is full; enqueues fail' });
      }
      return indicator.up({ evictionPolicy });
    } catch (err) {
      return indicator.down({ message: err instanceof Error ? err.message : 'unreachable' });
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

const MEMORY_FULL_RATIO = 0.95;

function parseInfo(info: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of info.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
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
