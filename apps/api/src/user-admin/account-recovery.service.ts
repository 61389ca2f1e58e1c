import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import { MfaRepository } from '@api/auth/mfa/mfa.repository';
import { SessionsRepository } from '@api/auth/sessions.repository';
import { SignInDevices } from '@api/auth/throttle/sign-in-devices';
import { accountKey, SignInThrottle } from '@api/auth/throttle/sign-in-throttle';
import type { MfaPolicy } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';
import { UsersRepository } from '@api/users/users.repository';

import { userNotFound } from './users.errors';

/**
 * An admin helps a locked-out colleague (security-checks B3, B8): lift a sign-in lock at once, or
 * remove a lost authenticator (the user sets up a new one at their next sign-in, and their
 * sessions end). Each act is audited once.
 */
@Injectable()
export class AccountRecoveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly throttle: SignInThrottle,
    private readonly devices: SignInDevices,
    private readonly mfa: MfaRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly denials: AccessDenials,
    private readonly clock: Clock,
  ) {}

  async unlock(actor: Actor, userId: string): Promise<void> {
    const user = await this.users.getProfileOrNull(actor.organisationId, userId);
    if (!user) {
      await this.denials.deny(actor, 'user', userId);
      throw userNotFound();
    }
    const wasLocked = await this.throttle.clear([
      accountKey(user.email),
      `mfa:${user.id}`,
      ...(await this.devices.keysOf(user.id)),
    ]);
    await this.audit.record({
      action: 'account_unlocked',
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      targetType: 'user',
      targetId: user.id,
      details: { wasLocked },
    });
  }

  /** The organisation's rule: an authenticator of everyone, or of admins and supervisors only. */
  async setMfaPolicy(actor: Actor, policy: MfaPolicy): Promise<MfaPolicy> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('update organisation set require_mfa_for_all = $2 where id = $1', [
        actor.organisationId,
        policy.requireForAll,
      ]);
      await this.audit.record(
        {
          action: 'mfa_policy_changed',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'organisation',
          targetId: actor.organisationId,
          details: { requireForAll: policy.requireForAll },
        },
        manager,
      );
    });
    return { requireForAll: policy.requireForAll };
  }

  async resetMfa(actor: Actor, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.getInOrgForUpdateOrNull(manager, actor.organisationId, userId);
      if (!user) {
        await this.denials.deny(actor, 'user', userId);
        throw userNotFound();
      }
      const hadOne = await this.mfa.deleteForUser(manager, user.id);
      await this.sessions.revokeAllForUser(manager, user.id, this.clock.now(), 'mfa_reset');
      await this.audit.record(
        {
          action: 'mfa_reset',
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          targetType: 'user',
          targetId: user.id,
          details: { hadAuthenticator: hadOne },
        },
        manager,
      );
    });
  }
}
