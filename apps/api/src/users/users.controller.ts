import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';

import type { AssigneeListResponse, UserListResponse, UserResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user:manage')
  list(@CurrentUser() actor: Actor): Promise<UserListResponse> {
    return this.users.list(actor);
  }

  @Get('assignable')
  @RequirePermission('case:assign')
  assignable(@CurrentUser() actor: Actor): Promise<AssigneeListResponse> {
    return this.users.assignable(actor);
  }

  @Post()
  @RequirePermission('user:manage')
  create(@CurrentUser() actor: Actor, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return this.users.create(actor, dto);
  }

  @Patch(':userId')
  @RequirePermission('user:manage')
  update(
    @CurrentUser() actor: Actor,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserResponse> {
    return this.users.update(actor, userId, dto);
  }
}
