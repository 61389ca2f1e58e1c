import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { AssigneeListResponse, UserListResponse, UserResponse } from '@haven/contracts';

import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { AccountRecoveryService } from './account-recovery.service';
import { MfaPolicyDto } from './dto/mfa-policy.dto';
import { UsersService } from './users.service';
import {
  AssigneeListResponseDoc,
  UserListResponseDoc,
  UserResponseDoc,
} from './dto/user.response-doc';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly recovery: AccountRecoveryService,
  ) {}

  @Get()
  @RequirePermission('user:manage')
  @ApiOkResponse({ type: UserListResponseDoc })
  list(@CurrentUser() actor: Actor): Promise<UserListResponse> {
    return this.users.list(actor);
  }

  @Get('assignable')
  @RequirePermission('case:assign')
  @ApiOkResponse({ type: AssigneeListResponseDoc })
  assignable(@CurrentUser() actor: Actor): Promise<AssigneeListResponse> {
    return this.users.assignable(actor);
  }

  @Post()
  @RequirePermission('user:manage')
  @ApiCreatedResponse({ type: UserResponseDoc })
  @ApiInvalidInput()
  @ApiStateConflict('The e-mail is already the sign-in of another account (EMAIL_TAKEN).')
  create(@CurrentUser() actor: Actor, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(actor, dto);
  }

  @Put('mfa-policy')
  @RequirePermission('user:manage')
  @RequireStepUp()
  @ApiOkResponse({ type: MfaPolicyDto })
  @ApiInvalidInput()
  setMfaPolicy(@CurrentUser() actor: Actor, @Body() dto: MfaPolicyDto): Promise<MfaPolicyDto> {
    return this.recovery.setMfaPolicy(actor, dto);
  }

  @Patch(':userId')
  @RequirePermission('user:manage')
  // A role change hands out (or takes away) reach over every case: security-checks B9.
  @RequireStepUp({
    when: (req) => (req.body as { role?: unknown } | undefined)?.role !== undefined,
  })
  @ApiOkResponse({ type: UserResponseDoc })
  @ApiInvalidInput()
  @ApiNotFoundInOrganisation()
  @ApiStateConflict('An admin cannot remove their own admin access (SELF_LOCKOUT).')
  update(
    @CurrentUser() actor: Actor,
    @Param('userId', ParseUuidPipe) userId: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(actor, userId, dto);
  }

  @Post(':userId/unlock')
  @RequirePermission('user:manage')
  @ApiInvalidInput()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Sign-in lock lifted and failures forgotten (audited).' })
  @ApiNotFoundInOrganisation()
  unlock(
    @CurrentUser() actor: Actor,
    @Param('userId', ParseUuidPipe) userId: string,
  ): Promise<void> {
    return this.recovery.unlock(actor, userId);
  }

  @Post(':userId/mfa/reset')
  @RequirePermission('user:manage')
  @ApiInvalidInput()
  @RequireStepUp()
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Authenticator and recovery codes removed, sessions ended (audited).',
  })
  @ApiNotFoundInOrganisation()
  resetMfa(
    @CurrentUser() actor: Actor,
    @Param('userId', ParseUuidPipe) userId: string,
  ): Promise<void> {
    return this.recovery.resetMfa(actor, userId);
  }
}
