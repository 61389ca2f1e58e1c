import { DataSource, type DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '@migrations';

import { ENTITIES } from './entities';

/** One place builds TypeORM's options: never `synchronize`; migrations are the only schema path. */
export interface PoolOptions {
  size: number;
  acquireTimeoutMs: number;
}

const SCRIPT_POOL: PoolOptions = { size: 10, acquireTimeoutMs: 5000 };

export function dataSourceOptions(
  databaseUrl: string,
  pool: PoolOptions = SCRIPT_POOL,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // A migration that fails halfway leaves the schema exactly as it was (security-checks H1).
    migrationsTransactionMode: 'all',
    migrationsTableName: 'schema_migration',
    synchronize: false,
    // Connecting must not change the schema either: TypeORM would otherwise run
    // `create extension "uuid-ossp"` on start. Ids default to gen_random_uuid(), core since PG 13.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    // connectionTimeoutMillis bounds the wait for a pooled connection, not only a new one: past it
    // pg-pool rejects, and the API answers 503 (common/errors/database-unavailable.ts).
    extra: {
      max: pool.size,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      application_name: 'haven',
    },
  };
}

/** A data source for scripts and tests; the Nest app builds its own through TypeOrmModule. */
export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
