import type { Actor } from '@api/common/actor';
import type { DomainError } from '@api/common/errors/domain-error';

import {
  assertMayOverride,
  assertReliefsInCatalogue,
  isBefore,
  parentStatusAfterChild,
  reliefsOutsideCatalogue,
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
