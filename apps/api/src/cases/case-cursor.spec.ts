import { DomainError } from '@api/common/errors/domain-error';

import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';

const ID = '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return (err as DomainError).field;
  }
  throw new Error('expected a refusal');
}

describe('case list cursor', () => {
  it('round-trips a position for each sort', () => {
    const newest = { sort: 'newest' as const, key: '2026-11-23T14:05:06.789123Z', id: ID };
    const byDeadline = { sort: 'next_deadline' as const, key: '2026-12-01', id: ID };
    expect(decodeCaseCursor(encodeCaseCursor(newest), 'newest')).toEqual(newest);
    expect(decodeCaseCursor(encodeCaseCursor(byDeadline), 'next_deadline')).toEqual(byDeadline);
  });

  it('refuses a cursor given out for another sort', () => {
    const cursor = encodeCaseCursor({ sort: 'newest', key: '2026-11-23T14:05:06.789123Z', id: ID });
    expect(fieldOf(() => decodeCaseCursor(cursor, 'oldest'))).toBe('cursor');
  });

  it('refuses forged cursors naming the cursor field', () => {
    expect(fieldOf(() => decodeCaseCursor('bm90LWEtY3Vyc29y', 'newest'))).toBe('cursor');
    expect(fieldOf(() => decodeCaseCursor("' OR 1=1--", 'newest'))).toBe('cursor');
    const sqlKey = Buffer.from(`next_deadline|2026-01-01' or 1=1|${ID}`).toString('base64url');
    expect(fieldOf(() => decodeCaseCursor(sqlKey, 'next_deadline'))).toBe('cursor');
  });
});
