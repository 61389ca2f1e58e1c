import { isValidIsoDate } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';
import { isUuid } from '@api/common/validation/is-uuid';

/** Keyset position in a task list ordered by (due_on, id). */
export interface TaskCursor {
  dueOn: string;
  id: string;
}

export function encodeTaskCursor(cursor: TaskCursor): string {
  return Buffer.from(`${cursor.dueOn}|${cursor.id}`).toString('base64url');
}

/**
 * The position a cursor holds, checked as strictly as any query parameter: a real date (years
 * 1900 to 2200, as the rules library reads dates), a UUID, and exactly the text this API encodes.
 * PostgreSQL casts both unchecked, so anything looser would fail the query with a 500.
 */
export function decodeTaskCursor(value: string): TaskCursor {
  const [dueOn, id, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (
    rest.length > 0 ||
    !isValidIsoDate(dueOn) ||
    !isUuid(id) ||
    encodeTaskCursor({ dueOn, id }) !== value
  ) {
    throw new DomainError(
      'INVALID_CURSOR',
      'invalid',
      'is not a cursor this API gave out',
      'cursor',
    );
  }
  return { dueOn, id };
}
