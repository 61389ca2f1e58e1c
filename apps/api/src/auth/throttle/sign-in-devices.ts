import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { Clock } from '@api/common/clock/clock';

import { rowsOf } from '../sql-rows';

/** A browser forgets it has signed in after this long without a sign-in. */
export const DEVICE_IDLE_MS = 180 * 24 * 60 * 60_000;
/** The most browsers remembered per user; the least recently used goes first. */
export const MAX_DEVICES_PER_USER = 20;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The throttle key of a remembered browser's sign-ins. */
export const deviceKey = (tokenHash: string): string => `device:${tokenHash}`;

/**
 * Browsers that have signed in to an account, known by the random token of their device cookie
 * (OWASP's "device cookies" against online guessing; security-checks B3). A sign-in that brings
 * one for the account it names is throttled on the device's own key: a lock someone else caused by
 * guessing at the account does not keep the advocate out of her own browser, and guesses made
 * with a stolen cookie lock that cookie only. Only hashes are stored.
 */
@Injectable()
export class SignInDevices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The device's throttle key when `token` is a live cookie of `userId`'s, else null. */
  async recognise(token: string | null, userId: string): Promise<string | null> {
    if (!token || !TOKEN.test(token)) return null;
    const hash = hashOf(token);
    const rows = (await this.dataSource.query(
      `select 1 from sign_in_device
        where token_hash = $1 and user_id = $2 and last_used_at > $3`,
      [hash, userId, new Date(this.clock.now().getTime() - DEVICE_IDLE_MS)],
    )) as unknown[];
    return rows.length > 0 ? deviceKey(hash) : null;
  }

  /**
   * After a right password: the cookie to keep (its last use moved to now) when `token` is one of
   * the user's, else a new one. The user's oldest browsers beyond the cap, and any idle too long,
   * are forgotten.
   */
  async remember(token: string | null, userId: string): Promise<string> {
    const now = this.clock.now();
    const kept =
      token && TOKEN.test(token)
        ? rowsOf<{ token_hash: string }>(
            await this.dataSource.query(
              `update sign_in_device set last_used_at = greatest(last_used_at, $3)
                where token_hash = $1 and user_id = $2 returning token_hash`,
              [hashOf(token), userId, now],
            ),
          ).length > 0
        : false;
    const cookie = kept && token ? token : randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      if (!kept) {
        await manager.query(
          `insert into sign_in_device (token_hash, user_id, created_at, last_used_at)
           values ($1, $2, $3, $3)`,
          [hashOf(cookie), userId, now],
        );
      }
      await manager.query(
        `delete from sign_in_device
          where user_id = $1
            and (last_used_at <= $2
                 or token_hash not in (select token_hash from sign_in_device where user_id = $1
                                        order by last_used_at desc, token_hash limit $3))`,
        [userId, new Date(now.getTime() - DEVICE_IDLE_MS), MAX_DEVICES_PER_USER],
      );
    });
    return cookie;
  }

  /** The throttle keys of every browser the user has signed in from (an admin's unlock clears them). */
  async keysOf(userId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      'select token_hash from sign_in_device where user_id = $1',
      [userId],
    )) as Array<{ token_hash: string }>;
    return rows.map((r) => deviceKey(r.token_hash));
  }
}
