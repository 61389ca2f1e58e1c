import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { PlannedReminderListResponse, TaskListResponse, TaskResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { ListPlannedRemindersQueryDto } from './dto/list-planned-reminders.query';
import { ListTasksQueryDto } from './dto/list-tasks.query';
import { ReassignTaskDto } from './dto/reassign-task.dto';
import { TasksService } from './tasks.service';
import {
  PlannedReminderListResponseDoc,
  TaskListResponseDoc,
  TaskResponseDoc,
} from './dto/task.response-doc';

@ApiTags('tasks')
@ApiInvalidInput()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: TaskListResponseDoc })
  list(@CurrentUser() actor: Actor, @Query() query: ListTasksQueryDto): Promise<TaskListResponse> {
    return this.tasks.list(actor, query);
  }

  @Get('planned')
  @RequirePermission('case:read')
  @ApiOkResponse({ type: PlannedReminderListResponseDoc })
  planned(
    @CurrentUser() actor: Actor,
    @Query() query: ListPlannedRemindersQueryDto,
  ): Promise<PlannedReminderListResponse> {
    return this.tasks.planned(actor, query);
  }

  @Post(':taskId/complete')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('task:write')
  @ApiOkResponse({ type: TaskResponseDoc })
  @ApiNotFoundInOrganisation()
  @ApiStateConflict('The task is done or cancelled (TASK_NOT_OPEN).')
  complete(
    @CurrentUser() actor: Actor,
    @Param('taskId', ParseUuidPipe) taskId: string,
  ): Promise<TaskResponse> {
    return this.tasks.complete(actor, taskId);
  }

  // Reassigning work is a supervisor's decision: `case:assign` is the permission only they hold.
  @Put(':taskId/assignee')
  @RequirePermission('case:assign')
  @ApiOkResponse({ type: TaskResponseDoc })
  @ApiNotFoundInOrganisation()
  @ApiStateConflict('The task is done or cancelled (TASK_NOT_OPEN).')
  reassign(
    @CurrentUser() actor: Actor,
    @Param('taskId', ParseUuidPipe) taskId: string,
    @Body() dto: ReassignTaskDto,
  ): Promise<TaskResponse> {
    return this.tasks.reassign(actor, taskId, dto);
  }
}
