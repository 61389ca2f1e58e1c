import { createHmac, timingSafeEqual } from 'node:crypto';

import { generateSync } from '@otplib/totp';

/** The demo admins' and supervisors' public TOTP secret (README, "Demo sign-ins"). */
export const DEMO_TOTP_SECRET = 'HAVENDEMOTOTPSECRETFORDEMOONLY22';

// otplib's default entry loads ES-module-only plugins that jest cannot require; the TOTP core
// is given the secret as bytes and an HMAC from node:crypto instead.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    value = (value << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The code an authenticator app holding `secret` shows now. */
export function totpCode(secret: string = DEMO_TOTP_SECRET, at: Date = new Date()): string {
  return generateSync({
    secret: base32Bytes(secret),
    epoch: Math.floor(at.getTime() / 1000),
    crypto: {
      name: 'node-crypto',
      hmac: (algorithm, key, data) =>
        new Uint8Array(createHmac(algorithm, key).update(data).digest()),
      randomBytes: () => new Uint8Array(0),
      constantTimeEqual: (a, b) =>
        Buffer.from(a).length === Buffer.from(b).length &&
        timingSafeEqual(Buffer.from(a), Buffer.from(b)),
    },
  });
}
