import { createHash, randomBytes } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';

import type { MfaEnrolmentConfirmation, MfaEnrolmentResponse } from '@haven/contracts';

import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { Clock } from '@api/common/clock/clock';
import { DomainError } from '@api/common/errors/domain-error';
import { AppConfig } from '@api/config/app-config';
import { FieldCipher } from '@api/crypto/field-cipher';

import { CODE_POLICY } from '../throttle/throttle-policy';
import { SignInThrottle } from '../throttle/sign-in-throttle';

import { MfaRepository, type StoredMfa } from './mfa.repository';
import { DEMO_TOTP_SECRET, matchTotp, newTotpSecret, totpUri } from './totp';

const RECOVERY_CODES = 10;
// 16 characters of base32 (80 bits): too many to guess online or to reverse from the SHA-256.
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The cipher context of a user's secret: a sealed secret copied to another user will not open. */
function secretContext(userId: string): string {
  return `user_mfa.secret:${userId}`;
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4)).join('-');
}

export function invalidCode(): DomainError {
  return new DomainError('INVALID_CODE', 'invalid', 'That code is not right.', 'code');
}

/**
 * TOTP second factor (security-checks B8): enrolment with a QR code and recovery codes, the secret
 * sealed at rest, each code accepted once (the last used step is kept and a code must be of a
 * later step), one 30-second step of tolerance either side, and at most 5 wrong codes per 15
 * minutes per user.
 */
@Injectable()
export class MfaService {
  private readonly logger = new Logger(MfaService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mfa: MfaRepository,
    private readonly cipher: FieldCipher,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  isEnrolled(userId: string): Promise<boolean> {
    return this.mfa.isConfirmed(userId);
  }

  async startEnrolment(actor: Actor, account: string): Promise<MfaEnrolmentResponse> {
    const secret = newTotpSecret();
    const saved = await this.mfa.savePending(
      actor.userId,
      actor.organisationId,
      this.cipher.encrypt(secret, secretContext(actor.userId)),
      this.clock.now(),
    );
    if (!saved) {
      throw new DomainError(
        'MFA_ALREADY_ENROLLED',
        'conflict',
        'An authenticator is already set up; an admin can reset it.',
      );
    }
    const otpauthUri = totpUri(secret, account);
    return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri) };
  }

  /** Confirms the pending enrolment with a first code; answers the recovery codes, once. */
  async confirmEnrolment(actor: Actor, code: string): Promise<MfaEnrolmentConfirmation> {
    const stored = await this.mfa.getOrNull(actor.userId);
    if (!stored || stored.confirmedAt) {
      throw new DomainError(
        'MFA_NOT_PENDING',
        'conflict',
        'Start the set-up first (POST /api/auth/mfa/enrolment).',
      );
    }
    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.limited(actor.userId, async () => {
      const secret = this.openSecret(stored);
      const step = secret ? await matchTotp(secret, code, this.clock.now(), null) : null;
      if (step === null) return false;
      return this.dataSource.transaction(async (manager) => {
        if (!(await this.mfa.useStep(manager, actor.userId, step, this.clock.now()))) return false;
        await this.mfa.replaceRecoveryCodes(
          manager,
          actor.userId,
          actor.organisationId,
          recoveryCodes.map(hashRecoveryCode),
        );
        await this.audit.record(
          {
            action: 'mfa_enrolled',
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            targetType: 'user',
            targetId: actor.userId,
            details: { factor: 'totp', recoveryCodes: RECOVERY_CODES },
          },
          manager,
        );
        return true;
      });
    });
    return { recoveryCodes };
  }

  /**
   * Checks a second-factor code of a user with a confirmed authenticator: a TOTP code of a step
   * later than the last one used, or an unused recovery code. Throws INVALID_CODE otherwise.
   */
  async verify(userId: string, code: string): Promise<'totp' | 'recovery_code'> {
    let used: 'totp' | 'recovery_code' = 'totp';
    await this.limited(userId, async () => {
      const stored = await this.mfa.getOrNull(userId);
      if (!stored?.confirmedAt) return false;
      const trimmed = code.trim();
      if (/^\d{6}$/.test(trimmed)) {
        const secret = this.openSecret(stored);
        const step = secret
          ? await matchTotp(secret, trimmed, this.clock.now(), stored.lastUsedStep)
          : null;
        return step !== null && this.mfa.useStep(undefined, userId, step);
      }
      used = 'recovery_code';
      return this.mfa.useRecoveryCode(userId, hashRecoveryCode(trimmed), this.clock.now());
    });
    return used;
  }

  private async limited(userId: string, check: () => Promise<boolean>): Promise<void> {
    const outcome = await this.throttle.attempt(`mfa:${userId}`, CODE_POLICY, check);
    if (outcome.result === 'ok') return;
    if (outcome.result === 'refused') {
      throw new DomainError(
        'TOO_MANY_CODES',
        'invalid',
        'Too many wrong codes: wait 15 minutes or ask an admin.',
        'code',
      );
    }
    throw invalidCode();
  }

  /** The secret in the clear, or null when it is the demo secret outside development and tests. */
  private openSecret(stored: StoredMfa): string | null {
    const secret = this.cipher.decrypt(stored.secretSealed, secretContext(stored.userId));
    if (secret === DEMO_TOTP_SECRET && this.config.isProduction) {
      this.logger.warn(
        `refused the public demo TOTP secret of user ${stored.userId} in production`,
      );
      return null;
    }
    return secret;
  }
}
