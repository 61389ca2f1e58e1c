import { appendFileSync } from 'node:fs';

import { Client } from 'pg';

/**
 * Preloaded into the API process by `npm run bench` (`node -r`), never part of the app: while
 * BENCH_SQL_CAPTURE_FILE is set it appends every statement the app sends (text, parameters, and
 * which pooled connection sent it) as one JSON line, until the process receives SIGWINCH (a signal
 * Nest's shutdown hooks leave alone, unlike SIGUSR2, and whose default is to ignore it). The
 * bench then replays exactly those statements through a bare `pg` server as its baseline, so the
 * baseline's SQL is the API's SQL, session and tenant-context statements included, with no copy
 * of any query to keep in sync.
 */
export interface CapturedStatement {
  /** The pooled connection that sent it, numbered in order of first use. */
  c: number;
  text: string;
  /** Set when the API sent it as a named (prepared) statement. */
  name?: string;
  /**
   * Set when the API wrote it behind the one before on its connection, before that one was
   * answered (pg's pipeline mode: a lone statement and its transaction's COMMIT, written with
   * the START: prepared-statements.ts).
   */
  pipelined?: true;
  values: unknown[];
  /** When it was sent (epoch ms), so an instant meaning "now" can mean now again in a replay. */
  at: number;
}

/** Dates and buffers do not survive JSON; they are tagged and restored by `decodeValue`. */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Buffer.isBuffer(value)) return { $buffer: value.toString('base64') };
  if (Array.isArray(value)) return value.map(encodeValue);
  return value;
}

/**
 * The value as it was sent; an instant within a minute of `sentAt` was the API's "now" (an audit
 * row's time, a session's last use), and is moved by as long as has passed since, so a replay
 * writes the present as the API would (the audit chain refuses an event older than the last).
 */
export function decodeValue(value: unknown, sentAt: number, replayAt: number): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeValue(v, sentAt, replayAt));
  if (value && typeof value === 'object') {
    const tagged = value as { $date?: string; $buffer?: string };
    if (typeof tagged.$date === 'string') {
      const ms = Date.parse(tagged.$date);
      return new Date(Math.abs(ms - sentAt) < 60_000 ? ms + (replayAt - sentAt) : ms);
    }
    if (typeof tagged.$buffer === 'string') return Buffer.from(tagged.$buffer, 'base64');
  }
  return value;
}

/** Whether a pipelining client still awaits an answer to a statement it sent (pg 8.23's fields). */
function behindUnanswered(client: object): boolean {
  const c = client as { pipeline?: boolean; _activeQuery?: unknown; _sentQueryQueue?: unknown[] };
  return (
    c.pipeline === true &&
    ((c._activeQuery !== null && c._activeQuery !== undefined) ||
      (c._sentQueryQueue?.length ?? 0) > 0)
  );
}

const file = process.env['BENCH_SQL_CAPTURE_FILE'];
if (file) {
  let capturing = true;
  process.on('SIGWINCH', () => {
    capturing = false;
  });
  const ids = new WeakMap<object, number>();
  let next = 0;
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function capture(this: object, ...args: unknown[]): unknown {
    if (capturing) {
      const [config, values] = args;
      const text =
        typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
      if (typeof text === 'string') {
        let id = ids.get(this);
        if (id === undefined) {
          id = next;
          next += 1;
          ids.set(this, id);
        }
        const params = Array.isArray(values)
          ? values
          : ((config as { values?: unknown[] } | null)?.values ?? []);
        const name = typeof config === 'string' ? undefined : (config as { name?: unknown }).name;
        const line: CapturedStatement = {
          c: id,
          text,
          ...(typeof name === 'string' ? { name } : {}),
          ...(behindUnanswered(this) ? { pipelined: true as const } : {}),
          values: params.map(encodeValue),
          at: Date.now(),
        };
        appendFileSync(file, `${JSON.stringify(line)}\n`);
      }
    }
    return query.apply(this, args);
  };
}
