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
import { Clock } from '@api/common/clock/clock';
import { roleHasPermission, type Permission } from '@api/common/permissions';
import { AppConfig } from '@api/config/app-config';
import { MfaRepository } from './mfa/mfa.repository';
import type { SessionStage } from './session.entity';
import { SESSION_STAGES } from './session-stage.decorator';
import { SessionCookie } from './session-cookie';
import { SessionsService, type ResolvedSession } from './sessions.service';
import { STEP_UP, type StepUpOptions } from './step-up/require-step-up.decorator';
import { reauthRequired } from './step-up/step-up.errors';
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
    private readonly mfa: MfaRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const token = this.cookie.read(req);
    const session = token ? await this.sessions.resolveSession(token) : null;
    if (!session)
      throw new UnauthorizedException({ error: 'unauthenticated', message: 'Sign in first.' });
    const { actor } = session;
    req.actor = actor;
    (req as Request & { sessionStage?: SessionStage }).sessionStage = session.stage;
    setRequestOrganisation(actor.organisationId);
    this.checkStage(session.stage, context);

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
    await this.checkStepUp(session, req, context);
    return true;
  }

  /** Until the second factor is given (or enrolled, where the role requires one), nothing else. */
  private checkStage(stage: SessionStage, context: ExecutionContext): void {
    if (stage === 'complete') return;
    const allowed = this.reflector.get<SessionStage[] | undefined>(
      SESSION_STAGES,
      context.getHandler(),
    );
    if (allowed?.includes(stage)) return;
    if (stage === 'mfa_code') {
      throw new UnauthorizedException({
        error: 'mfa_required',
        message: 'Enter the code from your authenticator app first.',
      });
    }
    throw new ForbiddenException({
      error: 'mfa_enrolment_required',
      message: 'Set up an authenticator app first: your role requires a second factor.',
    });
  }

  /** security-checks B9: a dangerous act needs a factor proved within the last few minutes. */
  private async checkStepUp(
    session: ResolvedSession,
    req: Request,
    context: ExecutionContext,
  ): Promise<void> {
    const options = this.reflector.get<StepUpOptions | undefined>(STEP_UP, context.getHandler());
    if (!options || (options.when && !options.when(req))) return;
    const at = session.reauthenticatedAt;
    if (at && this.clock.now().getTime() - at.getTime() <= this.config.stepUpMs) return;
    throw reauthRequired((await this.mfa.isConfirmed(session.actor.userId)) ? 'totp' : 'password');
  }
}
