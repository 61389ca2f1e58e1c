import { DataSource, type DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '@migrations';

import { PreparingClient } from '@api/common/sql/prepared-statements';

import { ENTITIES } from './entities';

/** One place builds TypeORM's options: never `synchronize`; migrations are the only schema path. */
export interface PoolOptions {
  size: number;
  acquireTimeoutMs: number;
  /**
   * How long an idle connection stays open (pg-pool's default is 10 s). A long-running process
   * keeps its server processes: a report's first run on a new one costs up to a third more at
   * 100,000 cases (bench:reports), for the server's first touch of its working memory.
   */
  idleTimeoutMs?: number;
  /** After how long a connection is replaced, so a server process returns what a report grew. */
  maxLifetimeSeconds?: number;
}

const SCRIPT_POOL: PoolOptions = { size: 10, acquireTimeoutMs: 5000 };

/** What the pools are called in pg_stat_activity: the replica's says which load it carries. */
export const APPLICATION_NAME = 'haven';
export const REPLICA_APPLICATION_NAME = 'haven-replica';

/**
 * With `replicaUrl`, TypeORM's replication keeps a second pool on the replica, used only by query
 * runners asked for in 'slave' mode (ReadReplica: reports and exports); `defaultMode: 'master'`
 * keeps every other read, including TypeORM's own outside a transaction, on the primary, since a
 * replica lags and the case page must show what was just saved.
 */
function connection(databaseUrl: string, replicaUrl: string | null) {
  return replicaUrl
    ? {
        replication: {
          master: { url: databaseUrl, applicationName: APPLICATION_NAME },
          slaves: [{ url: replicaUrl, applicationName: REPLICA_APPLICATION_NAME }],
          defaultMode: 'master' as const,
        },
      }
    : { url: databaseUrl, applicationName: APPLICATION_NAME };
}

export function dataSourceOptions(
  databaseUrl: string,
  pool: PoolOptions = SCRIPT_POOL,
  replicaUrl: string | null = null,
): DataSourceOptions {
  return {
    type: 'postgres',
    ...connection(databaseUrl, replicaUrl),
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
    // pg-pool rejects, and the API answers 503 (common/errors/database-unavailable.ts). The
    // replica's pool, when there is one, is the same size.
    extra: {
      // Sends the statements repositories mark with prepared() as named ones.
      Client: PreparingClient,
      max: pool.size,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      ...(pool.idleTimeoutMs === undefined ? {} : { idleTimeoutMillis: pool.idleTimeoutMs }),
      ...(pool.maxLifetimeSeconds === undefined
        ? {}
        : { maxLifetimeSeconds: pool.maxLifetimeSeconds }),
    },
  };
}

/** A data source for scripts and tests; the Nest app builds its own through TypeOrmModule. */
export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
