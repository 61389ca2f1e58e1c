import { DomainError } from '@api/common/errors/domain-error';

/** A 400 naming the request field a domain check refused. */
export function invalidMoveField(code: string, field: string, message: string): DomainError {
  return new DomainError(code, 'invalid', message, field);
}

export function moveDateInFuture(field: 'movedOn' | 'noticeReceivedOn'): DomainError {
  return invalidMoveField(
    'DATE_IN_FUTURE',
    field,
    'The date cannot be a day that has not come yet.',
  );
}

export function noticeBeforeMove(): DomainError {
  return invalidMoveField(
    'NOTICE_BEFORE_MOVE',
    'noticeReceivedOn',
    'The court cannot have received notice of a move before the move.',
  );
}
