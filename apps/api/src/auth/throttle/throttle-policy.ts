/** How one kind of key is throttled (security-checks B3). */
export interface ThrottlePolicy {
  /** Failures after which each further attempt must wait, the wait doubling per failure. */
  slowAfter: number;
  /** The failure that locks: with 10 allowed in the window, the 11th wrong password locks. */
  lockAt: number;
  windowMs: number;
  /** The first lock's length; each later lock of the same key doubles it, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;

/**
 * Per account (keyed by the e-mail typed, so an unknown account is throttled exactly like a real
 * one): from the 5th failure each attempt waits 1, 2, 4… seconds, and the 11th failure in 15
 * minutes locks for 15 minutes, then 30, 60… (at most 24 h). That caps verified guesses far below
 * NIST's 100 per hour, while a lock an attacker triggers against an advocate ends on its own and
 * an admin can lift it at once.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  slowAfter: 5,
  lockAt: 11,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * 60 * MINUTE,
};

/**
 * Per remembered browser of an account (sign-in-devices.ts): the account's numbers on the device's
 * own key, so guesses with a stolen device cookie lock that cookie, and the account's lock does not
 * stop its owner's browser.
 */
export const DEVICE_POLICY: ThrottlePolicy = { ...ACCOUNT_POLICY };

/** Per address, across accounts (password spraying): 100 failures in 15 minutes pause it. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  slowAfter: Number.POSITIVE_INFINITY,
  lockAt: 100,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * 60 * MINUTE,
};

/** Second-factor codes per user: 5 wrong codes in 15 minutes pause code entry. */
export const CODE_POLICY: ThrottlePolicy = {
  slowAfter: Number.POSITIVE_INFINITY,
  lockAt: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * 60 * MINUTE,
};

/** A row of sign_in_throttle as the policy reads it. */
export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
  lockCount: number;
}

/** Why an attempt may not be verified now, or null when it may. */
export function refusal(
  state: ThrottleState,
  policy: ThrottlePolicy,
  now: Date,
): 'locked' | 'slowed' | null {
  if (state.lockedUntil && state.lockedUntil > now) return 'locked';
  const failures = liveFailures(state, policy, now);
  if (failures >= policy.slowAfter && state.lastFailureAt) {
    const waitMs = 1000 * 2 ** (failures - policy.slowAfter);
    if (now.getTime() < state.lastFailureAt.getTime() + waitMs) return 'slowed';
  }
  return null;
}

/** Failures still inside the window (an expired lock or window starts the count again). */
export function liveFailures(state: ThrottleState, policy: ThrottlePolicy, now: Date): number {
  if (state.lockedUntil && state.lockedUntil <= now) return 0;
  return now.getTime() - state.windowStartedAt.getTime() > policy.windowMs ? 0 : state.failures;
}

/** The state after one more failure: counted in its window, locking at `lockAt`. */
export function afterFailure(
  state: ThrottleState,
  policy: ThrottlePolicy,
  now: Date,
): ThrottleState & { lockedNow: boolean } {
  const live = liveFailures(state, policy, now);
  const failures = live + 1;
  const windowStartedAt = live === 0 ? now : state.windowStartedAt;
  if (failures >= policy.lockAt) {
    const lockMs = Math.min(policy.maxLockMs, policy.lockMs * 2 ** state.lockCount);
    return {
      failures: 0,
      windowStartedAt: now,
      lastFailureAt: now,
      lockedUntil: new Date(now.getTime() + lockMs),
      lockCount: state.lockCount + 1,
      lockedNow: true,
    };
  }
  return {
    failures,
    windowStartedAt,
    lastFailureAt: now,
    lockedUntil: null,
    lockCount: state.lockCount,
    lockedNow: false,
  };
}
