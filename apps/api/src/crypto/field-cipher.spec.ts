import { randomBytes } from 'node:crypto';

import { SEEDED_SECRETS } from '@haven/testing';

import { DecryptionFailedError, FieldCipher, parseKeyRing } from './field-cipher';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');

describe('FieldCipher (AES-256-GCM envelopes)', () => {
  const cipher = new FieldCipher(parseKeyRing(`k1:${k1}`, 'k1'));

  it('round-trips a confidential value', () => {
    const sealed = cipher.encrypt(SEEDED_SECRETS.address, 'client.address');
    expect(sealed).toMatch(/^v1:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(cipher.decrypt(sealed, 'client.address')).toBe(SEEDED_SECRETS.address);
  });

  it('never stores the plaintext or a 6-character piece of it', () => {
    const sealed = cipher.encrypt(SEEDED_SECRETS.address, 'client.address');
    for (let i = 0; i + 6 <= SEEDED_SECRETS.address.length; i += 1) {
      expect(sealed).not.toContain(SEEDED_SECRETS.address.slice(i, i + 6));
    }
  });

  it('gives two different ciphertexts for the same value', () => {
    expect(cipher.encrypt(SEEDED_SECRETS.phone, 'client.phone')).not.toBe(
      cipher.encrypt(SEEDED_SECRETS.phone, 'client.phone'),
    );
  });

  it('refuses a value whose ciphertext had one byte flipped', () => {
    const sealed = cipher.encrypt(SEEDED_SECRETS.employer, 'client.employer');
    const body = Buffer.from(sealed.split(':')[3]!, 'base64url');
    body[0] = body[0]! ^ 0x01;
    const tampered = [...sealed.split(':').slice(0, 3), body.toString('base64url')].join(':');
    expect(() => cipher.decrypt(tampered, 'client.employer')).toThrow(DecryptionFailedError);
  });

  it('refuses a value moved to another column', () => {
    const sealed = cipher.encrypt(SEEDED_SECRETS.phone, 'client.phone');
    expect(() => cipher.decrypt(sealed, 'client.employer')).toThrow(DecryptionFailedError);
  });

  it('decrypts values sealed by an older key after rotation, and seals new ones with the current key', () => {
    const old = new FieldCipher(parseKeyRing(`k1:${k1}`, 'k1')).encrypt('x', 'c');
    const rotated = new FieldCipher(parseKeyRing(`k1:${k1},k2:${k2}`, 'k2'));
    expect(rotated.decrypt(old, 'c')).toBe('x');
    expect(rotated.keyIdOf(rotated.encrypt('x', 'c'))).toBe('k2');
  });

  it('refuses short keys and a current key that is not configured', () => {
    expect(() => parseKeyRing(`k1:${randomBytes(16).toString('base64')}`, 'k1')).toThrow(
      /32 bytes/,
    );
    expect(() => parseKeyRing(`k1:${k1}`, 'k9')).toThrow(/not among/);
  });
});
