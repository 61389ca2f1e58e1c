import { describe, expect, it } from 'vitest';

import { changedFields } from './correction-form';

describe('changedFields', () => {
  it('keeps only what changed, trimmed, and turns a cleared optional field into null', () => {
    expect(
      changedFields(
        { fullName: 'Wren Halloway', dateOfBirth: '1990-04-02', knownFirearms: false },
        { fullName: ' Wren Holloway ', dateOfBirth: '', knownFirearms: false },
        ['dateOfBirth'],
      ),
    ).toEqual({ fullName: 'Wren Holloway', dateOfBirth: null });
  });

  it('sends nothing when nothing changed', () => {
    expect(changedFields({ a: 'x' }, { a: 'x ' })).toEqual({});
  });
});
