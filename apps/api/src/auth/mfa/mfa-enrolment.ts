import { Injectable } from '@nestjs/common';

import type { MfaEnrolmentConfirmation, MfaEnrolmentResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { UsersRepository } from '@api/users/users.repository';

import type { RequestMeta } from '../request-meta';
import type { SessionStage } from '../session.entity';
import { SessionsService } from '../sessions.service';

import { MfaService } from './mfa.service';

/**
 * Setting up an authenticator from a session. A sign-in that was held for a required enrolment
 * continues under a new, complete session once the first code is confirmed.
 */
@Injectable()
export class MfaEnrolment {
  constructor(
    private readonly mfa: MfaService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
  ) {}

  async start(actor: Actor): Promise<MfaEnrolmentResponse> {
    const user = await this.users.getActiveByIdOrNull(actor.userId);
    return this.mfa.startEnrolment(actor, user?.email ?? actor.userId);
  }

  async confirm(
    actor: Actor,
    code: string,
    stage: SessionStage,
    token: string,
    meta: RequestMeta,
  ): Promise<{ confirmation: MfaEnrolmentConfirmation; token: string | null }> {
    const confirmation = await this.mfa.confirmEnrolment(actor, code);
    if (stage !== 'mfa_enrolment') {
      await this.sessions.markReauthenticated(actor.sessionId);
      return { confirmation, token: null };
    }
    await this.sessions.endByToken(token, 'mfa_enrolled');
    const fresh = await this.sessions.start(
      { id: actor.userId, organisationId: actor.organisationId },
      meta,
      'complete',
    );
    return { confirmation, token: fresh };
  }
}
