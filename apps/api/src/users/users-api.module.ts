import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { AuthModule } from '@api/auth/auth.module';
import { CasesModule } from '@api/cases/cases.module';

import { UsersController } from './users.controller';
import { UsersModule } from './users.module';
import { UsersService } from './users.service';

/**
 * The HTTP side of users (admins' account management). UsersModule stays a plain data module
 * because AuthModule imports it for sign-in; this module needs AuthModule's password hasher.
 */
@Module({
  imports: [UsersModule, AuthModule, AuditModule, CasesModule],
  controllers: [UsersController],
  providers: [UsersService],
})
export class UsersApiModule {}
