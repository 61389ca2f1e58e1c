import { RulesInputError } from '@haven/rules';

import type { Actor } from '@api/auth/actor';
import { DomainError } from '@api/common/errors/domain-error';

import {
  assertMayOverride,
  assertReliefsInCatalogue,
  isBefore,
  parentStatusAfterChild,
  reliefsOutsideCatalogue,
  toRequestRefusal,
} from './order-checks';

const actor = (role: Actor['role']): Actor => ({
  userId: 'u',
  organisationId: 'o',
  role,
  sessionId: 's',
});

describe('isBefore', () => {
  it.each([
    [{ date: '2026-11-22' }, { date: '2026-11-23', time: '21:40' }, true],
    [{ date: '2026-11-23', time: '21:39' }, { date: '2026-11-23', time: '21:40:00' }, true],
    [{ date: '2026-11-23', time: '21:40' }, { date: '2026-11-23', time: '21:40' }, false],
    [{ date: '2026-11-23' }, { date: '2026-11-23', time: '21:40' }, false],
    [{ date: '2026-11-23', time: '08:00' }, { date: '2026-11-23', time: null }, false],
    [{ date: '2026-11-24', time: '00:01' }, { date: '2026-11-23', time: '23:59' }, false],
  ])('%j before %j is %s', (a, b, expected) => {
    expect(isBefore(a, b)).toBe(expected);
  });
});

describe('relief catalogue', () => {
  it('lets a FA EPO bar physical presence but not a final order', () => {
    expect(reliefsOutsideCatalogue('FA_EPO', ['NO_PHYSICAL_PRESENCE', 'NO_CONTACT'])).toEqual([]);
    expect(reliefsOutsideCatalogue('FA_PO', ['NO_PHYSICAL_PRESENCE', 'NO_CONTACT'])).toEqual([
      'NO_PHYSICAL_PRESENCE',
    ]);
  });

  it("does not limit an out-of-state order, whose issuing state's law decides", () => {
    expect(reliefsOutsideCatalogue('OOS', ['TREATMENT', 'FIREARM_BAN'])).toEqual([]);
  });

  it('refuses with a 400 naming reliefs, listing what the kind may grant with its citation', () => {
    const thrown = (() => {
      try {
        assertReliefsInCatalogue('ESRO', ['NO_CONTACT']);
      } catch (err) {
        return err as DomainError;
      }
      throw new Error('expected a refusal');
    })();
    expect(thrown).toMatchObject({
      code: 'RELIEF_NOT_IN_CATALOGUE',
      kind: 'invalid',
      field: 'reliefs',
    });
    expect(thrown.message).toContain('FIREARM_BAN');
  });
});

describe('parentStatusAfterChild', () => {
  it.each([
    ['FA_EPO', 'FA_PPO', null],
    ['FA_EPO', 'FA_EPO', 'superseded'],
    ['FA_PPO', 'FA_PO', 'superseded'],
    ['AOV_PPO', 'AOV_PO', 'superseded'],
    ['ESRO', 'FSRO', 'superseded'],
    ['FA_PO', 'FA_PO', 'superseded'],
    ['AOV_EPO', 'AOV_PPO', null],
  ] as const)('a %s followed by a %s becomes %s', (parent, child, expected) => {
    expect(parentStatusAfterChild(parent, child)).toBe(expected);
  });
});

describe('assertMayOverride', () => {
  it('lets only a supervisor give an override reason', () => {
    expect(() => assertMayOverride(actor('supervisor'), 'stated on the order')).not.toThrow();
    expect(() => assertMayOverride(actor('advocate'), undefined)).not.toThrow();
    expect(() => assertMayOverride(actor('advocate'), 'stated on the order')).toThrow(
      expect.objectContaining({ code: 'OVERRIDE_REQUIRES_SUPERVISOR', kind: 'forbidden' }),
    );
  });
});

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
