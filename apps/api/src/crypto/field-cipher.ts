import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { Logger } from '@nestjs/common';

/** A data-encryption key, named so every ciphertext records which key sealed it. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/** The keys Haven can decrypt with, and the one it encrypts with now. */
export interface KeyRing {
  current: DataKey;
  all: ReadonlyMap<string, DataKey>;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Why a stored value could not be opened: unknown key, tampering, or a malformed envelope. */
export class DecryptionFailedError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`confidential value could not be decrypted: ${reason}`, options);
    this.name = 'DecryptionFailedError';
  }
}

/**
 * AES-256-GCM with a random 96-bit IV per value, stored as `v1:<keyId>:<iv>:<ciphertext+tag>`
 * (security-checks D1). `context` is bound as associated data, so a value copied to another row or
 * column does not decrypt there.
 */
export class FieldCipher {
  constructor(private readonly keys: KeyRing) {}

  encrypt(plaintext: string, context: string): string {
    const { id, key } = this.keys.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([
      cipher.update(plaintext, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    return [VERSION, id, iv.toString('base64url'), sealed.toString('base64url')].join(':');
  }

  decrypt(envelope: string, context: string): string {
    const parts = envelope.split(':');
    if (parts.length !== 4 || parts[0] !== VERSION)
      throw new DecryptionFailedError('unknown envelope format');
    const [, keyId, ivText, sealedText] = parts as [string, string, string, string];
    const dataKey = this.keys.all.get(keyId);
    if (!dataKey) throw new DecryptionFailedError(`key "${keyId}" is not configured`);
    const iv = Buffer.from(ivText, 'base64url');
    const sealed = Buffer.from(sealedText, 'base64url');
    if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES)
      throw new DecryptionFailedError('truncated value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', dataKey.key, iv);
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([
        decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch (err) {
      throw new DecryptionFailedError('authentication failed (tampered or wrong key)', {
        cause: err,
      });
    }
  }

  /**
   * Opens a value for a reveal. A value that cannot be opened (tampered, or sealed with a key no
   * longer configured) answers null, and raises an operator alert naming where it is (the context
   * holds ids only), never what it holds.
   */
  openOrNull(envelope: string, context: string): string | null {
    try {
      return this.decrypt(envelope, context);
    } catch (err) {
      if (!(err instanceof DecryptionFailedError)) throw err;
      new Logger(FieldCipher.name).error(
        `ALERT confidential value unavailable: ${context}: ${err.message}`,
      );
      return null;
    }
  }

  /** The key new values are sealed with (DATA_ENCRYPTION_KEY_ID). */
  currentKeyId(): string {
    return this.keys.current.id;
  }

  /** Which key sealed a value, for rotation progress. */
  keyIdOf(envelope: string): string | null {
    const parts = envelope.split(':');
    return parts.length === 4 && parts[0] === VERSION ? (parts[1] ?? null) : null;
  }
}

/** Parses `id:base64key,id2:base64key` (32-byte keys) with the current key id. */
export function parseKeyRing(spec: string, currentId: string): KeyRing {
  const all = new Map<string, DataKey>();
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (separator <= 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(id))
      throw new Error(`key id "${id}" must be 1-32 letters, digits, _ or -`);
    if (key.length !== 32)
      throw new Error(`key "${id}" must be 32 bytes (base64), got ${key.length}`);
    all.set(id, { id, key });
  }
  const current = all.get(currentId);
  if (!current)
    throw new Error(`the current key id "${currentId}" is not among the configured keys`);
  return { current, all };
}
