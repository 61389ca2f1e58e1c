import { isValidIsoDate } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';

/** Keyset position in a task list ordered by (due_on, id). */
export interface TaskCursor {
  dueOn: string;
  id: string;
}

export function encodeTaskCursor(cursor: TaskCursor): string {
  return Buffer.from(`${cursor.dueOn}|${cursor.id}`).toString('base64url');
}

export function decodeTaskCursor(value: string): TaskCursor {
  const [dueOn, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || !isValidIsoDate(dueOn)) {
    throw new DomainError(
      'INVALID_CURSOR',
      'invalid',
      'is not a cursor this API gave out',
      'cursor',
    );
  }
  return { dueOn: dueOn as string, id };
}
