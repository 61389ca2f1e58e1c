import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';

import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { ClockModule } from './common/clock/clock.module';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { bullRoot } from './jobs/bull-root';

/** The HTTP API. The worker (worker.module.ts) shares its feature modules but serves no HTTP. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule,
    bullRoot('producer'),
    AuthModule,
    CasesModule,
    HealthModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
