import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { createLogger } from './common/logging/logger';
import { NestPinoLogger } from './common/logging/nest-logger';
import { AppConfig } from './config/app-config';
import { parseEnv } from './config/env.schema';
import { WorkerModule } from './worker.module';

/** Entry point of the worker process: scale it apart from the API by running more of these. */
async function bootstrap(): Promise<void> {
  const config = new AppConfig(parseEnv(process.env));
  const logger = createLogger({ ...config.log, name: 'haven-worker' });
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new NestPinoLogger(logger),
  });
  app.enableShutdownHooks();
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
