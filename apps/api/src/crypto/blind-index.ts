import { createHmac } from 'node:crypto';

/**
 * Keyed blind index for equality search on encrypted values (conflict checks by phone). Each
 * organisation gets its own derived key, so the same phone gives different index values in two
 * organisations, and nobody without the key can test guesses against the column (security-checks D2).
 */
export class BlindIndex {
  constructor(private readonly rootKey: Buffer) {
    if (rootKey.length < 32) throw new Error('the blind-index key must be at least 32 bytes');
  }

  of(organisationId: string, kind: 'phone' | 'email', value: string): string {
    const orgKey = createHmac('sha256', this.rootKey)
      .update(`haven-blind-index:${organisationId}`)
      .digest();
    return createHmac('sha256', orgKey)
      .update(`${kind}:${normalise(kind, value)}`)
      .digest('base64url');
  }
}

function normalise(kind: 'phone' | 'email', value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const digits = value.replace(/\D/g, '');
  // US numbers are compared without the country code: +1 540 555 0199 = (540) 555-0199.
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
