import { EventEmitter } from 'node:events';

import type { Client, Connection, Submittable } from 'pg';

import { TABLE_ORDER, type TableRows } from './rows';

/**
 * `COPY … FROM STDIN` through node-postgres' own protocol hooks (what pg-copy-streams does, in
 * the few lines a whole-buffer load needs): the statement is sent, and when the server answers
 * CopyInResponse the rows follow as CopyData and CopyDone.
 */
class CopyIn extends EventEmitter implements Submittable {
  private error: Error | null = null;

  constructor(
    private readonly text: string,
    private readonly chunks: Buffer[],
    private readonly done: (err: Error | null) => void,
  ) {
    super();
  }

  submit(connection: Connection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: Connection): void {
    const c = connection as Connection & {
      sendCopyFromChunk(chunk: Buffer): void;
      endCopyFrom(): void;
    };
    for (const chunk of this.chunks) c.sendCopyFromChunk(chunk);
    c.endCopyFrom();
  }

  handleCommandComplete(): void {
    // The row count is not needed: countRows reads the tables afterwards.
  }

  handleError(err: Error): void {
    this.error = err;
  }

  handleReadyForQuery(): void {
    this.done(this.error);
  }
}

/** One value in COPY's text format (arrays as array literals, objects as JSON). */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return escape(
      `{${value.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`,
    );
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return escape(JSON.stringify(value));
  return escape(String(value));
}

const SPECIAL = /[\\\n\r\t]/;

function escape(text: string): string {
  // Most values hold none of COPY's special characters; testing once is cheaper than four passes.
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
}

/**
 * A batch's rows as COPY text (UTF-8 bytes, each in its own ArrayBuffer so a worker thread can
 * transfer it rather than copy it), table by table in foreign-key order.
 */
export type CopyTable = [table: string, columns: string[], data: Uint8Array];

const utf8 = new TextEncoder();

export function toCopyTables(rows: TableRows): CopyTable[] {
  return TABLE_ORDER.filter((t) => rows[t].length > 0).map((table) => {
    const columns = Object.keys(rows[table][0] ?? {});
    const lines = rows[table].map((row) => columns.map((c) => field(row[c])).join('\t'));
    return [table, columns, utf8.encode(`${lines.join('\n')}\n`)];
  });
}

/** Milliseconds spent in COPY, by table, summed over every batch (the seed's profile). */
export type CopyTimes = Record<string, number>;

function copy(db: Client, [table, columns, bytes]: CopyTable, times?: CopyTimes): Promise<void> {
  const started = performance.now();
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += 1 << 20) chunks.push(data.subarray(i, i + (1 << 20)));
  return new Promise((resolve, reject) => {
    void db.query(
      new CopyIn(
        `copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`,
        chunks,
        (err) => {
          if (times) times[table] = (times[table] ?? 0) + performance.now() - started;
          if (err) reject(err);
          else resolve();
        },
      ),
    );
  });
}

/** Loads COPY tables in their order. */
export async function copyTables(
  db: Client,
  tables: CopyTable[],
  times?: CopyTimes,
): Promise<void> {
  for (const table of tables) await copy(db, table, times);
}

/** Loads a batch's rows with COPY, table by table in foreign-key order. */
export async function insertRows(db: Client, rows: TableRows): Promise<void> {
  await copyTables(db, toCopyTables(rows));
}

/** Row counts of every table the seed writes, for one organisation. */
export async function countRows(
  db: Client,
  organisationId: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLE_ORDER) {
    const { rows } = await db.query<{ n: string }>(
      `select count(*) as n from ${table} where organisation_id = $1`,
      [organisationId],
    );
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}
