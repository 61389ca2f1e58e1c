import { DataSource, type DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '@migrations';

import { ENTITIES } from './entities';

/** One place builds TypeORM's options: never `synchronize`; migrations are the only schema path. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
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
    extra: { max: 10, connectionTimeoutMillis: 5000, application_name: 'haven' },
  };
}

/** A data source for scripts and tests; the Nest app builds its own through TypeOrmModule. */
export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
