import type { AdvocateRef, PlannedReminderResponse, TaskResponse } from '@haven/contracts';

import type { PlannedReminderRow, TaskView } from '../tasks.repository';

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
    forDay: row.forDay,
    deadlineOn: row.deadlineOn,
    status: row.status,
    sourceRule: row.sourceRule,
    sourceCitation: row.sourceCitation,
    assignee: person(row.assigneeId, row.assigneeName),
    completedBy: person(row.completedById, row.completedByName),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Allow-list of a planned reminder. */
export function toPlannedReminderResponse(row: PlannedReminderRow): PlannedReminderResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: row.caseReference,
    clientName: row.clientName,
    title: row.title,
    forDay: row.forDay,
    deadlineOn: row.deadlineOn,
    ruleId: row.ruleId,
    citation: row.citation,
  };
}
