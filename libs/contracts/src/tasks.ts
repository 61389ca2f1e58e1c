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
  dueOn: string;
  status: TaskStatus;
  sourceRule: string | null;
  /** The citation of the rule the task comes from, verbatim; null for tasks no rule made. */
  sourceCitation: string | null;
  assignee: AdvocateRef | null;
  completedBy: AdvocateRef | null;
  completedAt: string | null;
  createdAt: string;
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
