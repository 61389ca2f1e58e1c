import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type EntityManager, type Repository } from 'typeorm';

import { UserEntity } from '@api/users/user.entity';

import { SessionEntity } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  insert(
    session: Omit<SessionEntity, 'id' | 'user' | 'revokedAt' | 'revokedReason'>,
  ): Promise<SessionEntity> {
    return this.sessions.save(
      this.sessions.create({ ...session, revokedAt: null, revokedReason: null }),
    );
  }

  getLiveByTokenHashOrNull(tokenHash: string): Promise<SessionEntity | null> {
    return this.sessions.findOne({ where: { tokenHash, revokedAt: IsNull() } });
  }

  /** As getLiveByTokenHashOrNull, with its user, in one query (every request reads both). */
  getLiveWithUserByTokenHashOrNull(
    tokenHash: string,
  ): Promise<(SessionEntity & { user: UserEntity }) | null> {
    return this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.tokenHash = :tokenHash and s.revokedAt is null', { tokenHash })
      .getOne() as Promise<(SessionEntity & { user: UserEntity }) | null>;
  }

  async setReauthenticated(id: string, at: Date): Promise<void> {
    await this.sessions.update({ id }, { reauthenticatedAt: at });
  }

  async revokeOthers(userId: string, keepId: string, at: Date, reason: string): Promise<number> {
    const result = await this.sessions.update(
      { userId, id: Not(keepId), revokedAt: IsNull() },
      { revokedAt: at, revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.sessions.update({ id }, { lastSeenAt: at });
  }

  async revoke(id: string, at: Date, reason: string): Promise<void> {
    await this.sessions.update(
      { id, revokedAt: IsNull() },
      { revokedAt: at, revokedReason: reason },
    );
  }

  /** Ends every live session of a user (deactivation), in the caller's transaction. */
  async revokeAllForUser(
    manager: EntityManager,
    userId: string,
    at: Date,
    reason: string,
  ): Promise<void> {
    await manager
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
  }
}
