import { isValidIsoDate } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';
import { isUuid } from '@api/common/validation/is-uuid';

/**
 * Keyset position in a board group (advocate id, or the nil UUID for the unassigned group), in
 * its order: due date, time (untimed as 00:00), kind, id.
 */
export interface BoardCursor {
  groupKey: string;
  dueOn: string;
  sortTime: string;
  itemType: 'deadline' | 'task';
  itemId: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

export function encodeBoardCursor(cursor: BoardCursor): string {
  const { groupKey, dueOn, sortTime, itemType, itemId } = cursor;
  const text = `${groupKey}|${dueOn}|${sortTime}|${itemType}|${itemId}`;
  return Buffer.from(text).toString('base64url');
}

/**
 * The position a cursor holds, checked as strictly as any query parameter (a real date, a time, a
 * kind, a UUID, and exactly the text this API encodes): PostgreSQL casts them unchecked, so
 * anything looser would fail the query with a 500.
 */
export function decodeBoardCursor(value: string): BoardCursor {
  const [groupKey, dueOn, sortTime, itemType, itemId, ...rest] = Buffer.from(value, 'base64url')
    .toString('utf8')
    .split('|');
  if (
    rest.length === 0 &&
    isUuid(groupKey) &&
    isValidIsoDate(dueOn) &&
    sortTime !== undefined &&
    TIME.test(sortTime) &&
    (itemType === 'deadline' || itemType === 'task') &&
    isUuid(itemId)
  ) {
    const cursor: BoardCursor = { groupKey, dueOn, sortTime, itemType, itemId };
    if (encodeBoardCursor(cursor) === value) return cursor;
  }
  throw new DomainError('INVALID_CURSOR', 'invalid', 'is not a cursor this API gave out', 'cursor');
}
