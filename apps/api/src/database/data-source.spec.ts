import { AppConfig } from '@api/config/app-config';
import { parseEnv } from '@api/config/env.schema';
import { PreparingClient } from '@api/common/sql/prepared-statements';

import { dataSourceOptions } from './data-source';

const env = parseEnv({
  DATABASE_URL: 'postgres://haven_app@127.0.0.1:5432/haven',
  REDIS_URL: 'redis://127.0.0.1:6379',
  DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  DATA_ENCRYPTION_KEY_ID: 'k1',
  BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
});

const poolOf = (options: ReturnType<typeof dataSourceOptions>) =>
  (options as { extra: Record<string, unknown> }).extra;

describe('database pool options', () => {
  it("keeps the API's idle connections for minutes and replaces each within the hour", () => {
    const config = new AppConfig(env);
    const pool = poolOf(dataSourceOptions(config.databaseUrl, config.databasePool));
    expect(pool).toEqual({
      Client: PreparingClient,
      max: env.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
      idleTimeoutMillis: 300_000,
      maxLifetimeSeconds: 3_600,
    });
  });

  it("leaves a script's pool at pg-pool's own idle timeout", () => {
    const pool = poolOf(dataSourceOptions('postgres://postgres@127.0.0.1:5432/haven'));
    expect(pool).not.toHaveProperty('idleTimeoutMillis');
    expect(pool).not.toHaveProperty('maxLifetimeSeconds');
  });
});
