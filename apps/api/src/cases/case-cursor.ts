import type { CaseSort } from '@haven/contracts';

import { DomainError } from '@api/common/errors/domain-error';

/** The orders a caseload can be read in; each is a keyset over (key, id). */
export const CASE_SORTS: readonly CaseSort[] = ['newest', 'oldest', 'next_deadline'];

/**
 * Keyset position in a caseload: the sort it belongs to, the last row's sort key (an ISO instant
 * for newest/oldest, a date for next_deadline, where cases with no deadline sort last as
 * 9999-12-31) and its id. A cursor from one sort is refused under another.
 */
export interface CaseCursor {
  sort: CaseSort;
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY: Record<CaseSort, RegExp> = {
  newest: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  oldest: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  next_deadline: /^\d{4}-\d{2}-\d{2}$/,
};

export function encodeCaseCursor(cursor: CaseCursor): string {
  return Buffer.from([cursor.sort, cursor.key, cursor.id].join('|')).toString('base64url');
}

export function decodeCaseCursor(value: string, sort: CaseSort): CaseCursor {
  const [cursorSort, key, id, ...rest] = Buffer.from(value, 'base64url')
    .toString('utf8')
    .split('|');
  const valid =
    rest.length === 0 &&
    cursorSort === sort &&
    key !== undefined &&
    KEY[sort].test(key) &&
    id !== undefined &&
    UUID.test(id) &&
    !Number.isNaN(new Date(sort === 'next_deadline' ? key : key.slice(0, 23) + 'Z').getTime());
  if (!valid) {
    throw new DomainError(
      'INVALID_CURSOR',
      'invalid',
      'is not a cursor this API gave out for this sort',
      'cursor',
    );
  }
  return { sort, key, id };
}
