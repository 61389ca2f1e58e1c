import { Redis } from 'ioredis';

import { redisOptionsFromUrl } from './redis-connection';

/** Redis's `maxmemory-policy` on an open connection. */
export async function evictionPolicyOf(redis: Redis): Promise<string> {
  const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
  return reply[1] ?? 'unknown';
}

/** Redis's `maxmemory-policy`, read over a short-lived connection. */
export async function readEvictionPolicy(url: string): Promise<string> {
  const redis = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return await evictionPolicyOf(redis);
  } finally {
    redis.disconnect();
  }
}
