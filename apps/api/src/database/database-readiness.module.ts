import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';

import { DatabaseReadiness } from './database-readiness';
import { DatabaseReadinessMiddleware } from './database-readiness.middleware';

/**
 * The API's readiness for PostgreSQL: the provider the health check reads, and the gate in front
 * of every other route. The health check stays open so it can report the database down.
 */
@Module({
  providers: [DatabaseReadiness, DatabaseReadinessMiddleware],
  exports: [DatabaseReadiness],
})
export class DatabaseReadinessModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(DatabaseReadinessMiddleware)
      .exclude({ path: 'health', method: RequestMethod.GET })
      .forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
