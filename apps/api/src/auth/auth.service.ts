import { Injectable } from '@nestjs/common';

import type { SessionUserResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import { DomainError } from '@api/common/errors/domain-error';
import { UsersRepository } from '@api/users/users.repository';
import type { OrganisationEntity } from '@api/users/organisation.entity';
import type { UserEntity } from '@api/users/user.entity';

import type { Actor } from '@api/common/actor';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { MfaService } from './mfa/mfa.service';
import type { RequestMeta } from './request-meta';
import type { SessionStage } from './session.entity';
import { SessionsService } from './sessions.service';
import { SignInDevices } from './throttle/sign-in-devices';
import { ACCOUNT_POLICY, ADDRESS_POLICY, DEVICE_POLICY } from './throttle/throttle-policy';
import { accountKey, SignInThrottle } from './throttle/sign-in-throttle';

/** A user whose password has just been verified. */
export interface VerifiedUser {
  id: string;
  organisationId: string;
}

const BAD_CREDENTIALS = 'E-mail or password is not right.';

/** The roles that always need a second factor (decision D1); an organisation may add everyone. */
const ROLES_REQUIRING_MFA = new Set(['admin', 'supervisor']);

/** Raised when one address has failed too often across accounts (answered 429). */
export class AddressLimitedError extends Error {
  constructor() {
    super('too many failed sign-ins from this address');
    this.name = 'AddressLimitedError';
  }
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly devices: SignInDevices,
    private readonly mfa: MfaService,
  ) {}

  /**
   * Checks a password under the throttle (security-checks B3). The answer is the same whether the
   * account is unknown, locked, slowed or the password wrong, and an unknown account's attempt
   * verifies against a dummy hash, so neither the answer nor its timing tells them apart. A
   * browser that has signed in to the account before (its device cookie, `deviceToken`) is
   * throttled on its own key instead of the account's, so a lock caused by someone else's guesses
   * does not keep the account's owner out of it.
   */
  async verifyCredentials(
    email: string,
    password: string,
    meta: RequestMeta,
    deviceToken: string | null = null,
  ): Promise<VerifiedUser> {
    const addressKey = `address:${meta.ip ?? 'unknown'}`;
    if (await this.throttle.isLocked(addressKey)) {
      await this.failed(null, meta, 'address_limited');
      throw new AddressLimitedError();
    }
    const user = await this.users.findActiveWithHashByEmailOrNull(email);
    const device = user ? await this.devices.recognise(deviceToken, user.id) : null;
    const outcome = await this.throttle.attempt(
      device ?? accountKey(email),
      device ? DEVICE_POLICY : ACCOUNT_POLICY,
      () => this.hasher.verify(user?.passwordHash ?? null, password),
    );
    if (outcome.result === 'ok' && user)
      return { id: user.id, organisationId: user.organisationId };

    await this.failed(user, meta, outcome.result === 'refused' ? outcome.why : 'wrong_password');
    if (outcome.result === 'locked_now') {
      await this.audit.record({
        action: 'account_locked',
        organisationId: user?.organisationId ?? null,
        actorUserId: user?.id ?? null,
        targetType: 'user',
        ...(user ? { targetId: user.id } : {}),
        requestId: meta.requestId,
        ip: meta.ip,
        details: {
          lockedUntil: outcome.lockedUntil.toISOString(),
          knownAccount: !!user,
          // A remembered browser's lock stops that browser only.
          scope: device ? 'device' : 'account',
        },
      });
    }
    await this.throttle.recordFailure(addressKey, ADDRESS_POLICY);
    throw new DomainError('INVALID_CREDENTIALS', 'unauthorized', BAD_CREDENTIALS);
  }

  /**
   * After a right password: the device cookie the browser keeps, so its next sign-ins are
   * throttled on their own key (the one it brought when it is the user's, else a new one).
   */
  rememberDevice(user: VerifiedUser, deviceToken: string | null): Promise<string> {
    return this.devices.remember(deviceToken, user.id);
  }

  /**
   * Opens a fresh session (the session id always changes at login, and any pre-login session is
   * ended: security-checks B4) and returns its token with the user's profile. A user with an
   * authenticator gets a session that can only take the code; an admin or supervisor (or anyone,
   * where the organisation says so) without one gets a session that can only enrol.
   */
  async completeLogin(
    user: VerifiedUser,
    priorToken: string | null,
    meta: RequestMeta,
  ): Promise<{ token: string; profile: SessionUserResponse }> {
    if (priorToken) await this.sessions.endByToken(priorToken, 'replaced_at_login');
    const found = await this.loadUser(user);
    const enrolled = await this.mfa.isEnrolled(user.id);
    const stage: SessionStage = enrolled
      ? 'mfa_code'
      : mfaRequired(found)
        ? 'mfa_enrolment'
        : 'complete';
    const token = await this.sessions.start(user, meta, stage);
    if (stage !== 'mfa_code') await this.signedIn(user, meta, 'password');
    return { token, profile: toProfile(found, stage, enrolled) };
  }

  /**
   * The second step of a sign-in: a TOTP or recovery code. The session that waited for it ends
   * and a complete one starts, under a new id.
   */
  async completeSecondFactor(
    actor: Actor,
    stage: SessionStage,
    code: string,
    token: string,
    meta: RequestMeta,
  ): Promise<{ token: string; profile: SessionUserResponse }> {
    if (stage !== 'mfa_code') {
      throw new DomainError(
        'MFA_NOT_PENDING',
        'conflict',
        'This session is not waiting for a code (use POST /api/auth/step-up).',
      );
    }
    const user = { id: actor.userId, organisationId: actor.organisationId };
    let factor: 'totp' | 'recovery_code';
    try {
      factor = await this.mfa.verify(actor.userId, code);
    } catch (err) {
      if (err instanceof DomainError) {
        const found = await this.users.getActiveByIdOrNull(actor.userId);
        await this.failed(found, meta, 'wrong_code');
      }
      throw err;
    }
    await this.sessions.endByToken(token, 'second_factor_given');
    const fresh = await this.sessions.start(user, meta, 'complete');
    await this.signedIn(user, meta, factor);
    return { token: fresh, profile: toProfile(await this.loadUser(user), 'complete', true) };
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

  async me(actor: Actor, stage: SessionStage): Promise<SessionUserResponse> {
    const user = { id: actor.userId, organisationId: actor.organisationId };
    return toProfile(await this.loadUser(user), stage, await this.mfa.isEnrolled(actor.userId));
  }

  private async signedIn(user: VerifiedUser, meta: RequestMeta, factor: string): Promise<void> {
    await this.audit.record({
      action: 'sign_in',
      organisationId: user.organisationId,
      actorUserId: user.id,
      requestId: meta.requestId,
      ip: meta.ip,
      details: { factor },
    });
  }

  private async failed(
    user: Pick<UserEntity, 'id' | 'organisationId'> | null,
    meta: RequestMeta,
    reason: string,
  ): Promise<void> {
    await this.audit.record({
      action: 'sign_in_failed',
      organisationId: user?.organisationId ?? null,
      actorUserId: user?.id ?? null,
      requestId: meta.requestId,
      ip: meta.ip,
      details: { reason },
    });
  }

  private async loadUser(
    user: VerifiedUser,
  ): Promise<UserEntity & { organisation: OrganisationEntity }> {
    const found = await this.users.getProfileOrNull(user.organisationId, user.id);
    const organisation = found?.organisation;
    if (!found || !organisation)
      throw new DomainError('USER_NOT_FOUND', 'not_found', 'User not found.');
    return { ...found, organisation };
  }
}

/** Whether the user's role or organisation requires a second factor. */
export function mfaRequired(user: UserEntity): boolean {
  return ROLES_REQUIRING_MFA.has(user.role) || user.organisation?.requireMfaForAll === true;
}

function toProfile(
  user: UserEntity & { organisation: OrganisationEntity },
  stage: SessionStage,
  mfaEnrolled: boolean,
): SessionUserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: { id: user.organisation.id, name: user.organisation.name },
    stage,
    mfaEnrolled,
  };
}
