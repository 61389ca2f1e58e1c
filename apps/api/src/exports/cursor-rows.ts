import type { QueryRunner } from 'typeorm';

import { TENANT_SETTING } from '@api/database/tenant-connection';

export const FETCH_SIZE = 10_000;

/**
 * Reads a query's rows through a server-side cursor, FETCH_SIZE at a time, inside one read-only
 * repeatable-read transaction on `runner` (so the count taken first and the rows agree, and memory
 * holds one batch whatever the row count). The transaction carries the organisation in
 * `app.org_id`, as every request's does (tenant-connection.ts), so row-level security applies to
 * any role that is subject to it.
 *
 * The next batch is asked for before the current one is handed on, so PostgreSQL produces and
 * sends it while the caller writes this one (at most two batches in memory). A caller that stops
 * early, or fails, leaves no transaction open on the connection it gives back.
 */
export async function* cursorRows(
  runner: QueryRunner,
  organisationId: string,
  query: { sql: string; countSql: string; params: unknown[] },
  onCount?: (total: number) => Promise<void> | void,
): AsyncGenerator<Array<Record<string, unknown>>> {
  const fetchBatch = () =>
    runner.query(`fetch ${FETCH_SIZE} from export_rows`) as Promise<Array<Record<string, unknown>>>;
  let pending: Promise<unknown> | null = null;
  let committed = false;
  await runner.query('start transaction isolation level repeatable read read only');
  try {
    await runner.query('select set_config($1, $2, true)', [TENANT_SETTING, organisationId]);
    // Every row is read, so plan for all of them (the cursor default plans for the first 10%);
    // JIT compilation costs more than it saves on a scan that streams out as it goes; and a
    // whole-organisation sort fits in memory instead of spilling to disk (bench:export).
    await runner.query(
      "select set_config('cursor_tuple_fraction', '1', true), set_config('jit', 'off', true), set_config('work_mem', '64MB', true)",
    );
    if (onCount) {
      const [row] = (await runner.query(query.countSql, query.params)) as [{ n: number }];
      await onCount(row.n);
    }
    // query.sql is composed by export-sources.ts from its own fragments, values as parameters.
    const declareCursor = `declare export_rows no scroll cursor for ${query.sql}`;
    await runner.query(declareCursor, query.params);
    let next = fetchBatch();
    for (;;) {
      const batch = await next;
      const more = batch.length === FETCH_SIZE;
      if (more) {
        next = fetchBatch();
        // Awaited on the next turn, or settled below if the caller stops before then.
        pending = next.catch(() => undefined);
      }
      if (batch.length > 0) yield batch;
      if (!more) break;
    }
    pending = null;
    await runner.query('close export_rows');
    await runner.query('commit');
    committed = true;
  } finally {
    if (!committed) {
      await pending;
      await runner.query('rollback').catch(() => undefined);
    }
  }
}
