import { validateSync, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { toFieldErrors } from './validation';

class Inner {
  @IsString() name!: unknown;
}

class Outer {
  @ValidateNested() @Type(() => Inner) inner!: Inner;
}

describe('toFieldErrors', () => {
  it('names nested fields by their dotted path, without the property in the message', () => {
    const outer = Object.assign(new Outer(), { inner: Object.assign(new Inner(), { name: 1 }) });
    expect(toFieldErrors(validateSync(outer))).toEqual([
      { field: 'inner.name', message: 'must be a string' },
    ]);
  });

  it('reads a property name that is no regular expression (a client may send any)', () => {
    const error = {
      property: 'a)(',
      constraints: { whitelistValidation: 'property a)( should not exist' },
    };
    expect(toFieldErrors([error])).toEqual([
      { field: 'a)(', message: 'property a)( should not exist' },
    ]);
  });

  it('names the body when the value validated was not an object at all', () => {
    expect(toFieldErrors(validateSync([] as unknown as object))).toEqual([
      { field: 'body', message: 'an unknown value was passed to the validate function' },
    ]);
  });
});
