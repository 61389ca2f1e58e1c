import { createHash, randomBytes } from 'node:crypto';

import { SEEDED_SECRETS } from '@haven/testing';

import { BlindIndex } from './blind-index';

describe('BlindIndex (keyed HMAC for encrypted equality search)', () => {
  const index = new BlindIndex(randomBytes(32));
  const orgA = '11111111-1111-4111-8111-111111111111';
  const orgB = '22222222-2222-4222-8222-222222222222';

  it('matches the same phone however it is written', () => {
    expect(index.of(orgA, 'phone', SEEDED_SECRETS.phone)).toBe(
      index.of(orgA, 'phone', '+1 (540) 555 0199'),
    );
  });

  it('is not an unkeyed hash of the value', () => {
    const plainHash = createHash('sha256').update('5405550199').digest('base64url');
    expect(index.of(orgA, 'phone', SEEDED_SECRETS.phone)).not.toBe(plainHash);
  });

  it('differs between organisations for the same phone', () => {
    expect(index.of(orgA, 'phone', SEEDED_SECRETS.phone)).not.toBe(
      index.of(orgB, 'phone', SEEDED_SECRETS.phone),
    );
  });

  it('finds a value indexed under a previous key while rotation recomputes the column', () => {
    const oldKey = randomBytes(32);
    const old = new BlindIndex(oldKey);
    const oldKeyed = old.of(orgA, 'phone', SEEDED_SECRETS.phone);
    const rotating = new BlindIndex(randomBytes(32), [oldKey]);
    expect(rotating.of(orgA, 'phone', SEEDED_SECRETS.phone)).not.toBe(oldKeyed);
    expect(rotating.candidates(orgA, 'phone', SEEDED_SECRETS.phone)).toEqual([
      rotating.of(orgA, 'phone', SEEDED_SECRETS.phone),
      oldKeyed,
    ]);
    expect(rotating.fingerprint()).not.toBe(old.fingerprint());
  });

  it('refuses a short key', () => {
    expect(() => new BlindIndex(randomBytes(16))).toThrow(/32 bytes/);
  });
});
