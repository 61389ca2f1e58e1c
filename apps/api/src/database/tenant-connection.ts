import type { DataSource, ObjectLiteral, ReplicationMode } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { QueryResult } from 'typeorm/query-runner/QueryResult';

import { currentRequest } from '@api/common/request-context';
import { PreparingClient } from '@api/common/sql/prepared-statements';

/**
 * The setting the row-level security policies read (migration 1795430000011): with it empty, a
 * tenant table shows no rows and accepts none.
 */
export const TENANT_SETTING = 'app.org_id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISOLATION_LEVELS: readonly IsolationLevel[] = [
  'READ UNCOMMITTED',
  'READ COMMITTED',
  'REPEATABLE READ',
  'SERIALIZABLE',
];

/**
 * A query runner that carries its creator's organisation into PostgreSQL for each transaction it
 * runs, and for nothing else.
 *
 * Why not a session setting on the pooled connection: the pool hands a connection to a waiting
 * request from inside the releasing request's callback, so whatever request context is "current"
 * then is the wrong one, and a session setting outlives the request. Instead the organisation is
 * read once, when the runner is created (always in the caller's own async context), and written
 * with `set_config(..., true)`, which PostgreSQL discards at COMMIT or ROLLBACK. A statement run
 * outside an explicit transaction is wrapped in one of its own, so no statement ever runs without
 * the setting of the request that issued it, and a connection goes back to the pool with none.
 * That transaction's START (with the setting) and COMMIT are written with the statement, one round
 * trip for the three (PreparingClient.frameNextQuery).
 */
export class TenantQueryRunner extends PostgresQueryRunner {
  readonly organisationId: string;
  /** Set while the outermost START TRANSACTION may carry the setting in the same round trip. */
  private bindWithStart = false;
  private boundWithStart = false;
  /** The isolation level already given with START TRANSACTION, so TypeORM's SET is not resent. */
  private levelGiven: IsolationLevel | null = null;
  private pendingLevel: IsolationLevel | null = null;
  /** The setting, to send with START TRANSACTION; only for a UUID, checked here. */
  private readonly bindStatement: string | null;

  constructor(driver: PostgresDriver, mode: ReplicationMode, organisationId: string | null) {
    super(driver, mode);
    this.organisationId = organisationId ?? '';
    this.bindStatement = UUID.test(this.organisationId)
      ? `SELECT set_config('${TENANT_SETTING}', '${this.organisationId}', true)`
      : null;
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<void> {
    const outermost = this.transactionDepth === 0;
    const level = isolationLevel ?? this.dataSource.options.isolationLevel;
    // Round trips are most of a request's time (issue 18): START TRANSACTION, its isolation level
    // and the setting go in one simple-protocol message when the organisation is a UUID (never
    // text from a request: it comes from the session's user row) and the level one of the four
    // PostgreSQL names.
    this.bindWithStart =
      outermost &&
      this.bindStatement !== null &&
      (level === undefined || ISOLATION_LEVELS.includes(level));
    this.boundWithStart = false;
    this.pendingLevel = level ?? null;
    try {
      await super.startTransaction(isolationLevel);
    } finally {
      this.bindWithStart = false;
      this.levelGiven = null;
      this.pendingLevel = null;
    }
    if (outermost && !this.boundWithStart) {
      await super.query('select set_config($1, $2, true)', [TENANT_SETTING, this.organisationId]);
    }
  }

  override async query(
    sql: string,
    parameters?: unknown[] | ObjectLiteral,
    useStructuredResult = false,
  ): ReturnType<PostgresQueryRunner['query']> {
    if (this.isTransactionActive) {
      if (this.bindWithStart && this.bindStatement && sql === 'START TRANSACTION') {
        const level = this.pendingLevel;
        this.bindWithStart = false;
        this.boundWithStart = true;
        this.levelGiven = level;
        const start = level ? `START TRANSACTION ISOLATION LEVEL ${level}` : 'START TRANSACTION';
        // Two statements in one simple-protocol message, which takes no parameters: the level is
        // one of ISOLATION_LEVELS and the setting's value a checked UUID (bindStatement).
        const startWithSetting = `${start}; ${this.bindStatement}`;
        return super.query(startWithSetting);
      }
      if (this.levelGiven && sql === `SET TRANSACTION ISOLATION LEVEL ${this.levelGiven}`) {
        this.levelGiven = null;
        return useStructuredResult ? new QueryResult() : [];
      }
      return super.query(sql, parameters, useStructuredResult);
    }
    // With no organisation there is nothing to bind: a connection never carries a session-level
    // setting (only set_config(..., true), discarded at COMMIT or ROLLBACK), so the statement sees
    // no tenant row, exactly as under an empty setting, without three extra round trips (sign-in
    // and the session lookup of every request run before the organisation is known).
    if (this.organisationId === '') return super.query(sql, parameters, useStructuredResult);
    // A released runner's connection may be another runner's now: no frame is left on it.
    const client: unknown = this.isReleased ? null : await this.connect();
    if (this.bindStatement !== null && client instanceof PreparingClient) {
      // START TRANSACTION with the setting, the statement and COMMIT written at once: one round
      // trip where there were three (issue 18). The setting still holds for this statement only.
      client.frameNextQuery(`START TRANSACTION; ${this.bindStatement}`, 'COMMIT');
      try {
        return await super.query(sql, parameters, useStructuredResult);
      } finally {
        client.clearFrame();
      }
    }
    await this.startTransaction();
    try {
      const result = await super.query(sql, parameters, useStructuredResult);
      await this.commitTransaction();
      return result;
    } catch (err) {
      await this.rollbackQuietly();
      throw err;
    }
  }

  /** A failed rollback means a broken connection; the original error is the one worth raising. */
  private async rollbackQuietly(): Promise<void> {
    try {
      if (this.isTransactionActive) await this.rollbackTransaction();
    } catch {
      this.isTransactionActive = false;
      this.transactionDepth = 0;
    }
  }
}

/**
 * Makes every query runner of the API's data source a {@link TenantQueryRunner}: repositories,
 * query builders, `dataSource.query` and `dataSource.transaction` all create theirs through the
 * driver, in the context of the request that uses them.
 */
export function bindTenantToTransactions(dataSource: DataSource): void {
  const driver = dataSource.driver as PostgresDriver;
  driver.createQueryRunner = (mode: ReplicationMode): PostgresQueryRunner =>
    new TenantQueryRunner(driver, mode, currentRequest().organisationId);
}
