import { DomainError } from '@api/common/errors/domain-error';

/** Another organisation's task, a task of a case the advocate does not work, or none at all. */
export function taskNotFound(): DomainError {
  return new DomainError('TASK_NOT_FOUND', 'not_found', 'Task not found.');
}

export function taskNotOpen(status: string): DomainError {
  return new DomainError(
    'TASK_NOT_OPEN',
    'conflict',
    `The task is ${status}; only an open task can change.`,
  );
}

export function assigneeNotEligible(): DomainError {
  return new DomainError(
    'ASSIGNEE_NOT_ELIGIBLE',
    'invalid',
    'must be an active advocate or supervisor of this organisation',
    'assigneeId',
  );
}
