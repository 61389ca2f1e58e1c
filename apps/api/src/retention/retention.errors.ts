import { DomainError } from '@api/common/errors/domain-error';

export const retentionBelowMinimum = (minimum: number): DomainError =>
  new DomainError(
    'RETENTION_BELOW_FUNDER_MINIMUM',
    'invalid',
    `The retention period may not be shorter than the funders' minimum of ${minimum} years.`,
    'retentionYears',
  );

export const casePurged = (): DomainError =>
  new DomainError(
    'CASE_PURGED',
    'conflict',
    'The case was purged under the retention policy; there is nothing left to hold.',
  );

export const noLegalHold = (): DomainError =>
  new DomainError('LEGAL_HOLD_NOT_FOUND', 'not_found', 'The case has no legal hold.');
