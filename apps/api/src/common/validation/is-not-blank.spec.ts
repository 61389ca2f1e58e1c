import { validateSync } from 'class-validator';

import { IsNotBlank } from './is-not-blank';

class Named {
  @IsNotBlank({ message: 'is required' })
  name!: unknown;

  @IsNotBlank({ each: true })
  courtIds: unknown[] = [];
}

function messages(name: unknown, courtIds: unknown[] = []): string[] {
  const dto = Object.assign(new Named(), { name, courtIds });
  return validateSync(dto).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('IsNotBlank', () => {
  it('accepts a string with any non-whitespace character', () => {
    expect(messages('Ann Doe', ['jdr-richmond'])).toEqual([]);
    expect(messages('  x  ')).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and newlines, which PostgreSQL trim() keeps', '\t\r\n'],
    ['no-break and ideographic spaces', '\u00A0\u3000'],
    ['not a string', 42],
  ])('refuses %s', (_what, value) => {
    expect(messages(value)).toEqual(['is required']);
  });

  it('checks each element of an array when asked to', () => {
    expect(messages('Ann', ['jdr-richmond', ' '])).toEqual(['must not be blank']);
  });
});
