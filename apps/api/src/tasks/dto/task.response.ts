import type { AdvocateRef, TaskResponse } from '@haven/contracts';

import type { TaskView } from '../tasks.repository';

function person(id: string | null, name: string | null): AdvocateRef | null {
  return id ? { id, displayName: name ?? '' } : null;
}

/** Allow-list of what a task shows. */
export function toTaskResponse(row: TaskView): TaskResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: row.caseReference,
    clientName: row.clientName,
    title: row.title,
    dueOn: row.dueOn,
    status: row.status,
    sourceRule: row.sourceRule,
    sourceCitation: row.sourceCitation,
    assignee: person(row.assigneeId, row.assigneeName),
    completedBy: person(row.completedById, row.completedByName),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}
