import type { DataSource, EntityManager } from 'typeorm';

import { sqlIdentifier } from '@api/common/sql/sql-identifier';
import type { BlindIndex } from '@api/crypto/blind-index';
import type { FieldCipher } from '@api/crypto/field-cipher';

import { SEALED_TABLES, type SealedTable } from './sealed-columns';

/** Tuning of one rotation run. */
export interface RotationOptions {
  /** Rows per transaction: each batch locks its rows, so the API waits at most one batch. */
  batchSize: number;
  /** Pause between batches, to leave the database to the API on a busy day. */
  pauseMs: number;
  /** Called after each committed batch. */
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

/** What a finished run did. */
export interface RotationReport {
  runId: string;
  resumed: boolean;
  targetKeyId: string;
  rowsDone: number;
  rowsTotal: number;
  /** Sealed values per key id after the run, over every registered column. */
  valuesByKeyId: Record<string, number>;
}

interface RunRow {
  id: string;
  target_key_id: string;
  blind_index_fingerprint: string;
  cursors: Record<string, string>;
  rows_done: number;
  rows_total: number;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const DONE = 'done';

/** Refused rotation: another key's values remain where the registry does not reach. */
export class RotationIncompleteError extends Error {
  constructor(readonly leftovers: string[]) {
    super(`values under another key remain in: ${leftovers.join(', ')}`);
    this.name = 'RotationIncompleteError';
  }
}

/**
 * Re-seals every registered sealed value under the cipher's current key and recomputes every
 * blind index under the current blind-index key (security-checks D3), in batches of rows locked
 * `for update` so a concurrent edit through the API is never overwritten with a stale value. Each
 * batch commits together with the run's cursor, so a run killed at any point resumes after its
 * last committed batch, and redoing a row is harmless (it is re-sealed from its own plaintext).
 * The API keeps serving throughout: it decrypts by the key id each envelope names, so both keys
 * stay configured until the run reports none left under the old one.
 */
export class KeyRotation {
  private tables: readonly SealedTable[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly registry: readonly SealedTable[] = SEALED_TABLES,
  ) {}

  async run(options: RotationOptions): Promise<RotationReport> {
    await this.loadTables();
    const now = options.now ?? (() => new Date());
    const targetKeyId = this.cipher.currentKeyId();
    const { run, resumed } = await this.startOrResume(targetKeyId, now());
    let done = run.rows_done;
    for (const table of this.tables) {
      let cursor = run.cursors[table.table] ?? FIRST_ID;
      while (cursor !== DONE) {
        const result = await this.dataSource.transaction((manager) =>
          this.rotateBatch(manager, run.id, table, cursor, options.batchSize),
        );
        cursor = result.cursor;
        done += result.rows;
        options.onProgress?.(done, run.rows_total);
        if (options.pauseMs > 0 && cursor !== DONE) await sleep(options.pauseMs);
      }
    }
    const valuesByKeyId = await this.valuesByKeyId();
    const stale = Object.keys(valuesByKeyId).filter((keyId) => keyId !== targetKeyId);
    if (stale.length > 0) {
      // Written meanwhile by a process still sealing under an old key, behind the cursor: the
      // next run scans every table again once all processes seal under the new key.
      await this.dataSource.query(`update key_rotation_run set cursors = '{}' where id = $1`, [
        run.id,
      ]);
      throw new RotationIncompleteError(stale.map((keyId) => `values under key "${keyId}"`));
    }
    const leftovers = await this.sealedColumnsOutsideRegistry(targetKeyId);
    if (leftovers.length > 0) throw new RotationIncompleteError(leftovers);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `update key_rotation_run set state = 'finished', finished_at = $2 where id = $1`,
        [run.id, now()],
      );
      // One audit row per completed rotation; the command runs as an operator, not a user.
      await manager.query(
        `insert into audit_event (occurred_at, organisation_id, actor_user_id, action, target_type, target_id, details)
         values ($1, null, null, 'key_rotation', 'key', $2, $3)`,
        [now(), targetKeyId, JSON.stringify({ runId: run.id, rows: done, resumed, valuesByKeyId })],
      );
    });
    return {
      runId: run.id,
      resumed,
      targetKeyId,
      rowsDone: done,
      rowsTotal: run.rows_total,
      valuesByKeyId,
    };
  }

  /** Sealed values per key id over every registered column (the retirement check). */
  async valuesByKeyId(): Promise<Record<string, number>> {
    await this.loadTables();
    const parts = this.tables.flatMap((t) =>
      t.columns.map((c) => {
        const column = sqlIdentifier(c.column);
        return `select split_part(${column}, ':', 2) as key_id from ${sqlIdentifier(t.table)} where ${column} is not null`;
      }),
    );
    // Composed of the registry's names, each through sqlIdentifier.
    const sql = `select key_id, count(*)::int as n from (${parts.join(' union all ')}) v group by key_id order by key_id`;
    const rows = (await this.dataSource.query(sql)) as Array<{ key_id: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.key_id, r.n]));
  }

  /**
   * `*_enc` and `*_sealed` columns of any table that the registry does not list and that still hold a value not
   * sealed under the target key: a feature added a sealed column without registering it here.
   */
  async sealedColumnsOutsideRegistry(targetKeyId: string): Promise<string[]> {
    const known = new Set(
      this.tables.flatMap((t) => t.columns.map((c) => `${t.table}.${c.column}`)),
    );
    const columns = (await this.dataSource.query(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public'
          and (column_name like '%\\_enc' escape '\\' or column_name like '%\\_sealed' escape '\\')`,
    )) as Array<{ table_name: string; column_name: string }>;
    const leftovers: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      if (known.has(`${table}.${column}`)) continue;
      const [row] = (await this.dataSource.query(
        `select count(*)::int as n from ${sqlIdentifier(table)} where ${sqlIdentifier(column)} is not null and ${sqlIdentifier(column)} not like $1`,
        [`v1:${targetKeyId}:%`],
      )) as [{ n: number }];
      if (row.n > 0) leftovers.push(`${table}.${column}`);
    }
    return leftovers;
  }

  /** The registered tables this database has (a database older than a feature lacks its table). */
  private async loadTables(): Promise<void> {
    const rows = (await this.dataSource.query(
      `select table_name from information_schema.tables where table_schema = 'public'`,
    )) as Array<{ table_name: string }>;
    const present = new Set(rows.map((r) => r.table_name));
    this.tables = this.registry.filter((t) => present.has(t.table));
  }

  private async startOrResume(
    targetKeyId: string,
    startedAt: Date,
  ): Promise<{ run: RunRow; resumed: boolean }> {
    const fingerprint = this.index.fingerprint();
    return this.dataSource.transaction(async (manager) => {
      // Serialises two commands started at once; the partial unique index is the backstop.
      await manager.query(`select pg_advisory_xact_lock(hashtext('haven:key-rotation'))`);
      const [open] = (await manager.query(
        `select id, target_key_id, blind_index_fingerprint, cursors, rows_done, rows_total
           from key_rotation_run where state = 'running'`,
      )) as RunRow[];
      if (
        open &&
        open.target_key_id === targetKeyId &&
        open.blind_index_fingerprint === fingerprint
      )
        return { run: open, resumed: true };
      // A run towards other keys can no longer finish as planned: start over from the first row.
      if (open)
        await manager.query(`update key_rotation_run set state = 'superseded' where id = $1`, [
          open.id,
        ]);
      const counts = this.tables
        .map((t) => `(select count(*) from ${sqlIdentifier(t.table)})`)
        .join(' + ');
      // Composed of the registry's table names, each through sqlIdentifier.
      const insert = `insert into key_rotation_run (target_key_id, blind_index_fingerprint, rows_total, started_at)
         values ($1, $2, (${counts})::int, $3)
         returning id, target_key_id, blind_index_fingerprint, cursors, rows_done, rows_total`;
      const [created] = (await manager.query(insert, [
        targetKeyId,
        fingerprint,
        startedAt,
      ])) as RunRow[];
      if (!created) throw new Error('the rotation run was not recorded');
      return { run: created, resumed: false };
    });
  }

  private async rotateBatch(
    manager: EntityManager,
    runId: string,
    table: SealedTable,
    after: string,
    batchSize: number,
  ): Promise<{ cursor: string; rows: number }> {
    // The registry's names, each through sqlIdentifier; the statements below are composed of them.
    const key = sqlIdentifier(table.key ?? 'id');
    const from = sqlIdentifier(table.table);
    const columns = [
      `${key} as id`,
      ...(table.blindIndexes.length > 0 ? ['organisation_id'] : []),
      ...table.columns.map((c) => sqlIdentifier(c.column)),
    ];
    const select = `select ${columns.join(', ')} from ${from}
        where ${key} > $1 order by ${key} limit $2 for update`;
    const rows = (await manager.query(select, [after, batchSize])) as Array<
      Record<string, string | null>
    >;
    const targetKeyId = this.cipher.currentKeyId();
    for (const row of rows) {
      const id = String(row['id']);
      const updates: Record<string, string | null> = {};
      const plain: Record<string, string | null> = {};
      for (const { column, context } of table.columns) {
        const sealed = row[column];
        if (sealed === null || sealed === undefined) {
          plain[column] = null;
          continue;
        }
        // A value that cannot be opened stops the run: re-sealing cannot repair it, and skipping
        // it would leave a value under a key about to be retired. The message names no value.
        const value = this.cipher.decrypt(sealed, context(id));
        plain[column] = value;
        if (this.cipher.keyIdOf(sealed) !== targetKeyId)
          updates[column] = this.cipher.encrypt(value, context(id));
      }
      for (const { column, kind, from } of table.blindIndexes) {
        const value = plain[from];
        updates[column] =
          value === null || value === undefined
            ? null
            : this.index.of(String(row['organisation_id']), kind, value);
      }
      const names = Object.keys(updates);
      if (names.length === 0) continue;
      const update = `update ${from} set ${names.map((n, i) => `${sqlIdentifier(n)} = $${i + 2}`).join(', ')} where ${key} = $1`;
      await manager.query(update, [id, ...names.map((n) => updates[n])]);
    }
    const last = rows[rows.length - 1];
    const cursor = rows.length < batchSize || !last ? DONE : String(last['id']);
    await manager.query(
      `update key_rotation_run
          set cursors = cursors || jsonb_build_object($2::text, $3::text), rows_done = rows_done + $4
        where id = $1`,
      [runId, table.table, cursor, rows.length],
    );
    return { cursor, rows: rows.length };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
