import { isValidIsoDate } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';
import { isUuid } from '@api/common/validation/is-uuid';

import type { AtRiskKey, AtRiskSource } from './at-risk.repository';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const SOURCES: readonly string[] = ['1', '2', '3'];

/** The position after the last item of a page: its due day, time, order and source. */
export function encodeAtRiskCursor(key: AtRiskKey): string {
  return Buffer.from([key.dueOn, key.dueTime ?? '', key.orderId, key.source].join('|')).toString(
    'base64url',
  );
}

/**
 * The position a cursor holds, checked as strictly as any query parameter (PostgreSQL casts its
 * parts): a real date, a time or none, a UUID, a source, and exactly the text this API encodes.
 */
export function decodeAtRiskCursor(value: string): AtRiskKey {
  const [dueOn, dueTime, orderId, source, ...rest] = Buffer.from(value, 'base64url')
    .toString('utf8')
    .split('|');
  const valid =
    rest.length === 0 &&
    dueOn !== undefined &&
    isValidIsoDate(dueOn) &&
    dueTime !== undefined &&
    (dueTime === '' || TIME.test(dueTime)) &&
    isUuid(orderId) &&
    source !== undefined &&
    SOURCES.includes(source);
  const key: AtRiskKey | null = valid
    ? {
        dueOn,
        dueTime: dueTime === '' ? null : dueTime,
        orderId,
        source: Number(source) as AtRiskSource,
      }
    : null;
  if (!key || encodeAtRiskCursor(key) !== value) {
    throw new DomainError(
      'INVALID_CURSOR',
      'invalid',
      'is not a cursor this API gave out for this list',
      'after',
    );
  }
  return key;
}
