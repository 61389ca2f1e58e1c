import { Injectable } from '@nestjs/common';

import type { SessionUserResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import { DomainError } from '@api/common/errors/domain-error';
import { UsersRepository } from '@api/users/users.repository';

import type { Actor } from '@api/common/actor';
import { PasswordHasher } from '@api/crypto/password-hasher';
import type { RequestMeta } from './request-meta';
import { SessionsService } from './sessions.service';

/** A user whose password has just been verified. */
export interface VerifiedUser {
  id: string;
  organisationId: string;
}

const BAD_CREDENTIALS = 'E-mail or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** Checks a password; the answer is the same whether the account is unknown or the password wrong. */
  async verifyCredentials(
    email: string,
    password: string,
    meta: RequestMeta,
  ): Promise<VerifiedUser> {
    const user = await this.users.findActiveWithHashByEmailOrNull(email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.audit.record({
        action: 'sign_in_failed',
        organisationId: user?.organisationId ?? null,
        actorUserId: user?.id ?? null,
        requestId: meta.requestId,
        ip: meta.ip,
      });
      throw new DomainError('INVALID_CREDENTIALS', 'unauthorized', BAD_CREDENTIALS);
    }
    return { id: user.id, organisationId: user.organisationId };
  }

  /**
   * Opens a fresh session (the session id always changes at login, and any pre-login session is
   * ended: security-checks B4) and returns its token with the user's profile.
   */
  async completeLogin(
    user: VerifiedUser,
    priorToken: string | null,
    meta: RequestMeta,
  ): Promise<{ token: string; profile: SessionUserResponse }> {
    if (priorToken) await this.sessions.endByToken(priorToken, 'replaced_at_login');
    const token = await this.sessions.start(user, meta);
    await this.audit.record({
      action: 'sign_in',
      organisationId: user.organisationId,
      actorUserId: user.id,
      requestId: meta.requestId,
      ip: meta.ip,
    });
    return { token, profile: await this.profile(user) };
  }

  async logout(actor: Actor, token: string, meta: RequestMeta): Promise<void> {
    await this.sessions.endByToken(token, 'logout');
    await this.audit.record({
      action: 'sign_out',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      requestId: meta.requestId,
      ip: meta.ip,
    });
  }

  async me(actor: Actor): Promise<SessionUserResponse> {
    return this.profile({ id: actor.userId, organisationId: actor.organisationId });
  }

  private async profile(user: VerifiedUser): Promise<SessionUserResponse> {
    const found = await this.users.getProfileOrNull(user.organisationId, user.id);
    if (!found?.organisation)
      throw new DomainError('USER_NOT_FOUND', 'not_found', 'User not found.');
    return {
      id: found.id,
      email: found.email,
      displayName: found.displayName,
      role: found.role,
      organisation: { id: found.organisation.id, name: found.organisation.name },
    };
  }
}
