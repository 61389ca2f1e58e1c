import type { NestExpressApplication } from '@nestjs/platform-express';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { AppModule } from '@api/app.module';
import { Clock } from '@api/common/clock/clock';
import { createLogger } from '@api/common/logging/logger';
import { NestPinoLogger } from '@api/common/logging/nest-logger';
import { AppConfig } from '@api/config/app-config';
import { parseEnv } from '@api/config/env.schema';
import { configureHttpApp } from '@api/http-app';

import { registerSignInContext } from './db-fixtures';
import { MutableClock } from './mutable-clock';
import { TestOnlyController } from './test-only.controller';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  clock: MutableClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /**
   * Connect the API as the application role `haven_app`, as production does, so that row-level
   * security applies to every query it makes. The default is the test database's owner, which
   * bypasses the policies and lets a spec insert fixtures through `dataSource`.
   */
  asApplicationRole?: boolean;
  /** Overrides RATE_LIMIT_PER_MINUTE (the suites run with a limit no spec reaches). */
  rateLimitPerMinute?: number;
  /** Overrides DATABASE_POOL_SIZE and DATABASE_POOL_ACQUIRE_TIMEOUT_MS. */
  pool?: { size: number; acquireTimeoutMs: number };
  /** Overrides REDIS_URL, e.g. with a closed port to see how the app answers with Redis down. */
  redisUrl?: string;
}

/** The real HTTP app (same modules and pipeline as production) with an injected clock. */
export async function createTestApp(
  clock = new MutableClock(),
  options: TestAppOptions = {},
): Promise<TestApp> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
    WEB_DIST_DIR: 'tmp/no-web-app',
  };
  if (options.asApplicationRole) {
    env['DATABASE_OWNER_URL'] = env['DATABASE_URL'];
    env['DATABASE_URL'] = await applicationRoleUrl(env['DATABASE_URL'] ?? '');
  }
  if (options.rateLimitPerMinute !== undefined) {
    env['RATE_LIMIT_PER_MINUTE'] = String(options.rateLimitPerMinute);
  }
  if (options.pool) {
    env['DATABASE_POOL_SIZE'] = String(options.pool.size);
    env['DATABASE_POOL_ACQUIRE_TIMEOUT_MS'] = String(options.pool.acquireTimeoutMs);
  }
  if (options.redisUrl) env['REDIS_URL'] = options.redisUrl;
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
  registerSignInContext(app.getHttpServer() as object, { now: () => clock.now(), db: dataSource });
  const close = async () => {
    await app.close();
    // The file destination writes asynchronously; the next spec file opens its own.
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
  };
  return { app, dataSource, clock, close };
}

/**
 * The test database as `haven_app`. The role is created by the migrations without a login (its
 * password is a deployment's business), so the test gives it one on the test server.
 */
async function applicationRoleUrl(ownerUrl: string): Promise<string> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query("alter role haven_app login password 'haven_app'");
  } finally {
    await owner.end();
  }
  const url = new URL(ownerUrl);
  url.username = 'haven_app';
  url.password = 'haven_app';
  return url.toString();
}
