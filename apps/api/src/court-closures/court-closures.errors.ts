import { DomainError } from '@api/common/errors/domain-error';

export function courtClosureNotFound(): DomainError {
  return new DomainError('COURT_CLOSURE_NOT_FOUND', 'not_found', 'Court closure not found.');
}

export function rangeReversed(): DomainError {
  return new DomainError('INVALID_RANGE', 'invalid', 'must not be before from', 'to');
}

/**
 * The new calendar makes a stored fact of some case invalid (e.g. a stated expiry now past its
 * statutory maximum). Admins see no case data, so the message names neither case nor fact.
 */
export function calendarChangeRefused(cause: unknown): DomainError {
  return new DomainError(
    'CLOSURE_CONFLICTS_WITH_CASE',
    'conflict',
    'With this change the stored facts of an open case no longer agree with the rules; a supervisor must review the case first. Nothing was changed.',
    undefined,
    { cause },
  );
}
