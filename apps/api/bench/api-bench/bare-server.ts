import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import { Pool, type PoolClient } from 'pg';

import { decodeValue, type CapturedStatement } from './capture-sql';

/**
 * The bench's baseline: a minimal node:http server that answers `/e/<endpoint>` by sending the
 * statements the API sent for that endpoint (captured by capture-sql.ts: the session lookup, the
 * tenant context, the access checks and the feature's queries) through a bare `pg` pool of the
 * API's size, each connection's statements in order (those the API pipelined, pipelined) and the
 * connections side by side, as the API did; it answers the rows as JSON. What Haven adds on top of this is Nest, TypeORM, validation,
 * guards and response mapping.
 */
const statements = JSON.parse(
  readFileSync(process.env['BARE_STATEMENTS_FILE'] ?? '', 'utf8'),
) as Record<string, CapturedStatement[]>;
const pool = new Pool({
  connectionString: process.env['BARE_DATABASE_URL'],
  max: Number(process.env['BARE_POOL_SIZE'] ?? 20),
});

const plans = new Map(
  Object.entries(statements).map(([name, list]) => {
    const byConnection = new Map<number, CapturedStatement[]>();
    for (const s of list) {
      const mine = byConnection.get(s.c) ?? [];
      mine.push(s);
      byConnection.set(s.c, mine);
    }
    return [name, [...byConnection.values()]];
  }),
);

let failed = false;

/** A connection's statements in order, each with those the API wrote behind it unanswered. */
function batches(list: CapturedStatement[]): CapturedStatement[][] {
  const out: CapturedStatement[][] = [];
  for (const s of list) {
    const last = out.at(-1);
    if (s.pipelined && last) last.push(s);
    else out.push([s]);
  }
  return out;
}

/**
 * Sends a batch as the API did: one statement and its answer, or several written at once in
 * pg's pipeline mode (answers in order). A statement the API sent named (prepared) is
 * sent named here too.
 */
async function send(client: PoolClient, batch: CapturedStatement[]): Promise<unknown[]> {
  const now = Date.now();
  const one = (s: CapturedStatement): Promise<unknown> => {
    const values = s.values.map((v) => decodeValue(v, s.at, now));
    return s.name === undefined
      ? client.query(s.text, values)
      : client.query({ name: s.name, text: s.text, values });
  };
  const [first, ...behind] = batch;
  if (first && behind.length === 0) return [await one(first)];
  const pipelining = client as PoolClient & { pipeline: boolean };
  pipelining.pipeline = true;
  try {
    const written = batch.map(one);
    const answers = await Promise.allSettled(written);
    const failure = answers.find((a): a is PromiseRejectedResult => a.status === 'rejected');
    if (failure) throw failure.reason;
    return answers.map((a) => (a as PromiseFulfilledResult<unknown>).value);
  } finally {
    pipelining.pipeline = false;
  }
}

async function replay(name: string): Promise<unknown[]> {
  const connections = plans.get(name);
  if (!connections) throw new Error(`no statements for ${name}`);
  const answers = await Promise.all(
    connections.map(async (list) => {
      const client = await pool.connect();
      const rows: unknown[] = [];
      try {
        for (const batch of batches(list)) {
          // A statement text holding several statements answers one result per statement.
          for (const answered of await send(client, batch)) {
            for (const result of Array.isArray(answered) ? answered : [answered]) {
              const found = (result as { rows?: unknown[] }).rows ?? [];
              if (found.length > 0) rows.push(found);
            }
          }
        }
        client.release();
      } catch (err) {
        client.release(err instanceof Error ? err : true);
        if (!failed) {
          failed = true;
          console.error(`bare: ${name}: ${err instanceof Error ? err.message : String(err)}`);
        }
        throw err;
      }
      return rows;
    }),
  );
  return answers.flat();
}

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.end('ok');
    return;
  }
  const name = decodeURIComponent((req.url ?? '').replace(/^\/e\//, ''));
  replay(name).then(
    (rows) => {
      const body = JSON.stringify(rows);
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    },
    (err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(err instanceof Error ? err.message : 'replay failed');
    },
  );
});
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
