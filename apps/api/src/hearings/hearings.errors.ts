import { DomainError } from '@api/common/errors/domain-error';

export function hearingNotFound(): DomainError {
  return new DomainError('HEARING_NOT_FOUND', 'not_found', 'Hearing not found.');
}

export function orderNotFound(): DomainError {
  return new DomainError('ORDER_NOT_FOUND', 'not_found', 'Order not found.');
}

export function hearingAlreadyClosed(): DomainError {
  return new DomainError(
    'HEARING_ALREADY_CLOSED',
    'conflict',
    'This hearing already has an outcome; a continued hearing goes on as the hearing that replaced it.',
  );
}

/** No hearing before the petition is filed (issue 5): the court has nothing to hear yet. */
export function hearingBeforePetition(firstFiledOn: string | null): DomainError {
  return new DomainError(
    'HEARING_BEFORE_PETITION',
    'invalid',
    firstFiledOn
      ? `A hearing cannot be scheduled before the petition was filed (${firstFiledOn}).`
      : 'A hearing cannot be scheduled before a petition is filed: record the petition first.',
    'scheduledOn',
  );
}

export function continuanceNotLater(originalOn: string): DomainError {
  return new DomainError(
    'CONTINUANCE_NOT_LATER',
    'invalid',
    `A continuance moves the hearing to a later day than ${originalOn}.`,
    'scheduledOn',
  );
}

export function heldBeforeScheduled(scheduledOn: string): DomainError {
  return new DomainError(
    'HEARING_HELD_BEFORE_SCHEDULED',
    'invalid',
    `The hearing was scheduled for ${scheduledOn}; it cannot have been held before that day.`,
    'heldOn',
  );
}

export function heldInFuture(): DomainError {
  return new DomainError(
    'HEARING_HELD_IN_FUTURE',
    'invalid',
    'An outcome can only be recorded for a hearing day that has come.',
    'heldOn',
  );
}
