import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';

import type { TaskListResponse, TaskResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { ListTasksQueryDto } from './dto/list-tasks.query';
import { ReassignTaskDto } from './dto/reassign-task.dto';
import { TasksService } from './tasks.service';

@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('case:read')
  list(@CurrentUser() actor: Actor, @Query() query: ListTasksQueryDto): Promise<TaskListResponse> {
    return this.tasks.list(actor, query);
  }

  @Post(':taskId/complete')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('task:write')
  complete(
    @CurrentUser() actor: Actor,
    @Param('taskId', ParseUUIDPipe) taskId: string,
  ): Promise<TaskResponse> {
    return this.tasks.complete(actor, taskId);
  }

  // Reassigning work is a supervisor's decision: `case:assign` is the permission only they hold.
  @Put(':taskId/assignee')
  @RequirePermission('case:assign')
  reassign(
    @CurrentUser() actor: Actor,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: ReassignTaskDto,
  ): Promise<TaskResponse> {
    return this.tasks.reassign(actor, taskId, dto);
  }
}
