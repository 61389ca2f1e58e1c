import { RulesInputError } from '@haven/rules';

import { DomainError } from '@api/common/errors/domain-error';

import { toRequestRefusal } from './rules-refusal';

describe('toRequestRefusal', () => {
  const refusal = (
    code: RulesInputError['code'],
    field: string,
    message: string,
    citation?: string,
  ) => {
    const cause = new RulesInputError(code, field, message, citation);
    return new DomainError(code, 'invalid', `${message} (${citation ?? ''})`, field, { cause });
  };

  it('names the stated-expiry field of the request and keeps the citation once', () => {
    const err = toRequestRefusal(
      refusal(
        'STATED_EXPIRY_EXCEEDS_MAXIMUM',
        'events[0].order.statedExpiry',
        'After the maximum (Va. Code § 16.1-279.1(B)).',
        'Va. Code § 16.1-279.1(B)',
      ),
      { statedExpiry: 'statedExpiryOn', other: 'issuedOn' },
    ) as DomainError;
    expect(err).toMatchObject({
      field: 'statedExpiryOn',
      kind: 'invalid',
      code: 'STATED_EXPIRY_EXCEEDS_MAXIMUM',
    });
    expect(err.message.split('Va. Code § 16.1-279.1(B)')).toHaveLength(2);
  });

  it('adds the citation when the rules message lacks it', () => {
    const err = toRequestRefusal(
      refusal(
        'EXPIRY_BEFORE_ISSUANCE',
        'events[1].statedExpiry',
        'Before issuance.',
        'Va. Code § 16.1-253.4',
      ),
      {
        statedExpiry: 'statedExpiryOn',
        other: 'grantedOn',
      },
    ) as DomainError;
    expect(err.message).toBe('Before issuance. (Va. Code § 16.1-253.4)');
  });

  it('maps other paths by their last segment, else to the default field', () => {
    const fields = { byPath: { parentOrderId: 'parentOrderId' }, other: 'issuedOn' };
    expect(
      toRequestRefusal(
        refusal('UNKNOWN_REFERENCE', 'events[3].order.parentOrderId', 'No such order.'),
        fields,
      ),
    ).toMatchObject({
      field: 'parentOrderId',
    });
    expect(
      toRequestRefusal(refusal('INVALID_INPUT', 'events[3].on', 'Before issuance.'), fields),
    ).toMatchObject({ field: 'issuedOn' });
  });

  it('passes anything else through untouched', () => {
    const notFound = new DomainError('CASE_NOT_FOUND', 'not_found', 'Case not found.');
    const boom = new Error('boom');
    expect(toRequestRefusal(notFound, { other: 'x' })).toBe(notFound);
    expect(toRequestRefusal(boom, { other: 'x' })).toBe(boom);
  });
});
