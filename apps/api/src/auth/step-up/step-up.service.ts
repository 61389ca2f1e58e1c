import { Injectable } from '@nestjs/common';

import type { StepUpRequest } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { UsersRepository } from '@api/users/users.repository';

import { MfaService } from '../mfa/mfa.service';
import { SessionsService } from '../sessions.service';
import { ACCOUNT_POLICY } from '../throttle/throttle-policy';
import { accountKey, SignInThrottle } from '../throttle/sign-in-throttle';

/**
 * Proving a factor again before a dangerous act (security-checks B9): the TOTP code when the user
 * has an authenticator (a password alone does not do then), else the password, under the same
 * attempt limits as sign-in. Success marks the session fresh for STEP_UP_MINUTES.
 */
@Injectable()
export class StepUpService {
  constructor(
    private readonly mfa: MfaService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async prove(actor: Actor, dto: StepUpRequest): Promise<void> {
    const factor = (await this.mfa.isEnrolled(actor.userId)) ? 'totp' : 'password';
    if (factor === 'totp') {
      if (!dto.code) throw missing('code', 'is required: enter a code from your authenticator app');
      await this.mfa.verify(actor.userId, dto.code);
    } else {
      if (!dto.password) throw missing('password', 'is required');
      await this.checkPassword(actor, dto.password);
    }
    await this.sessions.markReauthenticated(actor.sessionId);
    await this.audit.record({
      action: 'step_up',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      details: { factor },
    });
  }

  private async checkPassword(actor: Actor, password: string): Promise<void> {
    const user = await this.users.getActiveWithHashByIdOrNull(actor.userId);
    const outcome = await this.throttle.attempt(
      accountKey(user?.email ?? actor.userId),
      ACCOUNT_POLICY,
      () => this.hasher.verify(user?.passwordHash ?? null, password),
    );
    if (outcome.result !== 'ok') {
      throw new DomainError('INVALID_PASSWORD', 'invalid', 'is not right', 'password');
    }
  }
}

function missing(field: string, message: string): DomainError {
  return new DomainError('STEP_UP_FACTOR_MISSING', 'invalid', message, field);
}
