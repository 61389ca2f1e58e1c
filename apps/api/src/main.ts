import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { createLogger } from './common/logging/logger';
import { NestPinoLogger } from './common/logging/nest-logger';
import { AppConfig } from './config/app-config';
import { parseEnv } from './config/env.schema';
import { configureHttpApp } from './http-app';

async function bootstrap(): Promise<void> {
  const config = new AppConfig(parseEnv(process.env));
  const logger = createLogger({ ...config.log, name: 'haven-api' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  configureHttpApp(app, config, logger);
  await app.listen(config.http.port, config.http.host);
  logger.info({ url: `http://${config.http.host}:${config.http.port}` }, 'haven api listening');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
