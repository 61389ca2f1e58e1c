import { createHash } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import type { Clock } from '@api/common/clock/clock';

const WINDOW_MS = 60_000;

export interface RateLimitOptions {
  /** Requests one client may make in a minute; past it, 429 until the minute ends. */
  perMinute: number;
  /** The session cookie's name: a signed-in client is counted by its session, others by address. */
  sessionCookie: string;
}

/**
 * A fixed-window limit per client for every `/api` route but health (security-checks C3): a
 * signed-in client is counted by a hash of its session cookie (one office behind one address is
 * many advocates), anyone else by address. The counts live in this process and are dropped when
 * the window turns, so memory is bounded by the clients of one minute. With several API
 * processes each counts its own share: this is a brake on a runaway client or script, not an
 * accounting; sign-in throttling per account is a separate, stricter control.
 */
export function rateLimit(clock: Clock, options: RateLimitOptions) {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path === '/health') {
      next();
      return;
    }
    const now = clock.now().getTime();
    if (now - windowStart >= WINDOW_MS || now < windowStart) {
      windowStart = now - (now % WINDOW_MS);
      counts = new Map();
    }
    const key = clientKey(req, options.sessionCookie);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count <= options.perMinute) {
      next();
      return;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    res
      .status(429)
      .set('Retry-After', String(retryAfterSeconds))
      .json({
        error: 'rate_limited',
        message: `Too many requests: at most ${options.perMinute} a minute. Try again in ${retryAfterSeconds} s.`,
        retryAfterSeconds,
        requestId: (req as Request & { id?: string }).id,
      });
  };
}

function clientKey(req: Request, sessionCookie: string): string {
  const cookies = (req as Request & { cookies?: Record<string, unknown> }).cookies;
  const session = cookies?.[sessionCookie];
  return typeof session === 'string' && session.length > 0
    ? `s:${createHash('sha256').update(session).digest('hex')}`
    : `a:${req.ip ?? 'unknown'}`;
}
