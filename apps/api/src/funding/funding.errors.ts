import { DomainError } from '@api/common/errors/domain-error';

export function fundingSourceNotFound(field?: string): DomainError {
  return new DomainError(
    'FUNDING_SOURCE_NOT_FOUND',
    field ? 'invalid' : 'not_found',
    field ? 'must name a funding source of the organisation' : 'Funding source not found.',
    field,
  );
}

export function fundingSourceNameTaken(): DomainError {
  return new DomainError(
    'FUNDING_SOURCE_NAME_TAKEN',
    'conflict',
    'another funding source already has this name',
    'name',
  );
}

export function endsBeforeStarts(field = 'endsOn'): DomainError {
  return new DomainError('INVALID_RANGE', 'invalid', 'must not be before startsOn', field);
}
