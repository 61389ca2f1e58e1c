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

/**
 * The pool's client (data-source.ts passes it as `extra.Client`): a marked statement with
 * parameters goes out as a named one, everything else as TypeORM sent it.
 */
export class PreparingClient extends Client {
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    const send = Client.prototype.query as (this: Client, ...a: unknown[]) => never;
    if (typeof config === 'string' && Array.isArray(values)) {
      const name = names.get(config);
      if (name !== undefined) {
        const named = { name, text: config, values };
        return callback === undefined
          ? send.call(this, named)
          : send.call(this, named, callback as QueryCallback);
      }
    }
    return send.apply(this, args);
  }
}
