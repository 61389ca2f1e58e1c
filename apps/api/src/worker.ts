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
  // Graceful shutdown (G12). Nest's enableShutdownHooks() would re-raise the signal after
  // closing, so the process would end "killed by SIGTERM"; a supervisor should see a clean exit 0
  // once active jobs have finished (WorkerSupervisor closes the BullMQ workers first).
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'worker shutting down: finishing active jobs');
    const deadline = setTimeout(() => {
      logger.error(
        'worker shutdown timed out; exiting with active jobs left to BullMQ stall recovery',
      );
      process.exit(1);
    }, config.jobs.shutdownTimeoutMs);
    deadline.unref();
    app.close().then(
      () => {
        logger.info('worker stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error(
          { err: err instanceof Error ? err.message : String(err) },
          'worker close failed',
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
