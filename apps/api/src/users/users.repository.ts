import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';

import type { Role } from '@haven/contracts';

import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The only read of `password_hash`, for login verification. */
  findActiveWithHashByEmailOrNull(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.toLowerCase() })
      .andWhere('u.disabledAt is null')
      .getOne();
  }

  /** The hash of one active user, to check their password again (step-up, password change). */
  getActiveWithHashByIdOrNull(id: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organisation', 'o')
      .where('u.id = :id', { id })
      .andWhere('u.disabledAt is null')
      .getOne();
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  getActiveByIdOrNull(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, disabledAt: IsNull() } });
  }

  getProfileOrNull(organisationId: string, id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, organisationId }, relations: { organisation: true } });
  }

  /** Every user of one organisation, by display name (admins' user list). */
  listByOrg(organisationId: string): Promise<UserEntity[]> {
    return this.users.find({ where: { organisationId }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  /** Active users of the organisation who may be given cases and tasks. */
  listActiveWithRoles(organisationId: string, roles: Role[]): Promise<UserEntity[]> {
    return this.users.find({
      where: { organisationId, role: In(roles), disabledAt: IsNull() },
      order: { displayName: 'ASC', id: 'ASC' },
    });
  }

  /** Locks one user of the organisation for a change; another organisation's user reads as none. */
  getInOrgForUpdateOrNull(
    manager: EntityManager,
    organisationId: string,
    id: string,
  ): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id and u.organisationId = :organisationId', { id, organisationId })
      .getOne();
  }

  /** Whether the user is a person of the organisation, active or not. */
  async isOfOrganisation(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      'select 1 from app_user where organisation_id = $1 and id = $2',
      [organisationId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  async isEmailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.getRepository(UserEntity).exists({ where: { email } });
  }

  async insert(
    manager: EntityManager,
    user: Pick<UserEntity, 'organisationId' | 'email' | 'displayName' | 'role' | 'passwordHash'>,
  ): Promise<UserEntity> {
    const repo = manager.getRepository(UserEntity);
    const { id } = await repo.save(repo.create({ ...user, disabledAt: null }));
    return repo.findOneByOrFail({ id });
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<UserEntity, 'displayName' | 'role' | 'disabledAt'>>,
  ): Promise<UserEntity> {
    const repo = manager.getRepository(UserEntity);
    await repo.update({ id }, changes);
    return repo.findOneByOrFail({ id });
  }
}
