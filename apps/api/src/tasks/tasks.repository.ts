import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';

import type { TaskStatus } from '@haven/contracts';

import type { TaskCursor } from './task-cursor';
import { prepared } from '@api/common/sql/prepared-statements';
import { TaskEntity } from '@api/followups/task.entity';

/** A task with the names a list shows: its case's reference, the client, assignee and completer. */
export interface TaskView {
  id: string;
  caseId: string;
  caseReference: string;
  clientName: string;
  title: string;
  dueOn: string;
  forDay: string;
  deadlineOn: string | null;
  status: TaskStatus;
  sourceRule: string | null;
  sourceCitation: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  completedById: string | null;
  completedByName: string | null;
  completedAt: Date | null;
  createdAt: Date;
  /** The follow-up that made the task: its kind and plan key (e.g. 'extend.file:<orderId>'). */
  followupKind: string | null;
  followupKey: string | null;
}

export interface TaskPageOptions {
  status: TaskStatus;
  /** Only tasks of cases this advocate is assigned to; null for the whole organisation. */
  visibleTo: string | null;
  /** Only tasks assigned to this user; null for any assignee. */
  assigneeId: string | null;
  after: TaskCursor | null;
  limit: number;
}

// Dates are cast to text so a civil date never passes through a JS Date (and a time zone).
const VIEW_SELECT = `
  select t.id, t.case_id as "caseId", c.reference as "caseReference", cl.full_name as "clientName",
         t.title, t.due_on::text as "dueOn", t.status, t.source_rule as "sourceRule",
         coalesce((f.due_at at time zone 'America/New_York')::date, t.due_on)::text as "forDay",
         case when f.id is null then null else t.due_on::text end as "deadlineOn",
         t.source_citation as "sourceCitation", t.assignee_id as "assigneeId", a.display_name as "assigneeName",
         t.completed_by as "completedById", cb.display_name as "completedByName",
         t.completed_at as "completedAt", t.created_at as "createdAt",
         f.kind as "followupKind", f.key as "followupKey"
    from task t
    join case_file c on c.id = t.case_id and c.organisation_id = t.organisation_id
    join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
    left join app_user a on a.id = t.assignee_id
    left join app_user cb on cb.id = t.completed_by
    left join followup f on f.id = t.followup_id and f.organisation_id = t.organisation_id`;

/** Tasks of a case an advocate works on; supervisors and staff pass null and see the organisation's. */
const VISIBLE_TO = `(cast($2 as uuid) is null or exists (
    select 1 from case_assignment ca
     where ca.case_id = t.case_id and ca.organisation_id = t.organisation_id and ca.user_id = $2))`;

/** A pending follow-up: a reminder planned but not yet due. */
export interface PlannedReminderRow {
  id: string;
  caseId: string;
  caseReference: string;
  clientName: string;
  title: string;
  forDay: string;
  deadlineOn: string;
  ruleId: string | null;
  citation: string | null;
}

@Injectable()
export class TasksRepository {
  constructor(@InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>) {}

  findByCase(organisationId: string, caseId: string): Promise<TaskEntity[]> {
    return this.tasks.find({ where: { organisationId, caseId }, order: { dueOn: 'ASC' } });
  }

  /**
   * Reminders the rules planned that have not been delivered, of open cases the actor may see
   * (one case when `caseId` is given), soonest first. The day is Virginia's, as tasks are dated.
   */
  findPlanned(
    organisationId: string,
    visibleTo: string | null,
    caseId: string | null,
    limit: number,
  ): Promise<PlannedReminderRow[]> {
    return this.tasks.manager.query(
      `select f.id, f.case_id as "caseId", c.reference as "caseReference", cl.full_name as "clientName",
              f.title, (f.due_at at time zone 'America/New_York')::date::text as "forDay",
              f.act_by::text as "deadlineOn", f.rule_id as "ruleId", f.citation
         from followup f
         join case_file c on c.id = f.case_id and c.organisation_id = f.organisation_id
         join client cl on cl.id = c.client_id and cl.organisation_id = c.organisation_id
        where f.organisation_id = $1 and f.state = 'pending' and c.closed_on is null
          and (cast($2 as uuid) is null or exists (
                select 1 from case_assignment ca
                 where ca.case_id = f.case_id and ca.organisation_id = f.organisation_id and ca.user_id = $2))
          and (cast($3 as uuid) is null or f.case_id = $3)
        order by f.due_at, f.id
        limit $4`,
      [organisationId, visibleTo, caseId, limit],
    ) as Promise<PlannedReminderRow[]>;
  }

  /** One keyset page ordered by (due_on, id). */
  findPage(organisationId: string, options: TaskPageOptions): Promise<TaskView[]> {
    return this.tasks.manager.query(
      prepared(`${VIEW_SELECT}
        where t.organisation_id = $1 and ${VISIBLE_TO}
          and t.status = $3
          and (cast($4 as uuid) is null or t.assignee_id = $4)
          and (cast($5 as date) is null or (t.due_on, t.id) > (cast($5 as date), cast($6 as uuid)))
        order by t.due_on, t.id
        limit $7`),
      [
        organisationId,
        options.visibleTo,
        options.status,
        options.assigneeId,
        options.after?.dueOn ?? null,
        options.after?.id ?? null,
        options.limit,
      ],
    ) as Promise<TaskView[]>;
  }

  /** The task if the actor may see it (organisation, and assignment for advocates), row-locked. */
  async getVisibleForUpdateOrNull(
    manager: EntityManager,
    organisationId: string,
    taskId: string,
    visibleTo: string | null,
  ): Promise<Pick<TaskEntity, 'id' | 'caseId' | 'status' | 'assigneeId'> | null> {
    const rows = (await manager.query(
      `select t.id, t.case_id as "caseId", t.status, t.assignee_id as "assigneeId" from task t
        where t.organisation_id = $1 and ${VISIBLE_TO} and t.id = $3
        for update of t`,
      [organisationId, visibleTo, taskId],
    )) as Array<Pick<TaskEntity, 'id' | 'caseId' | 'status' | 'assigneeId'>>;
    return rows[0] ?? null;
  }

  async getViewOrFail(
    manager: EntityManager,
    organisationId: string,
    taskId: string,
  ): Promise<TaskView> {
    const rows = (await manager.query(`${VIEW_SELECT} where t.organisation_id = $1 and t.id = $2`, [
      organisationId,
      taskId,
    ])) as TaskView[];
    const row = rows[0];
    if (!row) throw new Error(`task ${taskId} vanished inside its own transaction`);
    return row;
  }

  /** Marks a task done by a user at an instant (ck_task_completion: done iff completed_at). */
  async markDone(
    manager: EntityManager,
    organisationId: string,
    taskId: string,
    by: string,
    at: Date,
  ): Promise<void> {
    await manager
      .getRepository(TaskEntity)
      .update({ organisationId, id: taskId }, { status: 'done', completedBy: by, completedAt: at });
  }

  async setAssignee(
    manager: EntityManager,
    organisationId: string,
    taskId: string,
    assigneeId: string,
  ): Promise<void> {
    await manager.getRepository(TaskEntity).update({ organisationId, id: taskId }, { assigneeId });
  }

  /** Whether a user is an active advocate or supervisor of the organisation. */
  async isAssignable(
    manager: EntityManager,
    organisationId: string,
    userId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `select 1 from app_user
        where organisation_id = $1 and id = $2 and role in ('advocate', 'supervisor') and disabled_at is null`,
      [organisationId, userId],
    )) as unknown[];
    return rows.length > 0;
  }
}
