import { Injectable } from '@nestjs/common';

import type { ChangePasswordRequest, ChangePasswordResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { UsersRepository } from '@api/users/users.repository';

import { MfaService } from '../mfa/mfa.service';
import { SessionsService } from '../sessions.service';
import { ACCOUNT_POLICY } from '../throttle/throttle-policy';
import { accountKey, SignInThrottle } from '../throttle/sign-in-throttle';

import { passwordProblem } from './password-policy';

/**
 * A user changes their own password (security-checks B2, B5): the current one first (throttled as
 * a sign-in), the new one under the same rules as every password, and, when asked, the user's
 * other sessions end at once. One audit row for the change and one for the revocation.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly mfa: MfaService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async change(actor: Actor, dto: ChangePasswordRequest): Promise<ChangePasswordResponse> {
    const user = await this.users.getActiveWithHashByIdOrNull(actor.userId);
    if (!user?.organisation)
      throw new DomainError('USER_NOT_FOUND', 'not_found', 'User not found.');
    const problem = passwordProblem(dto.newPassword, {
      organisationName: user.organisation.name,
      displayName: user.displayName,
      email: user.email,
      hasSecondFactor: await this.mfa.isEnrolled(user.id),
    });
    if (problem) throw new DomainError('WEAK_PASSWORD', 'invalid', problem, 'newPassword');
    const outcome = await this.throttle.attempt(accountKey(user.email), ACCOUNT_POLICY, () =>
      this.hasher.verify(user.passwordHash, dto.currentPassword),
    );
    if (outcome.result !== 'ok') {
      throw new DomainError('INVALID_PASSWORD', 'invalid', 'is not right', 'currentPassword');
    }
    await this.users.setPasswordHash(user.id, await this.hasher.hash(dto.newPassword));
    await this.audit.record({
      action: 'password_changed',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'user',
      targetId: actor.userId,
      details: { by: 'self' },
    });
    let otherSessionsEnded = 0;
    if (dto.endOtherSessions) {
      otherSessionsEnded = await this.sessions.endOthers(
        actor.userId,
        actor.sessionId,
        'password_changed',
      );
      await this.audit.record({
        action: 'session_revoked',
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        targetType: 'user',
        targetId: actor.userId,
        details: { sessions: otherSessionsEnded, reason: 'password_changed' },
      });
    }
    return { otherSessionsEnded };
  }
}
