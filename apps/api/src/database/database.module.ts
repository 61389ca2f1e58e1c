import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '@api/config/app-config';

import { connectOrKeepTrying, connectPatiently } from './database-connector';
import { dataSourceOptions } from './data-source';
import { bindTenantToTransactions } from './tenant-connection';

/**
 * The API connects as the application role (row-level security applies, per request organisation);
 * the worker connects as the schema owner, because it delivers follow-ups of every organisation.
 */
@Module({})
export class DatabaseModule {
  static forRole(role: 'app' | 'owner'): DynamicModule {
    return { module: DatabaseModule, imports: [typeOrmRoot(role)] };
  }
}

function typeOrmRoot(role: 'app' | 'owner'): DynamicModule {
  return TypeOrmModule.forRootAsync({
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      // Both roles read reports and exports from the replica when there is one: the worker's
      // export cursor too, as `haven_app` under row-level security (it sets the organisation).
      ...dataSourceOptions(
        role === 'app' ? config.databaseUrl : config.ownerDatabaseUrl,
        config.databasePool,
        config.replicaDatabaseUrl,
      ),
      // DatabaseConnector connects (with backoff, for as long as it takes), not @nestjs/typeorm,
      // whose fixed-delay retry gives up and ends the process.
      manualInitialization: true,
      retryAttempts: 0,
    }),
    dataSourceFactory: async (options) => {
      if (!options) throw new Error('no data source options');
      const dataSource = new DataSource(options);
      // The worker works across organisations as the owner; only the API's runners carry a tenant.
      if (role === 'app') bindTenantToTransactions(dataSource);
      // The API listens while it waits and says it is not ready; the worker has nothing to do yet.
      return role === 'app' ? connectOrKeepTrying(dataSource) : connectPatiently(dataSource);
    },
  });
}
