import type { CaseSort } from '@haven/contracts';
import { isValidIsoDate } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';
import { isUuid } from '@api/common/validation/is-uuid';

/** The orders a caseload can be read in; each is a keyset over (key, id). */
export const CASE_SORTS: readonly CaseSort[] = ['newest', 'oldest', 'next_deadline'];

/** The key cases with no deadline sort under (caseload-query.ts, case_assignment.case_next_due_key). */
export const NO_DEADLINE = '9999-12-31';

/**
 * Keyset position in a caseload: the sort it belongs to, the last row's sort key (an ISO instant
 * with microseconds for newest/oldest, a date for next_deadline, where cases with no deadline sort
 * last as 9999-12-31) and its id. A cursor from one sort is refused under another.
 */
export interface CaseCursor {
  sort: CaseSort;
  key: string;
  id: string;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;

/** The keys this API writes into cursors, and no other: PostgreSQL casts the key unchecked. */
const IS_KEY: Record<CaseSort, (key: string) => boolean> = {
  newest: isInstantKey,
  oldest: isInstantKey,
  next_deadline: (key) => key === NO_DEADLINE || isValidIsoDate(key),
};

function isInstantKey(key: string): boolean {
  const date = INSTANT.exec(key)?.[1];
  return date !== undefined && isValidIsoDate(date);
}

export function encodeCaseCursor(cursor: CaseCursor): string {
  return Buffer.from([cursor.sort, cursor.key, cursor.id].join('|')).toString('base64url');
}

/**
 * The position a cursor holds, checked as strictly as any query parameter: a real date or instant
 * (years 1900 to 2200, as the rules library reads dates), a UUID, the sort asked for, and exactly
 * the text this API encodes, so base64 that decodes leniently is refused too.
 */
export function decodeCaseCursor(value: string, sort: CaseSort): CaseCursor {
  const [cursorSort, key, id, ...rest] = Buffer.from(value, 'base64url')
    .toString('utf8')
    .split('|');
  const valid =
    rest.length === 0 &&
    cursorSort === sort &&
    key !== undefined &&
    IS_KEY[sort](key) &&
    isUuid(id) &&
    encodeCaseCursor({ sort, key, id }) === value;
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
