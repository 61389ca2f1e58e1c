import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import type { Actor } from '@api/common/actor';
import { roleHasPermission, type Permission } from '@api/common/permissions';
import { SessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';
import { IS_PUBLIC } from '@api/common/decorators/public.decorator';
import { REQUIRED_PERMISSION } from '@api/common/decorators/require-permission.decorator';
import { setRequestOrganisation } from '@api/common/request-context';

/**
 * The global guard: every route needs a live session and states its permission, except the short
 * public allow-list marked @Public(). A route that forgot its permission is refused (fail closed).
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const token = this.cookie.read(req);
    const actor = token ? await this.sessions.resolve(token) : null;
    if (!actor)
      throw new UnauthorizedException({ error: 'unauthenticated', message: 'Sign in first.' });
    req.actor = actor;
    setRequestOrganisation(actor.organisationId);

    const permission = this.reflector.get<Permission | undefined>(
      REQUIRED_PERMISSION,
      context.getHandler(),
    );
    if (!permission) {
      throw new ForbiddenException({
        error: 'forbidden',
        message: 'Route declares no permission.',
      });
    }
    if (!roleHasPermission(actor.role, permission)) {
      throw new ForbiddenException({ error: 'forbidden', message: 'Not allowed for your role.' });
    }
    return true;
  }
}
