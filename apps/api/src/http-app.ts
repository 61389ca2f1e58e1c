import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Logger } from 'pino';

import { Clock } from './common/clock/clock';
import { crossSiteWrites } from './common/http/cross-site-writes';
import { inputHygiene } from './common/http/input-hygiene';
import { jsonBody } from './common/http/json-body';
import { rateLimit } from './common/http/rate-limit';
import { securityHeaders } from './common/http/security-headers';
import { requestLogging } from './common/logging/request-logging';
import { requestContext } from './common/request-context';
import { createValidationPipe } from './common/pipes/validation';
import type { AppConfig } from './config/app-config';
import { DatabaseReadiness } from './database/database-readiness';
import { databaseReadinessGate } from './database/database-readiness.middleware';
import { mountApiDocs } from './docs/api-docs';
import { serveWebApp } from './web/serve-web-app';

/**
 * Every cross-cutting concern of the HTTP app, in order. main.ts and the integration tests both
 * call it, so the tests exercise the same pipeline that production runs.
 */
export function configureHttpApp(
  app: NestExpressApplication,
  config: AppConfig,
  logger: Logger,
): void {
  app.disable('x-powered-by');
  // API answers are never stored (Cache-Control: no-store), so a hash of each body for ETag is
  // work no client uses; the web app's files keep theirs (the static server sets its own).
  app.disable('etag');
  app.set('trust proxy', 'loopback');
  app.use(requestLogging(logger));
  app.use(requestContext);
  app.use(securityHeaders);
  app.use('/api', databaseReadinessGate(app.get(DatabaseReadiness)));
  app.use(cookieParser());
  app.use('/api', crossSiteWrites);
  // Before the body is read: a client over its limit costs no parsing.
  app.use(
    '/api',
    rateLimit(app.get(Clock), {
      perMinute: config.rateLimitPerMinute,
      sessionCookie: config.session.cookieName,
    }),
  );
  app.use(jsonBody());
  app.use(inputHygiene);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  mountApiDocs(app);
  app.enableShutdownHooks();
  if (serveWebApp(app, config.webDistDir))
    logger.info({ dir: config.webDistDir }, 'serving the web app');
}
