import { DomainError } from '@api/common/errors/domain-error';

export function violationNotFound(): DomainError {
  return new DomainError('VIOLATION_NOT_FOUND', 'not_found', 'Violation not found.');
}

export function violationBeforeIssuance(): DomainError {
  return new DomainError(
    'VIOLATION_BEFORE_ISSUANCE',
    'invalid',
    'A violation cannot have occurred before the order was issued.',
    'occurredOn',
  );
}
