import type { AdvocateRef } from './cases';

/** A task's life: open until someone completes or cancels it. */
export type TaskStatus = 'open' | 'done' | 'cancelled';

/** Every task status. */
export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'done', 'cancelled'];

/** Whose tasks to list: the caller's own, or everyone's the caller may see. */
export type TaskAssigneeFilter = 'me' | 'any';

/** GET /api/tasks query. Pages are ordered by (dueOn, id); pass `nextCursor` back as `cursor`. */
export interface ListTasksQuery {
  status?: TaskStatus;
  assignee?: TaskAssigneeFilter;
  cursor?: string;
  limit?: number;
}

/** One task, with its case's reference and client name (never a confidential field). */
export interface TaskResponse {
  id: string;
  caseId: string;
  caseReference: string;
  clientName: string;
  title: string;
  /** The legal deadline the task serves for a task a follow-up made (its act-by day), else its due day. */
  dueOn: string;
  /** The day the reminder is for: the follow-up's planned day, or `dueOn` for a task made by hand. */
  forDay: string;
  /** The legal deadline the task serves, when a follow-up made it; null for a task made by hand. */
  deadlineOn: string | null;
  status: TaskStatus;
  sourceRule: string | null;
  /** The citation of the rule the task comes from, verbatim; null for tasks no rule made. */
  sourceCitation: string | null;
  assignee: AdvocateRef | null;
  completedBy: AdvocateRef | null;
  completedAt: string | null;
  createdAt: string;
  /** The prefilled draft this task asks for (the motion to extend for "File the motion"), or null. */
  draft: TaskDraftLink | null;
}

/**
 * A task's link to its prefilled draft: POST `api` with `body` answers the DOCX
 * (POST /api/cases/:caseId/documents/extension-motion { orderId }).
 */
export interface TaskDraftLink {
  kind: 'extension_motion';
  caseId: string;
  orderId: string;
  /** The API path to POST, e.g. '/api/cases/<caseId>/documents/extension-motion'. */
  api: string;
  body: { orderId: string };
}

/** A page of tasks. */
export interface TaskListResponse {
  items: TaskResponse[];
  nextCursor: string | null;
}

/** PUT /api/tasks/:taskId/assignee body. */
export interface ReassignTaskRequest {
  assigneeId: string;
}

/** GET /api/tasks/planned query: one case's planned reminders, or every case the caller may see. */
export interface ListPlannedRemindersQuery {
  caseId?: string;
}

/** A reminder the rules planned that has not fallen due yet (it becomes a task on its day). */
export interface PlannedReminderResponse {
  id: string;
  caseId: string;
  caseReference: string;
  clientName: string;
  title: string;
  /** The day the reminder is for. */
  forDay: string;
  /** The legal deadline it serves. */
  deadlineOn: string;
  ruleId: string | null;
  citation: string | null;
}

/** GET /api/tasks/planned: soonest first. */
export interface PlannedReminderListResponse {
  items: PlannedReminderResponse[];
}
