import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, OrganisationEntity])],
  providers: [UsersRepository],
  exports: [UsersRepository],
})
export class UsersModule {}
