import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Clock } from '@api/common/clock/clock';
import { AppConfig } from '@api/config/app-config';

import type { Actor } from '@api/common/actor';
import type { SessionStage } from './session.entity';
import { SessionsRepository } from './sessions.repository';

/** A live session: who acts, how far sign-in got, and when a factor was last proved in it. */
export interface ResolvedSession {
  actor: Actor;
  stage: SessionStage;
  reauthenticatedAt: Date | null;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Server-side sessions: an opaque random token in the cookie, its hash in PostgreSQL. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Starts a new session for a verified user and returns the token for the cookie. */
  async start(
    user: { id: string; organisationId: string },
    meta: { ip: string | null; userAgent: string | null },
    stage: SessionStage = 'complete',
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId: user.id,
      organisationId: user.organisationId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.session.absoluteMs),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      stage,
      // A session that still owes its second factor has proved nothing fresh yet.
      reauthenticatedAt: stage === 'mfa_code' ? null : now,
    });
    return token;
  }

  /**
   * The actor behind a token, or null when the session is unknown, revoked, idle past the limit,
   * past its absolute lifetime, or its user is disabled. Every request reads the database, so a
   * revocation takes effect on the very next request (security-checks B5).
   */
  async resolve(token: string): Promise<Actor | null> {
    return (await this.resolveSession(token))?.actor ?? null;
  }

  /** As resolve, with the sign-in stage and the last proof of a factor (for the guard). */
  async resolveSession(token: string): Promise<ResolvedSession | null> {
    const session = await this.sessions.getLiveWithUserByTokenHashOrNull(hashToken(token));
    if (!session) return null;
    const now = this.clock.now();
    const idleFor = now.getTime() - session.lastSeenAt.getTime();
    if (now >= session.expiresAt || idleFor > this.config.session.idleMs) {
      await this.sessions.revoke(session.id, now, now >= session.expiresAt ? 'expired' : 'idle');
      return null;
    }
    const user = session.user.disabledAt === null ? session.user : null;
    if (!user) {
      await this.sessions.revoke(session.id, now, 'user_disabled');
      return null;
    }
    // Recorded at most once a minute (issue 18: an UPDATE on every request was a round trip and a
    // row lock each time). The idle limit is then measured from at most a minute before the last
    // request, so a session ends at the limit or up to a minute sooner, never later.
    if (idleFor >= TOUCH_EVERY_MS) await this.sessions.touch(session.id, now);
    return {
      actor: {
        userId: user.id,
        organisationId: user.organisationId,
        role: user.role,
        sessionId: session.id,
      },
      stage: session.stage,
      reauthenticatedAt: session.reauthenticatedAt,
    };
  }

  /** Records that the session's user proved a factor now (a completed sign-in or a step-up). */
  async markReauthenticated(sessionId: string): Promise<void> {
    await this.sessions.setReauthenticated(sessionId, this.clock.now());
  }

  /** Ends every other live session of the user; answers how many. */
  endOthers(userId: string, keepSessionId: string, reason: string): Promise<number> {
    return this.sessions.revokeOthers(userId, keepSessionId, this.clock.now(), reason);
  }

  /** Ends the session behind a token at once (logout, or a pre-login cookie at login). */
  async endByToken(token: string, reason: string): Promise<void> {
    const session = await this.sessions.getLiveByTokenHashOrNull(hashToken(token));
    if (session) await this.sessions.revoke(session.id, this.clock.now(), reason);
  }
}
