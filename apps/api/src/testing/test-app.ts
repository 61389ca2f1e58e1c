import type { NestExpressApplication } from '@nestjs/platform-express';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AppModule } from '@api/app.module';
import { Clock } from '@api/common/clock/clock';
import { createLogger } from '@api/common/logging/logger';
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
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: false,
  });
  configureHttpApp(app, config, createLogger({ ...config.log, name: 'haven-api-test' }));
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return { app, dataSource, clock, close: () => app.close() };
}
