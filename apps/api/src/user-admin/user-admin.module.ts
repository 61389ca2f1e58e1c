import { Module } from '@nestjs/common';

import { AuditModule } from '@api/audit/audit.module';
import { AuthModule } from '@api/auth/auth.module';
import { UsersModule } from '@api/users/users.module';

import { UsersController } from './users.controller';
import { AccountRecoveryService } from './account-recovery.service';
import { UsersService } from './users.service';

/**
 * Admins' account management: list, create, rename, change a role, deactivate. It sits above the
 * sign-in (auth/) because deactivating an account ends its sessions and a new account's password
 * is hashed as sign-in verifies it.
 */
@Module({
  imports: [UsersModule, AuthModule, AuditModule],
  controllers: [UsersController],
  providers: [UsersService, AccountRecoveryService],
})
export class UserAdminModule {}
