import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { Clock } from '@api/common/clock/clock';

import { rowsOf } from '../sql-rows';

import { afterFailure, refusal, type ThrottlePolicy, type ThrottleState } from './throttle-policy';

/** What became of one throttled attempt. */
export type AttemptOutcome =
  | { result: 'ok' }
  | { result: 'failed' }
  | { result: 'locked_now'; lockedUntil: Date }
  | { result: 'refused'; why: 'locked' | 'slowed' };

interface ThrottleRow {
  failures: number;
  window_started_at: Date;
  last_failure_at: Date | null;
  locked_until: Date | null;
  lock_count: number;
}

/** The throttle key of an e-mail as typed: the same for an existing and an unknown account. */
export function accountKey(email: string): string {
  return `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

/**
 * Failure counters in PostgreSQL (security-checks B3), so every API process shares them and a
 * restart forgets none. An attempt holds its key's row lock while it verifies, so parallel guesses
 * at one account are judged one after another, each seeing the failures before it: a burst cannot
 * slip more verifications past the slowdown than a sequence could.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Runs `verify` unless the key is locked or slowed, and counts its failure. */
  attempt(
    key: string,
    policy: ThrottlePolicy,
    verify: () => Promise<boolean>,
  ): Promise<AttemptOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const state = await this.lockRow(manager, key, now);
      const refused = refusal(state, policy, now);
      if (refused) return { result: 'refused', why: refused };
      if (await verify()) {
        await manager.query(
          `update sign_in_throttle set failures = 0, locked_until = null, lock_count = 0
            where key = $1`,
          [key],
        );
        return { result: 'ok' };
      }
      const next = afterFailure(state, policy, now);
      await this.save(manager, key, next);
      return next.lockedNow && next.lockedUntil
        ? { result: 'locked_now', lockedUntil: next.lockedUntil }
        : { result: 'failed' };
    });
  }

  /** Whether the key is locked now (the per-address check before any account is looked at). */
  async isLocked(key: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'select locked_until from sign_in_throttle where key = $1',
      [key],
    )) as Array<{ locked_until: Date | null }>;
    const until = rows[0]?.locked_until;
    return !!until && until > this.clock.now();
  }

  /** Counts one failure without a verification (the per-address tally); true when it locks. */
  recordFailure(key: string, policy: ThrottlePolicy): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const next = afterFailure(await this.lockRow(manager, key, now), policy, now);
      await this.save(manager, key, next);
      return next.lockedNow;
    });
  }

  /** Lifts a lock and forgets the failures (an admin's unlock); true when there was a lock. */
  async clear(keys: string[]): Promise<boolean> {
    const now = this.clock.now();
    const rows = rowsOf<{ locked_until: Date | null }>(
      await this.dataSource.query(
        `delete from sign_in_throttle where key = any($1) returning locked_until`,
        [keys],
      ),
    );
    return rows.some((r) => r.locked_until !== null && r.locked_until > now);
  }

  /** When the key's lock ends, or null when it is not locked. */
  async lockedUntil(key: string): Promise<Date | null> {
    const rows = (await this.dataSource.query(
      'select locked_until from sign_in_throttle where key = $1',
      [key],
    )) as Array<{ locked_until: Date | null }>;
    const until = rows[0]?.locked_until ?? null;
    return until && until > this.clock.now() ? until : null;
  }

  private async lockRow(manager: EntityManager, key: string, now: Date): Promise<ThrottleState> {
    await manager.query(
      `insert into sign_in_throttle (key, window_started_at) values ($1, $2)
       on conflict (key) do nothing`,
      [key, now],
    );
    const [row] = (await manager.query(
      `select failures, window_started_at, last_failure_at, locked_until, lock_count
         from sign_in_throttle where key = $1 for update`,
      [key],
    )) as [ThrottleRow];
    return {
      failures: row.failures,
      windowStartedAt: row.window_started_at,
      lastFailureAt: row.last_failure_at,
      lockedUntil: row.locked_until,
      lockCount: row.lock_count,
    };
  }

  private async save(manager: EntityManager, key: string, state: ThrottleState): Promise<void> {
    await manager.query(
      `update sign_in_throttle
          set failures = $2, window_started_at = $3, last_failure_at = $4, locked_until = $5,
              lock_count = $6
        where key = $1`,
      [
        key,
        state.failures,
        state.windowStartedAt,
        state.lastFailureAt,
        state.lockedUntil,
        state.lockCount,
      ],
    );
  }
}
