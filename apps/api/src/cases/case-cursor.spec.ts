import { DomainError } from '@api/common/errors/domain-error';

import { decodeCaseCursor, encodeCaseCursor } from './case-cursor';

describe('case list cursor', () => {
  it('round-trips a position', () => {
    const position = {
      createdAt: new Date('2026-11-23T14:05:06.789Z'),
      id: '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11',
    };
    expect(decodeCaseCursor(encodeCaseCursor(position))).toEqual(position);
  });

  it('refuses a forged cursor naming the cursor field', () => {
    expect(() => decodeCaseCursor('bm90LWEtY3Vyc29y')).toThrow(DomainError);
    try {
      decodeCaseCursor("' OR 1=1--");
    } catch (err) {
      expect((err as DomainError).field).toBe('cursor');
    }
  });
});
