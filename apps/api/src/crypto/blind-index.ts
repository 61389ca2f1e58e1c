import { createHmac } from 'node:crypto';

/**
 * Keyed blind index for equality search on encrypted values (conflict checks by phone). Each
 * organisation gets its own derived key, so the same phone gives different index values in two
 * organisations, and nobody without the key can test guesses against the column (security-checks D2).
 */
export class BlindIndex {
  /**
   * `previousKeys`: keys being rotated away (BLIND_INDEX_PREVIOUS_KEYS). New values are always
   * indexed under the current key; a lookup made while `npm run keys:rotate` recomputes the stored
   * indexes must try every candidate, or a row not yet recomputed would not be found.
   */
  constructor(
    private readonly rootKey: Buffer,
    private readonly previousKeys: readonly Buffer[] = [],
  ) {
    for (const key of [rootKey, ...previousKeys])
      if (key.length < 32) throw new Error('the blind-index key must be at least 32 bytes');
  }

  of(organisationId: string, kind: 'phone' | 'email', value: string): string {
    return indexUnder(this.rootKey, organisationId, kind, value);
  }

  /** The index under the current key and under every previous key, current first. */
  candidates(organisationId: string, kind: 'phone' | 'email', value: string): string[] {
    return [this.rootKey, ...this.previousKeys].map((key) =>
      indexUnder(key, organisationId, kind, value),
    );
  }

  /**
   * Names the current key without revealing it, so a rotation run records which key it indexed
   * under and a rerun with another key starts over.
   */
  fingerprint(): string {
    return createHmac('sha256', this.rootKey)
      .update('haven-blind-index-key-fingerprint')
      .digest('hex')
      .slice(0, 16);
  }
}

function indexUnder(
  rootKey: Buffer,
  organisationId: string,
  kind: 'phone' | 'email',
  value: string,
): string {
  const orgKey = createHmac('sha256', rootKey)
    .update(`haven-blind-index:${organisationId}`)
    .digest();
  return createHmac('sha256', orgKey)
    .update(`${kind}:${normalise(kind, value)}`)
    .digest('base64url');
}

function normalise(kind: 'phone' | 'email', value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const digits = value.replace(/\D/g, '');
  // US numbers are compared without the country code: +1 540 555 0199 = (540) 555-0199.
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
