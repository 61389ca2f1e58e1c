import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';

import { SessionCookie } from '@api/auth/session-cookie';
import { SessionsService } from '@api/auth/sessions.service';

/**
 * The OpenAPI document and UI at /api/docs, generated from the controllers. Behind a session like
 * every other route (security-checks A9): the API's shape is not secret, but nothing is public.
 */
export function mountApiDocs(app: NestExpressApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Haven API')
    .setDescription(
      'Case management for civil protective orders. Every route needs a session except login and health.',
    )
    .setVersion('1')
    .addCookieAuth('__Host-haven_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const sessions = app.get(SessionsService);
  const cookie = app.get(SessionCookie);
  app.use('/api/docs', (req: Request, res: Response, next: NextFunction) => {
    const token = cookie.read(req);
    (token ? sessions.resolve(token) : Promise.resolve(null))
      .then((actor) =>
        actor
          ? next()
          : res.status(401).json({ error: 'unauthenticated', message: 'Sign in first.' }),
      )
      .catch(next);
  });
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
    useGlobalPrefix: false,
  });
}
