import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { AssigneeListResponse, UserListResponse, UserResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { SessionsRepository } from '@api/auth/sessions.repository';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { Clock } from '@api/common/clock/clock';

import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { toAssigneeResponse, toUserResponse } from './dto/user.response';
import { passwordProblem } from '@api/auth/passwords/password-policy';

import {
  emailTaken,
  nothingToChange,
  selfLockout,
  userNotFound,
  weakPassword,
} from './users.errors';
import { UsersRepository } from '@api/users/users.repository';

/**
 * Admins manage their organisation's accounts. Every change is audited in its transaction; the
 * password is hashed before the transaction and never logged, audited or returned. Deactivation
 * ends the account's sessions at once rather than at their next idle timeout.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly denials: AccessDenials,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<UserListResponse> {
    return { items: (await this.users.listByOrg(actor.organisationId)).map(toUserResponse) };
  }

  /** Who a supervisor may give a case or a task to: active advocates and supervisors. */
  async assignable(actor: Actor): Promise<AssigneeListResponse> {
    const rows = await this.users.listActiveWithRoles(actor.organisationId, [
      'advocate',
      'supervisor',
    ]);
    return { items: rows.map(toAssigneeResponse) };
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserResponse> {
    // An admin-set password obeys the same rules as the user's own (security-checks B2); the
    // account has no second factor yet, so the longer minimum applies.
    const admin = await this.users.getProfileOrNull(actor.organisationId, actor.userId);
    const problem = passwordProblem(dto.password, {
      organisationName: admin?.organisation?.name ?? '',
      displayName: dto.displayName,
      email: dto.email,
      hasSecondFactor: false,
    });
    if (problem) throw weakPassword(problem);
    const passwordHash = await this.hasher.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      // E-mail is the sign-in and unique across organisations; the unique index backs this check.
      if (await this.users.isEmailTaken(manager, dto.email)) throw emailTaken();
      const user = await this.users.insert(manager, {
        organisationId: actor.organisationId,
        email: dto.email,
        displayName: dto.displayName.trim(),
        role: dto.role,
        passwordHash,
      });
      await this.audit.record(
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'user_created',
          targetType: 'user',
          targetId: user.id,
          details: { role: user.role },
        },
        manager,
      );
      return toUserResponse(user);
    });
  }

  async update(actor: Actor, userId: string, dto: UpdateUserDto): Promise<UserResponse> {
    if (dto.displayName === undefined && dto.role === undefined && dto.active === undefined) {
      throw nothingToChange();
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.getInOrgForUpdateOrNull(manager, actor.organisationId, userId);
      if (!user) {
        await this.denials.deny(actor, 'user', userId);
        throw userNotFound();
      }
      if (user.id === actor.userId) {
        if (dto.role !== undefined && dto.role !== 'admin') throw selfLockout('role');
        if (dto.active === false) throw selfLockout('active');
      }
      const now = this.clock.now();
      const updated = await this.users.update(manager, user.id, {
        ...(dto.displayName !== undefined ? { displayName: dto.displayName.trim() } : {}),
        ...(dto.role !== undefined ? { role: dto.role } : {}),
        ...(dto.active !== undefined
          ? { disabledAt: dto.active ? null : (user.disabledAt ?? now) }
          : {}),
      });
      if (dto.active === false) {
        await this.sessions.revokeAllForUser(manager, user.id, now, 'account_deactivated');
      }
      await this.audit.record(
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'user_updated',
          targetType: 'user',
          targetId: user.id,
          details: {
            changed: Object.keys(dto).filter((k) => dto[k as keyof UpdateUserDto] !== undefined),
            roleBefore: user.role,
            roleAfter: updated.role,
            active: updated.disabledAt === null,
          },
        },
        manager,
      );
      return toUserResponse(updated);
    });
  }
}
