import { DomainError } from '@api/common/errors/domain-error';

export function petitionFiledInFuture(): DomainError {
  return new DomainError(
    'PETITION_FILED_IN_FUTURE',
    'invalid',
    'A petition cannot be recorded as filed on a day that has not come yet.',
    'filedOn',
  );
}

/** R09a: a Military Protective Order is a basis of a preliminary-order petition only. */
export function militaryOrderNotPreliminary(): DomainError {
  return new DomainError(
    'MILITARY_ORDER_NOT_PRELIMINARY',
    'invalid',
    'A Military Protective Order is recorded as a basis of a preliminary-order petition (FA_PPO or AOV_PPO) only (Va. Code § 16.1-253.1(A)).',
    'militaryProtectiveOrder',
  );
}
