import { DomainError } from '@api/common/errors/domain-error';

export function petitionFiledInFuture(): DomainError {
  return new DomainError(
    'PETITION_FILED_IN_FUTURE',
    'invalid',
    'A petition cannot be recorded as filed on a day that has not come yet.',
    'filedOn',
  );
}
