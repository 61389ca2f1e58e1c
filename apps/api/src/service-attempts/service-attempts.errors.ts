import { DomainError } from '@api/common/errors/domain-error';

export function orderNotFound(): DomainError {
  return new DomainError('ORDER_NOT_FOUND', 'not_found', 'Order not found.');
}

export function serviceAttemptNotFound(): DomainError {
  return new DomainError('SERVICE_ATTEMPT_NOT_FOUND', 'not_found', 'Service attempt not found.');
}

/** No service before issuance (issue 5): there was no order to serve yet. */
export function serviceBeforeIssuance(
  field: 'attemptedOn' | 'attemptedTime',
  issuedAt: string,
): DomainError {
  return new DomainError(
    'SERVICE_BEFORE_ISSUANCE',
    'invalid',
    `The order was issued ${issuedAt}; it cannot have been served or attempted before that.`,
    field,
  );
}

export function serviceInFuture(): DomainError {
  return new DomainError(
    'SERVICE_ATTEMPT_IN_FUTURE',
    'invalid',
    'A service attempt can only be recorded for a day that has come.',
    'attemptedOn',
  );
}
