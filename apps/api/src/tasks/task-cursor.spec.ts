import { DomainError } from '@api/common/errors/domain-error';

import { decodeTaskCursor, encodeTaskCursor } from './task-cursor';

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

const forged = (text: string) => Buffer.from(text).toString('base64url');

describe('task list cursor', () => {
  it('round-trips a position', () => {
    const position = { dueOn: '2026-12-01', id: ID };
    expect(decodeTaskCursor(encodeTaskCursor(position))).toEqual(position);
  });

  it.each([
    ['an id of 36 dashes', `2026-12-01|${'-'.repeat(36)}`],
    ['an id of hex without dashes', `2026-12-01|${ID.replaceAll('-', '')}`],
    ['an impossible date', `2026-02-30|${ID}`],
    ['year 0000', `0000-01-01|${ID}`],
    ['a third part', `2026-12-01|${ID}|x`],
    ['no id', '2026-12-01'],
  ])('refuses a hand-made cursor with %s, naming the cursor', (_what, text) => {
    expect(fieldOf(() => decodeTaskCursor(forged(text)))).toBe('cursor');
  });

  it('refuses text that is not base64url of a cursor', () => {
    expect(fieldOf(() => decodeTaskCursor("' OR 1=1--"))).toBe('cursor');
    expect(
      fieldOf(() => decodeTaskCursor(`${encodeTaskCursor({ dueOn: '2026-12-01', id: ID })}=`)),
    ).toBe('cursor');
  });
});
