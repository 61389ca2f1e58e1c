import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { PlannedReminderListResponse, TaskListResponse, TaskResponse } from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';

import type { ListTasksQueryDto } from './dto/list-tasks.query';
import type { ReassignTaskDto } from './dto/reassign-task.dto';
import type { ListPlannedRemindersQueryDto } from './dto/list-planned-reminders.query';
import { toPlannedReminderResponse, toTaskResponse } from './dto/task.response';
import { decodeTaskCursor, encodeTaskCursor } from './task-cursor';
import { assigneeNotEligible, taskNotFound, taskNotOpen } from './tasks.errors';
import { TasksRepository } from './tasks.repository';

/**
 * Tasks as people work them. Advocates see and complete the tasks of the cases they are assigned
 * to; supervisors (and staff, read-only) see the organisation's. A task outside that answers 404,
 * exactly like a task that does not exist, and leaves an `access_denied` audit row.
 */
/** The inbox shows the next reminders, not a case's whole future. */
const PLANNED_LIMIT = 100;

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tasks: TasksRepository,
    private readonly denials: AccessDenials,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ListTasksQueryDto): Promise<TaskListResponse> {
    const limit = query.limit ?? 25;
    const rows = await this.tasks.findPage(actor.organisationId, {
      status: query.status ?? 'open',
      visibleTo: visibleTo(actor),
      assigneeId: query.assignee === 'me' ? actor.userId : null,
      after: query.cursor ? decodeTaskCursor(query.cursor) : null,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toTaskResponse),
      nextCursor:
        rows.length > limit && last ? encodeTaskCursor({ dueOn: last.dueOn, id: last.id }) : null,
    };
  }

  /** Reminders planned and not yet due, so nobody is surprised by what a case will ask of them. */
  async planned(
    actor: Actor,
    query: ListPlannedRemindersQueryDto,
  ): Promise<PlannedReminderListResponse> {
    const rows = await this.tasks.findPlanned(
      actor.organisationId,
      visibleTo(actor),
      query.caseId ?? null,
      PLANNED_LIMIT,
    );
    return { items: rows.map(toPlannedReminderResponse) };
  }

  async complete(actor: Actor, taskId: string): Promise<TaskResponse> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.getOpenTask(manager, actor, taskId);
      await this.tasks.markDone(
        manager,
        actor.organisationId,
        task.id,
        actor.userId,
        this.clock.now(),
      );
      await this.audit.record(
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'task_completed',
          targetType: 'task',
          targetId: task.id,
          details: { caseId: task.caseId },
        },
        manager,
      );
      return toTaskResponse(await this.tasks.getViewOrFail(manager, actor.organisationId, task.id));
    });
  }

  /** Supervisors only (the route requires `case:assign`): the assignee must be able to work cases. */
  async reassign(actor: Actor, taskId: string, dto: ReassignTaskDto): Promise<TaskResponse> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.getOpenTask(manager, actor, taskId);
      if (!(await this.tasks.isAssignable(manager, actor.organisationId, dto.assigneeId))) {
        throw assigneeNotEligible();
      }
      await this.tasks.setAssignee(manager, actor.organisationId, task.id, dto.assigneeId);
      await this.audit.record(
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'task_reassigned',
          targetType: 'task',
          targetId: task.id,
          details: { caseId: task.caseId, from: task.assigneeId, to: dto.assigneeId },
        },
        manager,
      );
      return toTaskResponse(await this.tasks.getViewOrFail(manager, actor.organisationId, task.id));
    });
  }

  private async getOpenTask(manager: EntityManager, actor: Actor, taskId: string) {
    const task = await this.tasks.getVisibleForUpdateOrNull(
      manager,
      actor.organisationId,
      taskId,
      visibleTo(actor),
    );
    if (!task) {
      await this.denials.deny(actor, 'task', taskId);
      throw taskNotFound();
    }
    if (task.status !== 'open') throw taskNotOpen(task.status);
    return task;
  }
}

/** An advocate sees the tasks of the cases assigned to them; everyone else the organisation's. */
function visibleTo(actor: Actor): string | null {
  return actor.role === 'advocate' ? actor.userId : null;
}
