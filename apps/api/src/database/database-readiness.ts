import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { connectorOf } from './database-connector';

/**
 * Whether the API has its PostgreSQL connection yet. Until it does, the health check reports the
 * database down and every other route answers 503 (databaseReadinessGate), rather than the
 * process exiting or a request failing on an unconnected data source.
 */
@Injectable()
export class DatabaseReadiness implements OnApplicationShutdown {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  isReady(): boolean {
    // A data source not connected by DatabaseConnector (a test's own) is ready once initialised.
    return connectorOf(this.dataSource)?.isReady ?? this.dataSource.isInitialized;
  }

  onApplicationShutdown(): void {
    connectorOf(this.dataSource)?.stop();
  }
}
