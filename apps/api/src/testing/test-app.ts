import type { NestExpressApplication } from '@nestjs/platform-express';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AppModule } from '@api/app.module';
import { Clock } from '@api/common/clock/clock';
import { createLogger } from '@api/common/logging/logger';
import { NestPinoLogger } from '@api/common/logging/nest-logger';
import { AppConfig } from '@api/config/app-config';
import { parseEnv } from '@api/config/env.schema';
import { configureHttpApp } from '@api/http-app';

import { MutableClock } from './mutable-clock';
import { TestOnlyController } from './test-only.controller';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  clock: MutableClock;
  close(): Promise<void>;
}

/** The real HTTP app (same modules and pipeline as production) with an injected clock. */
export async function createTestApp(clock = new MutableClock()): Promise<TestApp> {
  const env = {
    ...process.env,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
    WEB_DIST_DIR: 'tmp/no-web-app',
  };
  const config = new AppConfig(parseEnv(env));
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule, DiscoveryModule],
    controllers: [TestOnlyController],
  })
    .overrideProvider(AppConfig)
    .useValue(config)
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  // As in main.ts: Nest's own lines go through pino too, so the suite's log file (LOG_FILE, set by
  // globalSetup for security-checks A8) holds everything the app would have written.
  const logger = createLogger({ ...config.log, name: 'haven-api-test' });
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });
  configureHttpApp(app, config, logger);
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const close = async () => {
    await app.close();
    // The file destination writes asynchronously; the next spec file opens its own.
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
  };
  return { app, dataSource, clock, close };
}
