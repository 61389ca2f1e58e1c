import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';

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

  getActiveByIdOrNull(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, disabledAt: IsNull() } });
  }

  getProfileOrNull(organisationId: string, id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, organisationId }, relations: { organisation: true } });
  }
}
