import { Module } from '@nestjs/common';

import { DatabaseReadiness } from './database-readiness';

/**
 * The API's readiness for PostgreSQL, which the health check reports and the gate in front of
 * every other route reads (databaseReadinessGate, mounted by configureHttpApp).
 */
@Module({
  providers: [DatabaseReadiness],
  exports: [DatabaseReadiness],
})
export class DatabaseReadinessModule {}
