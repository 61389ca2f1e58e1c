import { DomainError } from '@api/common/errors/domain-error';

/** Redis did not answer in time: the dashboard says so at once instead of hanging (503). */
export function queueUnavailable(cause: unknown): DomainError {
  return new DomainError(
    'QUEUE_UNAVAILABLE',
    'unavailable',
    'The job queue is not answering; try again in a moment.',
    undefined,
    { cause },
  );
}
