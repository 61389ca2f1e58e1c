import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/**
 * argon2id above OWASP's floor (m ≥ 19 MiB, t ≥ 2, p ≥ 1; security-checks B1), salt per hash.
 * The passwords are NFKC-normalised so the same phrase typed on two keyboards verifies.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  // Verified against when the e-mail matches no account, so "no such user" takes as long as
  // "wrong password" and the two cannot be told apart by timing.
  private readonly dummyHash = argon2.hash('haven-dummy-password-for-timing', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFKC'), ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.dummyHash);
    const ok = await argon2.verify(target, password.normalize('NFKC')).catch(() => false);
    return ok && hash !== null;
  }
}
