import { createHash } from 'node:crypto';

import { Client } from 'pg';

/**
 * Named (prepared) statements for the hot reads of the screens (issue 18).
 *
 * PostgreSQL plans an unnamed statement every time it is sent, and for the small reads of a case
 * page planning costs more than executing: 0.8 ms against 0.16 ms for the case, 1.05 against 0.39
 * for the timeline, at 100,000 cases. A named statement is parsed once per connection and, after
 * five executions, PostgreSQL may keep a generic plan when it costs no more than the custom ones.
 *
 * Only the statements a repository marks with `prepared(sql)` are named: a generic plan can be
 * worse for a statement whose best plan depends on its values (the calendar month and the
 * outcomes report were 1.3-2x slower named), so each one is measured before it is marked. The
 * tenant setting is not part of a plan (the policies call current_setting() when they run), so a
 * named statement answers each organisation's rows only, whichever organisation ran it first
 * (prepared-statements.int-spec.ts). A marked statement lists its result columns: a cached plan
 * whose result type a migration changed would fail on its connection until that closes.
 */

/** Text → name. Marked texts are module constants or builders with a few variants. */
const names = new Map<string, string>();

/** At most this many statements are named, so a mistakenly dynamic text cannot grow every session. */
export const MAX_PREPARED_STATEMENTS = 200;

/** Marks `sql` to be sent as a named statement; returns it unchanged. */
export function prepared(sql: string): string {
  if (!names.has(sql) && names.size < MAX_PREPARED_STATEMENTS) {
    names.set(sql, `haven_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`);
  }
  return sql;
}

/** The name a marked statement is sent under, or undefined for any other. */
export function preparedName(sql: string): string | undefined {
  return names.get(sql);
}

type QueryCallback = (err: Error | null, result: unknown) => void;

/** Two statements written around a query, on the same round trip. */
interface Frame {
  open: string;
  close: string;
}

/**
 * The pool's client (data-source.ts passes it as `extra.Client`): a marked statement with
 * parameters goes out as a named one, everything else as TypeORM sent it; and a query can be framed
 * by two statements written with it (tenant-connection.ts: START TRANSACTION and the tenant setting
 * before a lone statement, COMMIT after it).
 */
export class PreparingClient extends Client {
  private frame: Frame | null = null;

  /**
   * Writes `open` before the next query and `close` after it, all three at once in pg's pipeline
   * mode, so the three cost one round trip instead of three (issue 18). That query answers once all
   * three have, and throws the first failure among them, the cause of any after it (PostgreSQL
   * refuses what follows a failure in a transaction, and answers its COMMIT with ROLLBACK). For a
   * client one caller holds (a query runner), and only for a promise-returning query.
   */
  frameNextQuery(open: string, close: string): void {
    this.frame = { open, close };
  }

  /** Drops a frame no query took (the caller failed before sending it). */
  clearFrame(): void {
    this.frame = null;
  }

  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    const frame = this.frame;
    this.frame = null;
    const send = Client.prototype.query as (this: Client, ...a: unknown[]) => never;
    let statement = args;
    if (typeof config === 'string' && Array.isArray(values)) {
      const name = names.get(config);
      if (name !== undefined) {
        const named = { name, text: config, values };
        statement = callback === undefined ? [named] : [named, callback as QueryCallback];
      }
    }
    if (frame === null) return send.apply(this, statement);
    const answeredByPromise =
      callback === undefined && (values === undefined || Array.isArray(values));
    if (typeof config !== 'string' || !answeredByPromise) {
      // Sent unframed it would run outside the transaction that carries its tenant setting.
      throw new Error('a framed query must be SQL text answered by a promise');
    }
    return this.framed(frame, statement) as never;
  }

  private async framed(frame: Frame, statement: unknown[]): Promise<unknown> {
    // pg 8.23 sends each query as it is queued while `pipeline` is set, and matches the answers
    // in order; the flag goes back once all three have answered, so nothing else is pipelined.
    const client = this as unknown as { pipeline: boolean };
    const query = Client.prototype.query as (this: Client, ...a: unknown[]) => Promise<unknown>;
    const send = (...a: unknown[]) => query.apply(this, a);
    const pipelined = client.pipeline;
    client.pipeline = true;
    let answers: Array<PromiseSettledResult<unknown>>;
    try {
      answers = await Promise.allSettled([send(frame.open), send(...statement), send(frame.close)]);
    } finally {
      client.pipeline = pipelined;
    }
    const failed = answers.find((a): a is PromiseRejectedResult => a.status === 'rejected');
    if (failed) throw failed.reason;
    return (answers[1] as PromiseFulfilledResult<unknown>).value;
  }
}
