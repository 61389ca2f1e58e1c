import type {
  AdvocateRef,
  PlannedReminderResponse,
  TaskDraftLink,
  TaskResponse,
} from '@haven/contracts';

import { motionDraftOrderId } from '@api/followups/motion-draft';

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
    draft: draftOf(row),
  };
}

function draftOf(row: TaskView): TaskDraftLink | null {
  const orderId = motionDraftOrderId(row.followupKind, row.followupKey);
  if (!orderId) return null;
  return {
    kind: 'extension_motion',
    caseId: row.caseId,
    orderId,
    api: `/api/cases/${row.caseId}/documents/extension-motion`,
    body: { orderId },
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
