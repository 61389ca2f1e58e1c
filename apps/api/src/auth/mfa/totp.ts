import { generateSecret } from '@otplib/core';
import { generateSync, verify } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';

import { BASE32, NODE_CRYPTO } from './totp-plugins';

/** RFC 6238 with the authenticator apps' defaults: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;

/**
 * The demo accounts' shared secret (README, "Demo sign-ins"). It is public, so the seed refuses it
 * outside development and the API refuses to accept it when NODE_ENV=production.
 */
export const DEMO_TOTP_SECRET = 'HAVENDEMOTOTPSECRETFORDEMOONLY22';

export function newTotpSecret(): string {
  return generateSecret({ crypto: NODE_CRYPTO, base32: BASE32, length: 20 });
}

export function totpUri(secret: string, account: string): string {
  return generateTOTP({ issuer: 'Haven', label: account, secret });
}

/** The code an authenticator shows at `at`, for tests and the demo's instructions. */
export function totpCodeAt(secret: string, at: Date): string {
  return generateSync({
    secret,
    epoch: Math.floor(at.getTime() / 1000),
    crypto: NODE_CRYPTO,
    base32: BASE32,
  });
}

/**
 * The time step a code belongs to when it is valid at `at` within one step either side and later
 * than `afterStep` (each code works once: security-checks B8), or null.
 */
export async function matchTotp(
  secret: string,
  code: string,
  at: Date,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(at.getTime() / 1000);
  const result = await verify({
    secret,
    token: code,
    epoch,
    epochTolerance: TOTP_PERIOD_SECONDS,
    crypto: NODE_CRYPTO,
    base32: BASE32,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid ? Math.floor(epoch / TOTP_PERIOD_SECONDS) + result.delta : null;
}
