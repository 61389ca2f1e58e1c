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

  it('reads the no-deadline key that the next-deadline sort pages through last', () => {
    const last = { sort: 'next_deadline' as const, key: '9999-12-31', id: ID };
    expect(decodeCaseCursor(encodeCaseCursor(last), 'next_deadline')).toEqual(last);
  });

  const forged = (sort: string, key: string, id = ID) =>
    Buffer.from(`${sort}|${key}|${id}`).toString('base64url');

  it.each([
    ['an impossible date', 'next_deadline', '2026-02-30'],
    ['year 0000', 'next_deadline', '0000-01-01'],
    ['a year past the range dates are read in', 'next_deadline', '2201-01-01'],
    ['the no-deadline key as an instant', 'newest', '9999-12-31T00:00:00.000000Z'],
    ['an impossible day in an instant', 'newest', '2026-02-30T10:00:00.000000Z'],
    ['year 0000 in an instant', 'oldest', '0000-01-01T00:00:00.000000Z'],
    ['hour 24', 'newest', '2026-11-23T24:00:00.000000Z'],
    ['minute 60', 'newest', '2026-11-23T10:60:00.000000Z'],
  ])('refuses a hand-made cursor with %s', (_what, sort, key) => {
    expect(fieldOf(() => decodeCaseCursor(forged(sort, key), sort as 'newest'))).toBe('cursor');
  });

  it('refuses a hand-made cursor whose id is not a UUID', () => {
    const dashes = forged('newest', '2026-11-23T14:05:06.789123Z', '-'.repeat(36));
    expect(fieldOf(() => decodeCaseCursor(dashes, 'newest'))).toBe('cursor');
    const bare = forged('newest', '2026-11-23T14:05:06.789123Z', ID.replaceAll('-', ''));
    expect(fieldOf(() => decodeCaseCursor(bare, 'newest'))).toBe('cursor');
  });

  it('refuses a cursor that only decodes leniently (padding, stray characters)', () => {
    const cursor = encodeCaseCursor({ sort: 'newest', key: '2026-11-23T14:05:06.789123Z', id: ID });
    expect(fieldOf(() => decodeCaseCursor(`${cursor}==`, 'newest'))).toBe('cursor');
    expect(fieldOf(() => decodeCaseCursor(`!${cursor}`, 'newest'))).toBe('cursor');
  });
});
