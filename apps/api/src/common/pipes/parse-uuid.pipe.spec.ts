import { BadRequestException } from '@nestjs/common';

import { ParseUuidPipe } from './parse-uuid.pipe';

const pipe = new ParseUuidPipe();
const asCaseId = { type: 'param', data: 'caseId' } as const;

function refusal(value: unknown): unknown {
  try {
    pipe.transform(value, asCaseId);
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestException);
    return (err as BadRequestException).getResponse();
  }
  throw new Error('expected a refusal');
}

describe('ParseUuidPipe', () => {
  it('passes a UUID through unchanged, in either case', () => {
    expect(pipe.transform('0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11', asCaseId)).toBe(
      '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11',
    );
    expect(pipe.transform('0B7C1A52-8F4E-4D7A-9A51-3F0C2B9D6E11', asCaseId)).toBe(
      '0B7C1A52-8F4E-4D7A-9A51-3F0C2B9D6E11',
    );
  });

  it.each([
    ['36 dashes', '-'.repeat(36)],
    ['a word', 'not-a-uuid'],
    ['SQL', "' OR 1=1--"],
    ['a NUL', '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e1\u0000'],
    ['a UUID with a trailing newline', '0b7c1a52-8f4e-4d7a-9a51-3f0c2b9d6e11\n'],
  ])('refuses %s naming the parameter', (_what, value) => {
    expect(refusal(value)).toEqual({
      error: 'validation_failed',
      fields: [{ field: 'caseId', message: 'must be a UUID' }],
    });
  });
});
