import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { rowsOf } from '../sql-rows';

/** A user's authenticator as stored: the secret sealed, never in the clear. */
export interface StoredMfa {
  userId: string;
  organisationId: string;
  secretSealed: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

interface MfaRow {
  user_id: string;
  organisation_id: string;
  secret_sealed: string;
  confirmed_at: Date | null;
  last_used_step: string | null;
}

/** The only reader and writer of user_mfa and user_recovery_code. */
@Injectable()
export class MfaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getOrNull(userId: string, manager?: EntityManager): Promise<StoredMfa | null> {
    const rows = (await (manager ?? this.dataSource).query(
      `select user_id, organisation_id, secret_sealed, confirmed_at, last_used_step
         from user_mfa where user_id = $1`,
      [userId],
    )) as MfaRow[];
    const row = rows[0];
    return row
      ? {
          userId: row.user_id,
          organisationId: row.organisation_id,
          secretSealed: row.secret_sealed,
          confirmedAt: row.confirmed_at,
          lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
        }
      : null;
  }

  async isConfirmed(userId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'select 1 from user_mfa where user_id = $1 and confirmed_at is not null',
      [userId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Starts (or restarts) an unconfirmed enrolment; a confirmed one is never overwritten. */
  async savePending(
    userId: string,
    organisationId: string,
    secretSealed: string,
    at: Date,
  ): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `insert into user_mfa (user_id, organisation_id, secret_sealed, created_at)
       values ($1, $2, $3, $4)
       on conflict (user_id) do update
         set secret_sealed = excluded.secret_sealed, created_at = excluded.created_at,
             last_used_step = null
         where user_mfa.confirmed_at is null
       returning user_id`,
      [userId, organisationId, secretSealed, at],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Marks the step of an accepted code as used, only if it is later than the last one used. Two
   * requests racing with the same code cannot both win: the second updates no row.
   */
  async useStep(
    manager: EntityManager | undefined,
    userId: string,
    step: number,
    confirmAt?: Date,
  ): Promise<boolean> {
    const rows = (await (manager ?? this.dataSource).query(
      `update user_mfa set last_used_step = $2, confirmed_at = coalesce(confirmed_at, $3)
        where user_id = $1 and (last_used_step is null or last_used_step < $2)
        returning user_id`,
      [userId, step, confirmAt ?? null],
    )) as unknown;
    return rowsOf(rows).length > 0;
  }

  async replaceRecoveryCodes(
    manager: EntityManager,
    userId: string,
    organisationId: string,
    hashes: string[],
  ): Promise<void> {
    await manager.query('delete from user_recovery_code where user_id = $1', [userId]);
    for (const hash of hashes) {
      await manager.query(
        `insert into user_recovery_code (user_id, organisation_id, code_hash) values ($1, $2, $3)`,
        [userId, organisationId, hash],
      );
    }
  }

  /** Spends an unused recovery code; false when it is unknown or spent. */
  async useRecoveryCode(userId: string, hash: string, at: Date): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `update user_recovery_code set used_at = $3
        where user_id = $1 and code_hash = $2 and used_at is null returning id`,
      [userId, hash, at],
    )) as unknown;
    return rowsOf(rows).length > 0;
  }

  /** Removes the authenticator and recovery codes (an admin's reset); true when there was one. */
  async deleteForUser(manager: EntityManager, userId: string): Promise<boolean> {
    await manager.query('delete from user_recovery_code where user_id = $1', [userId]);
    const rows = (await manager.query(
      'delete from user_mfa where user_id = $1 returning confirmed_at',
      [userId],
    )) as unknown;
    return rowsOf<{ confirmed_at: Date | null }>(rows).some((r) => r.confirmed_at !== null);
  }
}
