import { DomainError } from '@api/common/errors/domain-error';

export function noteNotFound(): DomainError {
  return new DomainError('CASE_NOTE_NOT_FOUND', 'not_found', 'Note not found.');
}
